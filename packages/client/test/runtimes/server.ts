// The local server of the runtime scenarios: `/<runtime>/<scenario>/<call>/…` gets the scenario's answers in turn,
// counted per runtime, scenario and call (./scenarios.mjs).
import { startServer, type TestServer, wait } from "@deepseek-openapi/test-utils";
import { scenarios, unreadStream } from "./scenarios.mjs";

interface Answer {
  status?: number;
  headers?: Record<string, string>;
  pieces: string[];
  pause?: number;
  hold?: number;
}

const answersOf: Record<string, Answer[]> = {
  ...Object.fromEntries(Object.entries(scenarios).map(([name, scenario]) => [name, scenario.answers])),
  unread: unreadStream.answers,
};

export function startScenarioServer(): Promise<TestServer> {
  const calls = new Map<string, number>();
  return startServer(async (request, response) => {
    const [, runtime, scenario = "", call] = request.url.split("/");
    const answers = answersOf[decodeURIComponent(scenario)];
    if (!answers) throw new Error(`no scenario ${scenario}`);
    const key = `${runtime}/${scenario}/${call}`;
    const index = calls.get(key) ?? 0;
    calls.set(key, index + 1);
    const answer = answers[Math.min(index, answers.length - 1)] as Answer;
    response.writeHead(answer.status ?? 200, { "content-type": "text/event-stream", ...answer.headers });
    for (const piece of answer.pieces) {
      response.write(piece);
      if (answer.pause) await wait(answer.pause);
    }
    if (answer.hold) await wait(answer.hold);
    response.end();
  });
}
