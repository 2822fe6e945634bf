// The `deepseek-mock` command as a child process: the URL it prints, PORT, a taken port, a bad command line.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer, type Server } from "node:net";
import { loadBundledSpec } from "@deepseek-openapi/spec";
import { afterEach, describe, expect, it } from "vitest";
import { basePaths } from "../src/base-paths.js";
import { auth, ruleExample } from "./support/spec.js";

const bin = new URL("../bin/deepseek-mock.js", import.meta.url).pathname;
const started: ChildProcess[] = [];
afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});

const { PORT: _, ...withoutPort } = process.env;
/** The base paths of the spec other than the root: the mock answers under each. */
const underRoot = basePaths(loadBundledSpec()).filter((base) => base !== "");

function run(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [bin, ...args], {
    env: { ...withoutPort, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.push(child);
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => {
    stdout += d;
  });
  child.stderr.setEncoding("utf8").on("data", (d: string) => {
    stderr += d;
  });
  const exited = once(child, "exit").then(([code]) => code as number | null);
  const firstLine = new Promise<string>((resolve, reject) => {
    child.stdout.on("data", () => stdout.includes("\n") && resolve(stdout.split("\n")[0] ?? ""));
    void exited.then(() => reject(new Error(`exited before printing: ${stderr}`)));
  });
  firstLine.catch(() => {}); // awaited only by the tests that expect a line
  return { child, firstLine, exited, output: () => ({ stdout, stderr }) };
}

async function listening(): Promise<Server> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return server;
}
const portOf = (server: Server) => (server.address() as { port: number }).port;

describe("deepseek-mock", () => {
  it("with --port 0 listens on a free port of 127.0.0.1, prints its URL and answers there", async () => {
    const mock = run(["--port", "0"]);
    const line = await mock.firstLine;
    const [, url, also = ""] =
      /^DeepSeek mock listening on (http:\/\/127\.0\.0\.1:\d+) \(also (.+)\)$/.exec(line) ?? [];
    expect(url, line).toBeDefined();
    expect(also.split(/,? and |, /), line).toEqual(underRoot.map((base) => `${url}${base}`));
    const response = await fetch(`${url}/models`, { headers: auth });
    expect(response.status).toBe(200);
    await fetch(`${url}/beta/completions`, { method: "POST", headers: auth, body: "{" });
    mock.child.kill("SIGTERM");
    expect(await mock.exited).toBe(0);
    // One line per exchange after the URL.
    expect(mock.output().stdout.split("\n").slice(1)).toEqual([
      `GET /models 200 ${ruleExample("listModels")}`,
      "POST /beta/completions 400",
      "",
    ]);
  });

  it("listens on PORT when there is no --port", async () => {
    const free = await listening();
    const port = portOf(free);
    await new Promise((resolve) => free.close(resolve));
    const mock = run([], { PORT: String(port) });
    expect(await mock.firstLine).toMatch(`on http://127.0.0.1:${port} `);
  });

  it("says in one line that a taken port is taken, and exits with 1", async () => {
    const taken = await listening();
    try {
      const port = portOf(taken);
      const mock = run(["--port", String(port)]);
      expect(await mock.exited).toBe(1);
      expect(mock.output()).toEqual({
        stdout: "",
        stderr: `deepseek-mock: cannot listen on 127.0.0.1:${port}: the port is already in use\n`,
      });
    } finally {
      taken.close();
    }
  });

  it.each([
    [["--port", "forty"], 'deepseek-mock: --port must be a whole number from 0 to 65535; got "forty"\n'],
    [["--pace=-1"], 'deepseek-mock: --pace must be a whole number from 0 to 60000; got "-1"\n'],
    [
      ["--pace", "-1"],
      "deepseek-mock: Option '--pace' argument is ambiguous. Did you forget to specify the option argument for '--pace'? To specify an option argument starting with a dash use '--pace=-XYZ'. (see --help)\n",
    ],
    [["--verbose"], "deepseek-mock: Unknown option '--verbose' (see --help)\n"],
  ])("rejects %j in one line with exit status 2", async (args, stderr) => {
    const mock = run(args);
    expect(await mock.exited).toBe(2);
    expect(mock.output()).toEqual({ stdout: "", stderr });
  });

  it("prints its usage with --help", async () => {
    const mock = run(["--help"]);
    expect(await mock.exited).toBe(0);
    expect(mock.output().stdout).toMatch(
      /^Usage: deepseek-mock \[--port PORT\] \[--host HOST\] \[--pace MS\]\n/,
    );
    for (const base of underRoot) expect(mock.output().stdout).toContain(`http://HOST:PORT${base}`);
  });
});
