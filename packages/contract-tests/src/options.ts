import { existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadBundledSpec } from "@deepseek-openapi/spec";
import { type Feature, features } from "./checks/check.js";
import { exampleBaseUrl } from "./providers.js";
import { withoutTrailingSlash } from "./target.js";

/** What the command line asked for, checked. */
export interface CliOptions {
  help: boolean;
  baseUrl?: string;
  provider?: string;
  apiKey?: string;
  model: string;
  mock: boolean;
  only: Feature[];
  skip: Feature[];
  reportJson?: string;
  reportJunit?: string;
  timeoutSeconds: number;
}

/** A bad command line: the message names the option and what was expected, on one line. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

let newestModel: string | undefined;

/**
 * The model every request names when `--model` is not given: the newest the bundled spec documents (its
 * `KnownModelId` lists them newest first). A function, not a constant, so that an unreadable spec is an error the
 * CLI reports, not one thrown while its modules load.
 */
export function defaultModel(): string {
  if (newestModel === undefined) {
    const known = loadBundledSpec().components.schemas.KnownModelId as { enum?: unknown[] } | undefined;
    const first = known?.enum?.[0];
    if (typeof first !== "string") throw new Error("the bundled spec's KnownModelId lists no model");
    newestModel = first;
  }
  return newestModel;
}

export const defaultTimeoutSeconds = 120;

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
] as const;
type ValueOption = `--${(typeof valueOptions)[number]}`;

/** What node:util parseArgs reads: the value options as strings, `--help` (`-h`) and `--mock` as flags. */
const argumentConfig = {
  ...Object.fromEntries(valueOptions.map((name) => [name, { type: "string" as const }])),
  help: { type: "boolean", short: "h" },
  mock: { type: "boolean" },
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
    only: featureList("--only", values.get("--only")),
    skip: featureList("--skip", values.get("--skip")),
    timeoutSeconds: timeout(values.get("--timeout")),
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

function timeout(value: string | undefined): number {
  if (value === undefined) return defaultTimeoutSeconds;
  const seconds = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !(seconds >= 1) || seconds > 3600) {
    throw new UsageError(`--timeout expects seconds per request, a number from 1 to 3600; got "${value}"`);
  }
  return seconds;
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
  return file;
}
