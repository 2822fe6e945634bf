import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { findFreePort } from "@deepseek-openapi/spec/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliPath, runCli } from "./helpers/cli.js";
import { type LocalServer, startScriptedServer } from "./helpers/servers.js";

// The built `deepseek-contract`, run as a user would. The key is distinctive so that any leak would be found.
const secretKey = "sk-CONTRACT-SECRET-7f3a9c1e5b2d4680";
const reports = mkdtempSync(join(tmpdir(), "deepseek-contract-"));
const noStackTrace = /^\s+at .+\(.+:\d+:\d+\)$/m;

describe("with no arguments: the embedded mock", () => {
  it("runs every shape check against it, prints progress and the summary table, and exits 0", async () => {
    const run = await runCli([]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain("Starting the embedded mock of the bundled spec (@deepseek-openapi/mock)");
    expect(run.stdout).toMatch(/^✓ chat\.non-stream \(\d+ ms\)$/m);
    expect(run.stdout).toMatch(/^✓ anthropic-files\.upload \(\d+ ms\)$/m);
    expect(run.stdout).toMatch(/^feature\s+passed\s+warned\s+failed\s+skipped$/m);
    expect(run.stdout).toMatch(/^total\s+27\s+0\s+0\s+9$/m);
    expect(run.stdout).toContain("auth.wrong-key: needs a real provider");
    // The mock was stopped: its port no longer answers.
    const port = /Checking http:\/\/127\.0\.0\.1:(\d+)/.exec(run.stdout)?.[1];
    expect(port).toBeDefined();
    await expect(fetch(`http://127.0.0.1:${port}/models`)).rejects.toThrow();
  });

  it("writes JSON and JUnit reports, and the API key appears nowhere", async () => {
    const json = join(reports, "report.json");
    const junit = join(reports, "report.xml");
    const run = await runCli(["--api-key", secretKey, "--report-json", json, "--report-junit", junit]);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(readFileSync(json, "utf8"));
    expect(report).toMatchObject({ passed: true, totals: { passed: 27, warned: 0, failed: 0, skipped: 9 } });
    expect(readFileSync(junit, "utf8")).toContain(
      '<testsuites name="deepseek-contract" tests="36" failures="0"',
    );
    for (const text of [run.stdout, run.stderr, readFileSync(json, "utf8"), readFileSync(junit, "utf8")]) {
      expect(text).not.toContain(secretKey);
    }
  });

  it("stops and exits 130 when interrupted while starting the mock (Ctrl-C)", async () => {
    const child = spawn(process.execPath, [cliPath], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
    });
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    child.kill("SIGINT");
    expect(await exited).toBe(130);
    expect(stderr).toBe("\ndeepseek-contract: SIGINT, stopping\n");
  });
});

describe("bad input: one line naming the option, exit 2", () => {
  const cases: Array<[string[], RegExp]> = [
    [["--frobnicate"], /unknown option --frobnicate/],
    [["--only", "telepathy"], /--only: unknown feature "telepathy"/],
    [["--provider", "openai"], /--provider expects one of deepseek/],
    [["--base-url", "not a url"], /--base-url expects an http\(s\) URL/],
    [["--timeout"], /--timeout expects a value/],
    [["--provider", "ppapi"], /no API key: pass --api-key KEY or set DEEPSEEK_API_KEY/],
    [
      ["--only", "chat", "--skip", "chat"],
      /^deepseek-contract: --only chat with --skip chat leaves no check to run$/m,
    ],
  ];
  for (const [args, message] of cases) {
    it(args.join(" "), async () => {
      const run = await runCli(args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(/^deepseek-contract: /);
    });
  }

  it("--help explains every option", async () => {
    const run = await runCli(["--help"]);
    expect(run.code).toBe(0);
    for (const option of [
      "--base-url",
      "--api-key",
      "--model",
      "--provider",
      "--only",
      "--skip",
      "--report-json",
      "--report-junit",
      "--mock",
      "--timeout",
      "--idle-timeout",
      "--deadline",
      "--strict",
      "! warned",
    ]) {
      expect(run.stdout).toContain(option);
    }
    expect(run.stdout).toContain("https://api.deepseek.com/v1");
  });

  it("runs as the package's `deepseek-contract` command, as npx and pnpm link it", () => {
    const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
      bin: Record<string, string>;
    };
    const command = fileURLToPath(new URL(`../${manifest.bin["deepseek-contract"]}`, import.meta.url));
    // Run directly, by its shebang and executable bit, as a linked command is.
    const help = execFileSync(command, ["--help"], { encoding: "utf8" });
    expect(help).toContain("Usage: deepseek-contract");
  });
});

describe("--deadline", () => {
  it("ends a run against a provider that never answers, naming the checks that did not run, exit 1", async () => {
    const server = await startScriptedServer((request) =>
      request.path === "/models"
        ? { status: 200, contentType: "application/json", body: '{"object": "list", "data": []}' }
        : new Promise(() => {}),
    );
    try {
      const run = await runCli(
        ["--base-url", server.baseUrl, "--deadline", "2", "--only", "models,chat,fim"],
        {
          DEEPSEEK_API_KEY: secretKey,
        },
      );
      expect(run.code, run.stderr).toBe(1);
      expect(run.stdout).toContain(
        `    chat.non-stream (request): POST ${server.baseUrl}/chat/completions: the run's deadline (2 s) was reached before the answer was complete\n`,
      );
      expect(run.stdout).toContain(
        "- fim.non-stream: skipped, not run: the run's deadline (2 s) was reached\n",
      );
      expect(run.stdout).toContain(
        "Note: The run's deadline (2 s) was reached: 2 checks did not run (fim.non-stream, fim.stream).\n",
      );
    } finally {
      await server.close();
    }
  });
});

describe("report files are checked before the first request", () => {
  it("--report-json /proc/x.json: exit 2 naming the file, and nothing was sent", async () => {
    const received: string[] = [];
    const server = await startScriptedServer((request) => {
      received.push(request.path);
      return { status: 200, contentType: "application/json", body: "{}" };
    });
    try {
      const run = await runCli(["--base-url", server.baseUrl, "--report-json", "/proc/x.json"], {
        DEEPSEEK_API_KEY: secretKey,
      });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        "deepseek-contract: --report-json: cannot write /proc/x.json (ENOENT: no such file or directory, open '/proc/x.json')\n",
      );
      expect(received).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

/** The Authorization header as careless servers echo it: base64-encoded, lower-cased, URL-encoded, as sent. */
function echoes(authorization: string): string[] {
  return [
    Buffer.from(authorization).toString("base64"),
    authorization.toLowerCase(),
    encodeURIComponent(authorization),
    authorization,
  ];
}

describe("endpoints that are not the API", () => {
  it("nothing listening: a clear message, no stack trace, exit 3", async () => {
    const port = await findFreePort();
    const run = await runCli(["--base-url", `http://127.0.0.1:${port}`, "--api-key", secretKey]);
    expect(run.code).toBe(3);
    expect(run.stderr.trim()).toBe(
      `deepseek-contract: cannot reach the endpoint: GET http://127.0.0.1:${port}/models: connection refused (nothing listens there)`,
    );
    expect(run.stdout + run.stderr).not.toMatch(noStackTrace);
    expect(run.stdout + run.stderr).not.toContain(secretKey);
  });

  let html: LocalServer;
  beforeAll(async () => {
    // A web server that answers everything with a page, and (carelessly) echoes the Authorization header into it.
    html = await startScriptedServer((request) => ({
      status: request.path === "/models" ? 200 : 404,
      contentType: "text/html; charset=utf-8",
      body: `<!DOCTYPE html><html><body>Not the API. You sent: ${echoes(String(request.headers.authorization)).join(" ")}</body></html>`,
    }));
  });
  afterAll(async () => {
    await html?.close();
  });

  it("a server that answers HTML: every check fails clearly, a note says why, no stack trace, no key", async () => {
    const json = join(reports, "html.json");
    const run = await runCli(["--base-url", html.baseUrl, "--report-json", json], {
      DEEPSEEK_API_KEY: secretKey,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /Note: GET .*\/models answered with an HTML page .*is the base URL the API's root/,
    );
    expect(run.stdout).toMatch(
      /^ {4}models\.list \(content-type\): must be application\/json; got "text\/html"$/m,
    );
    expect(run.stdout).toMatch(/^ {4}chat\.non-stream \(status\): must be 200; got 404/m);
    expect(run.stdout).toMatch(/^total\s+0\s+0\s+36\s+0$/m);
    expect(run.stdout + run.stderr).not.toMatch(noStackTrace);
    expect(run.stdout).toContain("[redacted]");
    for (const text of [run.stdout, run.stderr, readFileSync(json, "utf8")]) {
      // Not even a cut-off piece of it, in any of the forms the server echoed.
      for (const form of echoes(`Bearer ${secretKey}`)) expect(text).not.toContain(form.slice(0, 16));
      expect(text).not.toContain(secretKey.toLowerCase().slice(0, 12));
    }
  });
});
