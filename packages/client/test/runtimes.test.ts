// The built client in every runtime it claims (@deepseek-openapi/runtimes): each one runs the scenarios of
// test/runtimes/scenarios.mjs against one local server, and a process that opens a stream and never reads it must
// end by itself. Needs `pnpm build` (dist/).
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { runtimes } from "@deepseek-openapi/runtimes";
import type { TestServer } from "@deepseek-openapi/test-utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scenarios } from "./runtimes/scenarios.mjs";
import { startScenarioServer } from "./runtimes/server.js";

const entry = fileURLToPath(new URL("./runtimes/scenarios.mjs", import.meta.url));
/** Long enough for a slow start on a busy machine; a never-read stream kept the process alive for its 60 s timeout. */
const exitWithin = 10_000;

interface Run {
  stdout: string;
  stderr: string;
  ms: number;
  /** The exit code, or `null` when the process was still running after `exitWithin` and was killed. */
  code: number | null;
}

function run(command: { file: string; args: string[] }): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(
      command.file,
      command.args,
      { timeout: exitWithin, killSignal: "SIGKILL" },
      (error, stdout, stderr) => {
        const killed = (error as { killed?: boolean } | null)?.killed ?? false;
        const code = killed ? null : error ? ((error as { code?: number }).code ?? 1) : 0;
        resolve({ stdout, stderr, ms: Date.now() - started, code });
      },
    );
  });
}

let server: TestServer;
beforeAll(async () => {
  server = await startScenarioServer();
});
afterAll(() => server.close());

describe.each(runtimes)("$name", (runtime) => {
  const baseURL = () => `${server.url}/${encodeURIComponent(runtime.name)}`;
  let outcomes: Record<string, string> = {};
  beforeAll(async () => {
    const command = runtime.command(entry, "runScenarios", [baseURL()], true) as {
      file: string;
      args: string[];
    };
    const result = await run(command);
    try {
      outcomes = JSON.parse(result.stdout.trim().split("\n").at(-1) ?? "");
    } catch {
      throw new Error(
        `${runtime.name} printed no outcomes (exit ${result.code}):\n${result.stdout}\n${result.stderr}`,
      );
    }
  }, 30_000);

  it.each(Object.keys(scenarios))("%s", (name) => {
    expect(outcomes[name]).toBe("ok");
  });

  const unread = runtime.command(entry, "openUnreadStream", [""], false);
  it.skipIf(!unread)(
    "a process that opens a stream and never reads it ends by itself",
    async () => {
      const command = runtime.command(entry, "openUnreadStream", [baseURL()], false) as {
        file: string;
        args: string[];
      };
      const result = await run(command);
      expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
      expect(result.stdout.trim()).toBe("null");
    },
    exitWithin + 5_000,
  );
});
