import { afterEach, describe, expect, it } from "vitest";
import { runSuite } from "../src/runner.js";
import { fakeModel } from "./helpers/fake-provider.js";
import { type LocalServer, type ScriptedAnswer, startScriptedServer } from "./helpers/servers.js";
import { chatChunk, contentDelta } from "./helpers/streams.js";
import { localTarget } from "./helpers/target.js";

// A provider that never finishes must not hold a run for the per-request timeout of every check: the run has a
// deadline, and a streamed body that stops sending data is given up after the idle timeout.

let server: LocalServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

const modelList: ScriptedAnswer = {
  status: 200,
  contentType: "application/json",
  body: JSON.stringify({ object: "list", data: [{ id: fakeModel, object: "model", owned_by: "x" }] }),
};

/** Answers the model list (the preflight), and every other request with `answer`. */
async function provider(answer: () => Promise<ScriptedAnswer> | ScriptedAnswer): Promise<string> {
  server = await startScriptedServer((request) => (request.path === "/models" ? modelList : answer()));
  return server.baseUrl;
}

const target = (baseUrl: string, limits: { timeoutMs: number; idleTimeoutMs: number }) =>
  localTarget(baseUrl, { model: fakeModel, ...limits });

describe("the run's deadline", () => {
  it("stops the check it interrupts, and names every check that did not run", {
    timeout: 15_000,
  }, async () => {
    const baseUrl = await provider(() => new Promise<ScriptedAnswer>(() => {})); // never answers
    const suite = await runSuite({
      target: target(baseUrl, { timeoutMs: 60_000, idleTimeoutMs: 60_000 }),
      only: ["models", "chat", "streaming", "fim"],
      deadlineMs: 1500,
    });
    const verdicts = suite.results
      .filter((r) => r.selected)
      .map((r) => ({ id: r.id, status: r.status, failures: r.failures, skipReason: r.skipReason }));
    const notRun = "not run: the run's deadline (1.5 s) was reached";
    expect(verdicts).toEqual([
      { id: "models.list", status: "passed", failures: [], skipReason: undefined },
      {
        id: "chat.non-stream",
        status: "failed",
        failures: [
          {
            path: "(request)",
            message: `POST ${baseUrl}/chat/completions: the run's deadline (1.5 s) was reached before the answer was complete`,
          },
        ],
        skipReason: undefined,
      },
      { id: "streaming.events", status: "skipped", failures: [], skipReason: notRun },
      { id: "streaming.usage", status: "skipped", failures: [], skipReason: notRun },
      { id: "fim.non-stream", status: "skipped", failures: [], skipReason: notRun },
      { id: "fim.stream", status: "skipped", failures: [], skipReason: notRun },
    ]);
    expect(suite.notes).toEqual([
      "The run's deadline (1.5 s) was reached: 4 checks did not run (streaming.events, streaming.usage, fim.non-stream, fim.stream).",
    ]);
    expect(suite.stoppedByDeadline).toBe(true);
  });
});

describe("the idle timeout of a body", () => {
  it("gives up a stream that stops sending data, long before the request's timeout", {
    timeout: 15_000,
  }, async () => {
    const firstEvent = `data: ${JSON.stringify(chatChunk([contentDelta("Hi")]))}\n\n`;
    const baseUrl = await provider(() => ({
      status: 200,
      contentType: "text/event-stream",
      body: firstEvent,
      stall: true,
    }));
    const suite = await runSuite({
      target: target(baseUrl, { timeoutMs: 60_000, idleTimeoutMs: 500 }),
      only: ["streaming"],
    });
    const streaming = suite.results.filter((r) => r.feature === "streaming");
    const stalled = {
      path: "(request)",
      message: `POST ${baseUrl}/chat/completions: the body stalled: no data for 0.5 s after ${Buffer.byteLength(firstEvent)} bytes`,
    };
    expect(streaming.map((r) => [r.id, r.status, r.failures])).toEqual([
      ["streaming.events", "failed", [stalled]],
      ["streaming.usage", "failed", [stalled]],
    ]);
    expect(suite.stoppedByDeadline).toBe(false);
  });
});
