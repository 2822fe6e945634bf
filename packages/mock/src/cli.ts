#!/usr/bin/env node
import { loadBundledSpec } from "@deepseek-openapi/spec";
import { basePaths, listBaseUrls } from "./base-paths.js";
import { helpText, parseCliOptions, UsageError } from "./cli-options.js";
import type { MockExchange } from "./handle-request.js";

const exitCodes = { failed: 1, usage: 2 } as const;

async function main(): Promise<void> {
  const options = parseCliOptions(process.argv.slice(2), process.env);
  if (options.help) {
    process.stdout.write(helpText());
    return;
  }
  // Loaded only now: Prism takes a while to load, and a usage error should not wait for it.
  const { startMock } = await import("./server.js");
  const mock = await startMock({
    ...options,
    onExchange: (exchange) => process.stdout.write(`${logLine(exchange)}\n`),
  });
  process.stdout.write(
    `DeepSeek mock listening on ${mock.url} (also ${listBaseUrls(mock.url, basePaths(loadBundledSpec()))})\n`,
  );
  const stop = () => void mock.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

/** One line per exchange: `POST /chat/completions 200 stream-text (stream, aborted by the client)`. */
function logLine({ method, path, status, example, stream, outcome }: MockExchange): string {
  const notes = [stream ? "stream" : "", outcome === "aborted" ? "aborted by the client" : ""].filter(
    Boolean,
  );
  return `${method} ${path} ${status}${example ? ` ${example}` : ""}${notes.length ? ` (${notes.join(", ")})` : ""}`;
}

main().catch((error: unknown) => {
  // One line, never a stack trace.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`deepseek-mock: ${message}\n`);
  process.exit(error instanceof UsageError ? exitCodes.usage : exitCodes.failed);
});
