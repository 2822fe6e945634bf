#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { MockListenError, type RunningMock, startMock } from "@deepseek-openapi/mock";
import { helpText } from "./help.js";
import { DeadlineReached, EndpointUnreachable } from "./http.js";
import { type CliOptions, parseOptions, UsageError } from "./options.js";
import { listProviders, type Provider } from "./providers.js";
import { redactor } from "./redact.js";
import { writeJsonReport } from "./report/json.js";
import { writeJunitReport } from "./report/junit.js";
import { progressLines } from "./report/progress.js";
import { summaryTable } from "./report/table.js";
import { resolveTarget } from "./resolve-target.js";
import { runSuite } from "./runner.js";

/** The mock accepts any bearer token; this one only proves that the suite sends one. */
const mockApiKey = "deepseek-contract-mock-key";

const exitCodes = { passed: 0, failed: 1, usage: 2, couldNotRun: 3 } as const;

async function main(argv: readonly string[]): Promise<number> {
  let providers: Provider[];
  try {
    providers = listProviders();
  } catch (error) {
    return fatal(exitCodes.couldNotRun, error instanceof Error ? error.message : String(error));
  }
  let options: CliOptions;
  try {
    options = parseOptions(
      argv,
      process.env,
      providers.map((p) => p.id),
      providers.filter((p) => p.baseUrl === null).map((p) => p.id),
    );
  } catch (error) {
    if (error instanceof UsageError) return fatal(exitCodes.usage, error.message);
    throw error;
  }
  if (options.help) {
    process.stdout.write(helpText(providers));
    return exitCodes.passed;
  }
  const embedded = !options.baseUrl && !options.provider;
  const apiKey = options.apiKey ?? (embedded || options.mock ? mockApiKey : undefined);
  if (!apiKey) return fatal(exitCodes.usage, "no API key: pass --api-key KEY or set DEEPSEEK_API_KEY");
  const redact = redactor(apiKey);
  const print = (text: string) => process.stdout.write(`${redact(text)}\n`);

  let mock: RunningMock | undefined;
  const stopOnSignal = (signal: NodeJS.Signals) => {
    process.stderr.write(`\ndeepseek-contract: ${signal}, stopping\n`);
    void (mock?.close() ?? Promise.resolve()).finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.once("SIGINT", stopOnSignal);
  process.once("SIGTERM", stopOnSignal);
  try {
    if (embedded) {
      print("Starting the embedded mock of the bundled spec (@deepseek-openapi/mock)…");
      mock = await startMock();
    }
    const target = resolveTarget(options, providers, apiKey, mock);
    print(
      `Checking ${target.baseUrl}${target.betaBaseUrl !== target.baseUrl ? ` (beta features at ${target.betaBaseUrl})` : ""} with model ${target.model}${target.mock ? ", a static mock: behaviour checks are skipped" : ""}\n`,
    );
    const suite = await runSuite({
      target,
      only: options.only,
      skip: options.skip,
      deadlineMs: options.deadlineSeconds * 1000,
      strict: options.strict,
      onResult: (result) => {
        for (const line of progressLines(result)) print(line);
      },
    });
    for (const note of suite.notes) print(`\nNote: ${note}`);
    print(`\n${summaryTable(suite)}`);
    try {
      if (options.reportJson) {
        writeJsonReport(options.reportJson, suite, version());
        print(`JSON report: ${options.reportJson}`);
      }
      if (options.reportJunit) {
        writeJunitReport(options.reportJunit, suite);
        print(`JUnit report: ${options.reportJunit}`);
      }
    } catch (error) {
      return fatal(
        exitCodes.couldNotRun,
        `cannot write the report: ${error instanceof Error ? error.message : String(error)}`,
        redact,
      );
    }
    const failed = suite.stoppedByDeadline || suite.results.some((r) => r.status === "failed");
    return failed ? exitCodes.failed : exitCodes.passed;
  } catch (error) {
    if (error instanceof EndpointUnreachable) {
      return fatal(exitCodes.couldNotRun, `cannot reach the endpoint: ${error.message}`, redact);
    }
    if (error instanceof DeadlineReached) return fatal(exitCodes.couldNotRun, error.message, redact);
    if (error instanceof MockListenError) return fatal(exitCodes.couldNotRun, error.message, redact);
    return fatal(
      exitCodes.couldNotRun,
      `unexpected error: ${error instanceof Error ? error.message : String(error)}`,
      redact,
    );
  } finally {
    await mock?.close();
  }
}

function fatal(code: number, message: string, redact: (text: string) => string = (t) => t): number {
  process.stderr.write(`deepseek-contract: ${redact(message)}\n`);
  return code;
}

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return manifest.version;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Never a stack trace: one line, and the key is not in it (it is never part of an error message).
    process.stderr.write(
      `deepseek-contract: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(exitCodes.couldNotRun);
  },
);
