import { closeSync, existsSync, openSync, statSync, unlinkSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { defaultModelId, loadBundledSpec } from "@deepseek-openapi/spec";
import { type Feature, features } from "./checks/check.js";
import { allChecks } from "./checks/index.js";
import { exampleBaseUrl } from "./providers.js";
import { deselectionReason } from "./selection.js";
import { withoutTrailingSlash } from "./target.js";

/** What the command line asked for, checked. */
export interface CliOptions {
  help: boolean;
  baseUrl?: string;
  provider?: string;
  apiKey?: string;
  model: string;
  mock: boolean;
  /** Fail documented deviations too, instead of warning of them. */
  strict: boolean;
  only: Feature[];
  skip: Feature[];
  reportJson?: string;
  reportJunit?: string;
  timeoutSeconds: number;
  idleTimeoutSeconds: number;
  deadlineSeconds: number;
}

/** A bad command line: the message names the option and what was expected, on one line. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

let specDefaultModel: string | undefined;

/**
 * The model every request names when `--model` is not given: the bundled spec's default model, its first `current`
 * one ({@link defaultModelId}). A function, not a constant, so that an unreadable spec is an error the CLI reports,
 * not one thrown while its modules load.
 */
export function defaultModel(): string {
  specDefaultModel ??= defaultModelId(loadBundledSpec());
  return specDefaultModel;
}

export const defaultTimeoutSeconds = 120;
/** Providers send keep-alive comments while a model thinks; half a minute without a byte is a stalled stream. */
export const defaultIdleTimeoutSeconds = 30;
/** Long enough for every check against a slow provider, short enough that one that never answers ends the run. */
export const defaultDeadlineSeconds = 600;

const valueOptions = [
  "base-url",
  "provider",
  "api-key",
  "model",
  "only",
  "skip",
  "report-json",
  "report-junit",
  "timeout",
  "idle-timeout",
  "deadline",
] as const;
type ValueOption = `--${(typeof valueOptions)[number]}`;

/** What node:util parseArgs reads: the value options as strings, `--help` (`-h`), `--mock` and `--strict` as flags. */
const argumentConfig = {
  ...Object.fromEntries(valueOptions.map((name) => [name, { type: "string" as const }])),
  help: { type: "boolean", short: "h" },
  mock: { type: "boolean" },
  strict: { type: "boolean" },
} as const;

export function parseOptions(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  providerIds: readonly string[],
  /** The providers whose URL the spec leaves to the caller (`{baseUrl}`): `--provider` cannot name them. */
  templatedProviderIds: readonly string[] = [],
): CliOptions {
  const values = new Map<ValueOption, string>();
  const flags = new Set<string>();
  // parseArgs splits the words (`--name value`, `--name=value`, `-h`); it runs lenient so that each mistake gets
  // this suite's one-line message, and a value such as `-3` reaches its own check.
  const { tokens } = parseArgs({
    args: [...argv],
    options: argumentConfig,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind === "positional")
      throw new UsageError(
        `unexpected argument "${token.value}": every value belongs to an option (see --help)`,
      );
    if (token.kind === "option-terminator") throw new UsageError("unknown option -- (see --help)");
    const type = (argumentConfig as Record<string, { type: string }>)[token.name]?.type;
    if (type === undefined) throw new UsageError(`unknown option ${token.rawName} (see --help)`);
    if (type === "boolean") {
      if (token.value !== undefined)
        throw new UsageError(`${token.rawName} takes no value; got "${token.value}"`);
      flags.add(token.rawName);
      continue;
    }
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith("--")))
      throw new UsageError(`${token.rawName} expects a value (see --help)`);
    const name = `--${token.name}` as ValueOption;
    if (values.has(name)) throw new UsageError(`${name} is given twice`);
    values.set(name, token.value);
  }

  const options: CliOptions = {
    help: flags.has("--help") || flags.has("-h"),
    model: nonEmpty("--model", values.get("--model") ?? defaultModel()),
    mock: flags.has("--mock"),
    strict: flags.has("--strict"),
    only: featureList("--only", values.get("--only")),
    skip: featureList("--skip", values.get("--skip")),
    timeoutSeconds: seconds(
      "--timeout",
      "seconds per request",
      values.get("--timeout"),
      defaultTimeoutSeconds,
    ),
    idleTimeoutSeconds: seconds(
      "--idle-timeout",
      "seconds a body may go without data",
      values.get("--idle-timeout"),
      defaultIdleTimeoutSeconds,
    ),
    deadlineSeconds: seconds(
      "--deadline",
      "seconds for the whole run",
      values.get("--deadline"),
      defaultDeadlineSeconds,
      86_400,
    ),
  };
  const baseUrl = values.get("--base-url");
  if (baseUrl !== undefined) options.baseUrl = httpUrl(baseUrl);
  const provider = values.get("--provider");
  if (provider !== undefined) {
    if (!providerIds.includes(provider)) {
      throw new UsageError(`--provider expects one of ${providerIds.join(", ")}; got "${provider}"`);
    }
    if (templatedProviderIds.includes(provider)) {
      throw new UsageError(
        `--provider ${provider} has no fixed base URL in the spec: pass --base-url URL instead`,
      );
    }
    options.provider = provider;
  }
  if (options.baseUrl && options.provider) {
    throw new UsageError("--base-url and --provider both name the endpoint: give one of them");
  }
  if (options.mock && !options.baseUrl) {
    throw new UsageError(
      "--mock describes the endpoint of --base-url; without --base-url the embedded mock is used anyway",
    );
  }
  requireSomeCheck(options, options.mock || (!options.baseUrl && !options.provider));
  const apiKey = values.get("--api-key") ?? env.DEEPSEEK_API_KEY;
  if (apiKey !== undefined && apiKey !== "") options.apiKey = apiKey;
  else if (values.has("--api-key")) throw new UsageError("--api-key expects a key; got an empty value");
  const reportJson = values.get("--report-json");
  if (reportJson !== undefined) options.reportJson = reportFile("--report-json", reportJson);
  const reportJunit = values.get("--report-junit");
  if (reportJunit !== undefined) options.reportJunit = reportFile("--report-junit", reportJunit);
  return options;
}

function nonEmpty(name: string, value: string): string {
  if (value.trim() === "") throw new UsageError(`${name} expects a value; got an empty one`);
  return value;
}

function httpUrl(value: string): string {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (url?.protocol !== "http:" && url?.protocol !== "https:") {
    throw new UsageError(`--base-url expects an http(s) URL such as ${exampleBaseUrl()}; got "${value}"`);
  }
  if (url.search || url.hash)
    throw new UsageError(`--base-url expects a base URL without ?query or #fragment; got "${value}"`);
  return withoutTrailingSlash(value);
}

function featureList(name: string, value: string | undefined): Feature[] {
  if (value === undefined) return [];
  const names = value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.length === 0)
    throw new UsageError(`${name} expects a comma-separated list of features; got "${value}"`);
  for (const feature of names) {
    if (!(features as readonly string[]).includes(feature)) {
      throw new UsageError(`${name}: unknown feature "${feature}"; expected some of ${features.join(", ")}`);
    }
  }
  return names as Feature[];
}

function seconds(
  name: string,
  what: string,
  value: string | undefined,
  fallback: number,
  max = 3600,
): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !(number >= 1) || number > max) {
    throw new UsageError(`${name} expects ${what}, a number from 1 to ${max}; got "${value}"`);
  }
  return number;
}

/** A selection that runs no check is a mistake on the command line, not a passing run. */
function requireSomeCheck(options: CliOptions, againstMock: boolean): void {
  const selection = [
    options.only.length > 0 ? `--only ${options.only.join(",")}` : "",
    options.skip.length > 0 ? `--skip ${options.skip.join(",")}` : "",
  ]
    .filter(Boolean)
    .join(" with ");
  const selected = allChecks.filter((check) => deselectionReason(check.feature, options) === undefined);
  if (selected.length === 0) throw new UsageError(`${selection} leaves no check to run`);
  if (againstMock && selected.every((check) => check.needsRealProvider)) {
    throw new UsageError(
      `${selection} leaves no check to run against a mock: ${selected.map((c) => c.id).join(", ")} need a real provider`,
    );
  }
}

function reportFile(name: string, value: string): string {
  if (value.trim() === "") throw new UsageError(`${name} expects a file path; got an empty value`);
  const file = resolve(value);
  const dir = dirname(file);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UsageError(`${name}: the directory ${dir} does not exist`);
  }
  if (existsSync(file) && statSync(file).isDirectory())
    throw new UsageError(`${name}: ${file} is a directory, not a file`);
  assertWritable(name, file);
  return file;
}

/**
 * Opens the report file for writing now, so that a path the suite cannot write fails before the first request,
 * not after the whole run. Appending leaves an existing report intact; a file created just for the probe is removed.
 */
function assertWritable(name: string, file: string): void {
  const existed = existsSync(file);
  try {
    closeSync(openSync(file, "a"));
    if (!existed) unlinkSync(file);
  } catch (error) {
    throw new UsageError(
      `${name}: cannot write ${file} (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}
