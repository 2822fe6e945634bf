/**
 * Adds `x-codeSamples` to every operation of a bundled OpenAPI document, for the rendered API reference.
 *
 * - curl is generated from the spec itself: the operation's server URL (the most specific one, variables at defaults), its path and method, its first JSON
 *   request example (else its first `multipart/form-data` one, as `-F` fields), the key header of its security
 *   scheme and its required headers, so it can never disagree with the spec. When that example does not stream but another one does,
 *   a "curl (stream)" variant shows the event stream too.
 * - TypeScript and Python come from real files in a samples directory, named `<operationId>.<ext>` or
 *   `<operationId>.<variant>.<ext>` (for example `createChatCompletion.stream.ts`). The TypeScript files are
 *   type-checked against the built client before this runs; the Python files are syntax-checked by the docs tests.
 *
 * Every operation must have a TypeScript and a Python sample, and every sample must name an existing operation:
 * both are build errors, so the reference cannot silently lose a language.
 *
 * The docs build (packages/docs/src/build.ts) calls `injectCodeSamples`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import {
  type ListedOperation,
  listOperations,
  operationServer,
  resolveRef,
  serverUrl,
} from "@deepseek-openapi/spec";

export interface CodeSample {
  lang: string;
  label: string;
  source: string;
}

// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document is walked generically here.
type Json = any;

/** The languages read from files, in the order their tabs appear after curl. */
export const sampleLanguages = [
  { extension: ".ts", lang: "TypeScript", label: "TypeScript" },
  { extension: ".py", lang: "Python", label: "Python" },
] as const;

/** An operation of the spec, which must have an operationId: the samples are named after it. */
export type Operation = ListedOperation & { operationId: string };

/** The spec's operations ({@link listOperations}), each with its operationId. */
export function operationsOf(spec: Json): Operation[] {
  return listOperations(spec).map((op) => {
    if (!op.operationId) throw new Error(`${op.method.toUpperCase()} ${op.path} has no operationId`);
    return op as Operation;
  });
}

/** The request body examples of an operation for one media type, in the spec's order (named `examples`, else `example`). */
export function requestExamples(spec: Json, operation: Json, mediaType = "application/json"): unknown[] {
  const media = resolveRef(spec, operation.requestBody)?.content?.[mediaType];
  if (!media) return [];
  const named = Object.values<Json>(media.examples ?? {}).map((example) => resolveRef(spec, example).value);
  return named.length > 0 ? named : media.example === undefined ? [] : [media.example];
}

export function firstRequestExample(spec: Json, operation: Json): unknown {
  return requestExamples(spec, operation)[0];
}

function streams(body: unknown): boolean {
  return typeof body === "object" && body !== null && (body as { stream?: unknown }).stream === true;
}

/**
 * The example for the streaming curl variant: the first streaming example whose `model` is one of the spec's
 * `KnownModelId`s, since curl calls the operation's own server (some seed examples carry a provider's model ID).
 */
export function firstStreamingExample(spec: Json, operation: Json): unknown {
  const known: unknown[] | undefined = spec.components?.schemas?.KnownModelId?.enum;
  return requestExamples(spec, operation).find((body) => {
    const model = (body as { model?: unknown }).model;
    return streams(body) && (known === undefined || model === undefined || known.includes(model));
  });
}

/**
 * The curl header that sends the API key, for the first security requirement curl can meet: an `http` bearer
 * scheme, or an `apiKey` scheme in a header (such as `x-api-key`). None when the operation needs no key.
 */
export function authHeader(spec: Json, operation: Json): string | undefined {
  const requirements: Json[] = operation.security ?? spec.security ?? [];
  for (const name of requirements.flatMap((requirement) => Object.keys(requirement))) {
    const scheme = resolveRef(spec, spec.components?.securitySchemes?.[name]);
    if (scheme?.type === "http" && scheme.scheme?.toLowerCase() === "bearer")
      return `-H "Authorization: Bearer $DEEPSEEK_API_KEY"`;
    if (scheme?.type === "apiKey" && scheme.in === "header") return `-H "${scheme.name}: $DEEPSEEK_API_KEY"`;
  }
  return undefined;
}

/** The operation's required header parameters (path-level and its own), each with its example value. */
function requiredHeaders(spec: Json, op: Operation): string[] {
  const parameters: Json[] = [...(op.pathItem.parameters ?? []), ...(op.operation.parameters ?? [])];
  return parameters
    .map((parameter) => resolveRef(spec, parameter))
    .filter((parameter) => parameter.in === "header" && parameter.required === true)
    .map((parameter) => `-H "${parameter.name}: ${parameter.example ?? parameter.schema?.example ?? ""}"`);
}

/** What a file field of a form example uploads: the Files APIs take images (see the upload's `encoding`). */
const uploadPlaceholder = "image.png";

/** `-F` fields from the first `multipart/form-data` example; binary fields upload {@link uploadPlaceholder}. */
function formFields(spec: Json, operation: Json): string[] | undefined {
  const [example] = requestExamples(spec, operation, "multipart/form-data");
  if (typeof example !== "object" || example === null) return undefined;
  const schema = resolveRef(
    spec,
    resolveRef(spec, operation.requestBody).content["multipart/form-data"].schema,
  );
  return Object.entries(example).map(([name, value]) => {
    const property = resolveRef(spec, schema?.properties?.[name]);
    const binary = property?.format === "binary" || property?.contentMediaType !== undefined;
    return `-F ${shellWord(`${name}=${binary ? `@${uploadPlaceholder}` : String(value)}`)}`;
  });
}

/** A shell-safe single-quoted string. */
function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** `text` as one shell word: as it is when the shell leaves it alone, else single-quoted. */
function shellWord(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : shellQuote(text);
}

/**
 * A curl command for the operation: `body` (by default its first request example) as JSON, or else the first
 * `multipart/form-data` example as `-F` fields; the key as its security scheme sends it; required headers.
 */
export function curlSample(
  spec: Json,
  op: Operation,
  body = firstRequestExample(spec, op.operation),
): string {
  const url = serverUrl(operationServer(spec, op)) + op.path;
  const form = body === undefined ? formFields(spec, op.operation) : undefined;
  // curl sends POST by itself when it has a body; name the method only when it cannot be inferred.
  const hasBody = body !== undefined || form !== undefined;
  const inferred = op.method === "get" || (op.method === "post" && hasBody);
  // -N: print each server-sent event as it arrives instead of buffering.
  const lines = [
    `curl${streams(body) ? " -N" : ""}${inferred ? "" : ` -X ${op.method.toUpperCase()}`} ${url}`,
  ];
  const auth = authHeader(spec, op.operation);
  if (auth) lines.push(auth);
  lines.push(...requiredHeaders(spec, op));
  if (body !== undefined) {
    lines.push(`-H "Content-Type: application/json"`);
    lines.push(`-d ${shellQuote(JSON.stringify(body, null, 2))}`);
  }
  // curl sets the multipart Content-Type (with its boundary) itself.
  if (form) lines.push(...form);
  return lines.join(" \\\n  ");
}

/** curl with the first example, plus "curl (stream)" when that one does not stream but another example does. */
export function curlSamples(spec: Json, op: Operation): CodeSample[] {
  const samples: CodeSample[] = [{ lang: "Shell", label: "curl", source: curlSample(spec, op) }];
  const streaming = firstStreamingExample(spec, op.operation);
  if (streaming !== undefined && !streams(firstRequestExample(spec, op.operation))) {
    samples.push({ lang: "Shell", label: "curl (stream)", source: curlSample(spec, op, streaming) });
  }
  return samples;
}

interface SampleFile {
  operationId: string;
  variant: string | undefined;
  language: (typeof sampleLanguages)[number];
  path: string;
}

/** Reads `<operationId>[.<variant>].<ext>` file names; anything else in the directory is ignored. */
export function readSampleFiles(samplesDir: string): SampleFile[] {
  const files: SampleFile[] = [];
  for (const name of readdirSync(samplesDir).sort()) {
    const language = sampleLanguages.find((candidate) => name.endsWith(candidate.extension));
    if (!language || name.endsWith(".d.ts")) continue;
    const [operationId = "", variant, ...rest] = basename(name, language.extension).split(".");
    if (rest.length > 0) throw new Error(`${name}: expected <operationId>[.<variant>]${language.extension}`);
    files.push({ operationId, variant, language, path: join(samplesDir, name) });
  }
  return files;
}

function labelOf(file: SampleFile): string {
  return file.variant ? `${file.language.label} (${file.variant.replaceAll("-", " ")})` : file.language.label;
}

/** The samples of one operation: curl first, then each language's plain sample before its variants. */
export function codeSamplesFor(spec: Json, op: Operation, files: SampleFile[]): CodeSample[] {
  const samples = curlSamples(spec, op);
  for (const language of sampleLanguages) {
    const own = files
      .filter((file) => file.operationId === op.operationId && file.language === language)
      .sort((a, b) => (a.variant ?? "").localeCompare(b.variant ?? ""));
    if (!own.some((file) => file.variant === undefined)) {
      throw new Error(
        `${op.operationId} has no ${language.label} sample: add ${op.operationId}${language.extension}`,
      );
    }
    for (const file of own) {
      samples.push({
        lang: language.lang,
        label: labelOf(file),
        source: readFileSync(file.path, "utf8").trimEnd(),
      });
    }
  }
  return samples;
}

/** Returns a copy of `spec` with `x-codeSamples` on every operation. */
export function injectCodeSamples(spec: Json, samplesDir: string): Json {
  const copy = structuredClone(spec);
  const operations = operationsOf(copy);
  const files = readSampleFiles(samplesDir);
  const known = new Set(operations.map((op) => op.operationId));
  const orphans = files.filter((file) => !known.has(file.operationId)).map((file) => basename(file.path));
  if (orphans.length > 0)
    throw new Error(`samples for operations the spec does not have: ${orphans.join(", ")}`);
  for (const op of operations) {
    // One source for samples: a sample written into the spec would be silently replaced here.
    if (op.operation["x-codeSamples"] || op.operation["x-code-samples"]) {
      throw new Error(`${op.operationId} already has code samples in the spec: move them to ${samplesDir}`);
    }
    op.operation["x-codeSamples"] = codeSamplesFor(copy, op, files);
  }
  return copy;
}
