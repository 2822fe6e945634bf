import { type PrismMock, startPrismMock } from "@deepseek-openapi/spec/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Feature } from "../src/checks/check.js";
import { runSuite } from "../src/runner.js";
import { editEvents, editJson, preferred, startFaultProxy } from "./helpers/fault-proxy.js";
import type { ScriptedAnswer } from "./helpers/servers.js";
import { localTarget } from "./helpers/target.js";

// `aborted` (documented since 2026-09) is a finish_reason a conforming provider may send: the completion checks
// accept it, in chat, in a stream and in FIM, while a made-up value still fails with the enum's message.

let prism: PrismMock;

beforeAll(async () => {
  prism = await startPrismMock();
});

afterAll(async () => {
  await prism?.stop();
});

interface Rewrite {
  check: string;
  example: string;
  rewrite: (answer: ScriptedAnswer, reason: string) => ScriptedAnswer;
}

const nonStream = (answer: ScriptedAnswer, reason: string) =>
  editJson(answer, (body) => (body.choices[0].finish_reason = reason));
const streamed = (answer: ScriptedAnswer, reason: string) =>
  editEvents(answer, (data) => {
    if (data !== "[DONE]" && data.choices?.[0]?.finish_reason) data.choices[0].finish_reason = reason;
    return data;
  });

const chat: Rewrite = { check: "chat.non-stream", example: "seed-000-ppapi-response", rewrite: nonStream };
const stream: Rewrite = { check: "streaming.events", example: "stream-text", rewrite: streamed };
const fim: Rewrite = { check: "fim.non-stream", example: "fim-response", rewrite: nonStream };

/** Runs the feature of `where.check` through a proxy that gives the answer it checks the finish_reason `reason`. */
async function resultWith(where: Rewrite, reason: string) {
  const proxy = await startFaultProxy(prism.baseUrl, {
    name: `finish_reason ${reason}`,
    check: where.check,
    path: "finish_reason",
    matches: (request) => preferred(request) === where.example,
    breakAnswer: (answer) => where.rewrite(answer, reason),
  });
  try {
    const suite = await runSuite({
      target: localTarget(proxy.baseUrl, { mock: true }),
      only: [where.check.split(".")[0] as Feature],
    });
    return suite.results.find((r) => r.id === where.check);
  } finally {
    await proxy.close();
  }
}

describe("finish_reason aborted", () => {
  it.each([chat, stream, fim].map((where) => [where.check, where] as const))(
    "passes %s",
    async (_, where) => {
      const result = await resultWith(where, "aborted");
      expect(result?.failures).toEqual([]);
      expect(result?.status).toBe("passed");
    },
  );

  const chatValues = "stop, length, content_filter, tool_calls, insufficient_system_resource, aborted";
  const fimValues = "stop, length, content_filter, insufficient_system_resource, aborted";
  it.each([
    [chat, "choices[0].finish_reason", `must be one of ${chatValues}; got "interrupted"`],
    // A string is not null: only the enum's message, as for the non-streamed answer.
    [stream, "chunk[4].choices[0].finish_reason", `must be one of ${chatValues}; got "interrupted"`],
    [fim, "choices[0].finish_reason", `must be one of ${fimValues}; got "interrupted"`],
  ] as const)("a made-up value still fails $check with the enum's values", async (where, path, message) => {
    const result = await resultWith(where, "interrupted");
    expect(result?.status).toBe("failed");
    expect(result?.failures).toEqual([{ path, message }]);
  });
});
