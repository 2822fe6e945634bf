import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundledSpecPaths } from "./index.js";

/** A running Prism mock of the bundled spec. */
export interface PrismMock {
  readonly baseUrl: string;
  /** Stops Prism; safe to call more than once. */
  stop(): Promise<void>;
}

export class MockStartFailed extends Error {
  override readonly name = "MockStartFailed";
}

const startTimeoutMs = 60_000;

/**
 * Starts `prism mock` on the bundled spec, on a free port of 127.0.0.1, and waits until it answers. It serves the
 * JSON form: Prism 5.14 misreads YAML block scalars with an indentation indicator (`|2`), which changes examples.
 * Needs the optional peer dependency `@stoplight/prism-cli`.
 */
export async function startPrismMock(): Promise<PrismMock> {
  const port = await findFreePort();
  const specFile = fileURLToPath(bundledSpecPaths.json);
  const child = spawn(
    process.execPath,
    [prismCli(), "mock", specFile, "--host", "127.0.0.1", "--port", String(port)],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const stop = stopper(child);
  // Synchronous last resort: whatever ends this process, Prism must not outlive it.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  let output = "";
  const remember = (data: Buffer) => {
    output = (output + data.toString()).slice(-4000);
  };
  child.stdout?.on("data", remember);
  child.stderr?.on("data", remember);

  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(child, baseUrl, () => output);
  } catch (error) {
    await stop();
    process.off("exit", killOnExit);
    throw error;
  }
  return {
    baseUrl,
    async stop() {
      await stop();
      process.off("exit", killOnExit);
    },
  };
}

function prismCli(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve("@stoplight/prism-cli/package.json");
  const { bin } = require(manifest) as { bin: { prism: string } };
  return join(dirname(manifest), bin.prism);
}

async function waitUntilReady(child: ChildProcess, baseUrl: string, output: () => string): Promise<void> {
  const deadline = Date.now() + startTimeoutMs;
  let exited: string | undefined;
  child.once("exit", (code, signal) => {
    exited = `exited with ${signal ?? `code ${code}`}`;
  });
  while (Date.now() < deadline) {
    if (exited)
      throw new MockStartFailed(`the Prism mock ${exited} before it was ready: ${lastLine(output())}`);
    try {
      // Any HTTP answer (401 without a key) means Prism listens and has loaded the spec.
      await fetch(`${baseUrl}/models`, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new MockStartFailed(
    `the Prism mock did not answer within ${startTimeoutMs / 1000} s: ${lastLine(output())}`,
  );
}

function lastLine(text: string): string {
  const lines = text.trim().split("\n").filter(Boolean);
  return lines.at(-1)?.slice(0, 200) ?? "(no output)";
}

function stopper(child: ChildProcess): () => Promise<void> {
  let stopped: Promise<void> | undefined;
  return () => {
    stopped ??= new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => child.kill("SIGKILL"), 3000);
      child.once("exit", () => {
        clearTimeout(force);
        resolve();
      });
      child.kill("SIGTERM");
    });
    return stopped;
  };
}

/** Asks the OS for a free TCP port on 127.0.0.1. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error("the OS gave no free port"))));
    });
  });
}
