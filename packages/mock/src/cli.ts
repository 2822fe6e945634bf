#!/usr/bin/env node
import { helpText, parseCliOptions, UsageError } from "./cli-options.js";

const exitCodes = { failed: 1, usage: 2 } as const;

async function main(): Promise<void> {
  const options = parseCliOptions(process.argv.slice(2), process.env);
  if (options.help) {
    process.stdout.write(helpText);
    return;
  }
  // Loaded only now: Prism takes a while to load, and a usage error should not wait for it.
  const { startMock } = await import("./server.js");
  const mock = await startMock(options);
  process.stdout.write(`DeepSeek mock listening on ${mock.url} (also ${mock.url}/v1 and ${mock.url}/beta)\n`);
  const stop = () => void mock.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  // One line, never a stack trace.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`deepseek-mock: ${message}\n`);
  process.exit(error instanceof UsageError ? exitCodes.usage : exitCodes.failed);
});
