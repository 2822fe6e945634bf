import { existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { defaultModelId, loadBundledSpec } from "@deepseek-openapi/spec";
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

const valueOptions = [
  "--base-url",
  "--provider",
  "--api-key",
  "--model",
  "--only",
  "--skip",
  "--report-json",
  "--report-junit",
  "--timeout",
] as const;
const flagOptions = ["--help", "-h", "--mock"] as const;

type ValueOption = (typeof valueOptions)[number];

export function parseOptions(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  providerIds: readonly string[],
): CliOptions {
  const values = new Map<ValueOption, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [name, inline] = arg.startsWith("--") && arg.includes("=") ? splitOnce(arg) : [arg, undefined];
    if ((flagOptions as readonly string[]).includes(name)) {
      if (inline !== undefined) throw new UsageError(`${name} takes no value; got "${inline}"`);
      flags.add(name);
      continue;
    }
    if (!(valueOptions as readonly string[]).includes(name)) {
      if (name.startsWith("-")) throw new UsageError(`unknown option ${name} (see --help)`);
      throw new UsageError(`unexpected argument "${arg}": every value belongs to an option (see --help)`);
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith("--"))) {
      throw new UsageError(`${name} expects a value (see --help)`);
    }
    if (values.has(name as ValueOption)) throw new UsageError(`${name} is given twice`);
    values.set(name as ValueOption, value);
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

function splitOnce(arg: string): [string, string] {
  const at = arg.indexOf("=");
  return [arg.slice(0, at), arg.slice(at + 1)];
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
