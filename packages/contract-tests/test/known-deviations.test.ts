import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { knownDeviations, knownDeviationsIn } from "../src/known-deviations.js";
import { jsonReport } from "../src/report/json.js";
import { junitReport } from "../src/report/junit.js";
import { progressLines } from "../src/report/progress.js";
import { summaryTable } from "../src/report/table.js";
import { runSuite } from "../src/runner.js";
import { runCli } from "./helpers/cli.js";
import { fakeModel } from "./helpers/fake-provider.js";
import { type LocalServer, startScriptedServer } from "./helpers/servers.js";
import { chatChunk, contentDelta, eventStream } from "./helpers/streams.js";
import { localTarget } from "./helpers/target.js";

// A rule the spec marks as broken by a named provider (`x-known-deviations`) gives a warning, not a failure:
// shown everywhere, failing the run only with --strict.

const usage = { prompt_tokens: 4, completion_tokens: 2, total_tokens: 6 };
let server: LocalServer;

beforeAll(async () => {
  // Every answer is valid, but `created` advances within the stream, as Azure AI Foundry's does.
  server = await startScriptedServer((request) =>
    request.path === "/models"
      ? {
          status: 200,
          contentType: "application/json",
          body: JSON.stringify({ object: "list", data: [{ id: fakeModel, object: "model", owned_by: "x" }] }),
        }
      : {
          status: 200,
          contentType: "text/event-stream",
          body: eventStream([
            chatChunk([contentDelta("Hi")]),
            chatChunk([contentDelta("!", "stop")], { created: 1781043601, usage }),
          ]),
        },
  );
});

afterAll(async () => {
  await server?.close();
});

const deviation = {
  path: "chunk[1].created",
  message:
    "must be the same on every chunk (chunk[0] has 1781043600); got 1781043601; a known deviation of Azure AI Foundry (stream.same-created in the spec's x-known-deviations)",
  rule: "stream.same-created",
};

describe("a documented deviation", () => {
  it("is read from the bundled spec: its rule and the providers it names", () => {
    expect([...knownDeviations().values()]).toEqual([
      {
        rule: "stream.same-created",
        providers: ["Azure AI Foundry"],
        deviation: "advances `created` as the stream goes, stamping each chunk with the second it was sent.",
        where: "components.schemas.ChatCompletionChunk",
      },
    ]);
  });

  it.each([
    [
      { rule: "stream.same-model", providers: ["X"], deviation: "d" },
      'the spec\'s x-known-deviations at components.schemas.Chunk names rule "stream.same-model"; expected one of stream.same-id, stream.same-created',
    ],
    [
      { rule: "stream.same-id", providers: "X", deviation: "d" },
      "the spec's x-known-deviations at components.schemas.Chunk (stream.same-id) must name its providers as a list of strings",
    ],
    [
      { rule: "stream.same-id", providers: ["X"] },
      "the spec's x-known-deviations at components.schemas.Chunk (stream.same-id) must say what the providers do, in deviation",
    ],
  ])("a mark the suite cannot apply is an error, not ignored: %j", (entry, message) => {
    const document = {
      components: { schemas: { Chunk: { type: "object", "x-known-deviations": [entry] } } },
    };
    expect(() => knownDeviationsIn(document)).toThrow(new Error(message));
  });

  it("is a warning: shown in the progress, the table, JSON and JUnit, and the run passes", async () => {
    const suite = await runSuite({
      target: localTarget(server.baseUrl, { model: fakeModel }),
      only: ["streaming"],
    });
    const events = suite.results.find((r) => r.id === "streaming.events");
    expect(events).toMatchObject({ status: "warned", failures: [], warnings: [deviation] });
    expect(
      progressLines(events as NonNullable<typeof events>).map((l) => l.replace(/\(\d+ ms\)/, "(t)")),
    ).toEqual([
      "! streaming.events (t): a documented deviation",
      `    streaming.events ${deviation.path}: ${deviation.message}`,
    ]);
    const table = summaryTable(suite);
    expect(table).toMatch(/^feature\s+passed\s+warned\s+failed\s+skipped$/m);
    expect(table).toMatch(/^streaming\s+0\s+2\s+0\s+0$/m);
    expect(table).toContain(
      "2 checks warned of a documented deviation (--strict fails them): streaming.events, streaming.usage.",
    );
    const report = JSON.parse(jsonReport(suite, "0"));
    expect(report.passed).toBe(true);
    expect(report.totals).toEqual({ passed: 0, warned: 2, failed: 0, skipped: 34 });
    expect(report.checks.find((c: { id: string }) => c.id === "streaming.events").warnings).toEqual([
      deviation,
    ]);
    expect(junitReport(suite)).toContain(
      `<system-out>documented deviation: ${deviation.path}: ${deviation.message}</system-out>`,
    );
  });

  it("fails the run with --strict", async () => {
    const suite = await runSuite({
      target: localTarget(server.baseUrl, { model: fakeModel }),
      only: ["streaming"],
      strict: true,
    });
    const events = suite.results.find((r) => r.id === "streaming.events");
    expect(events).toMatchObject({ status: "failed", failures: [deviation], warnings: [] });
  });

  it("exits 0 on the command line, and 1 with --strict", async () => {
    const args = ["--base-url", server.baseUrl, "--model", fakeModel, "--only", "streaming"];
    const env = { DEEPSEEK_API_KEY: "sk-known-deviation-test" };
    const lenient = await runCli(args, env);
    expect(lenient.code, lenient.stderr).toBe(0);
    expect(lenient.stdout).toMatch(/^! streaming\.events \(\d+ ms\): a documented deviation$/m);
    const strict = await runCli([...args, "--strict"], env);
    expect(strict.code, strict.stderr).toBe(1);
    expect(strict.stdout).toMatch(/^✗ streaming\.events \(\d+ ms\)$/m);
  });
});
