/**
 * The curl samples, generated from the spec itself: the operation's server URL (the most specific one, variables at
 * defaults), its path and method, a request example's body (JSON with `-d`, a form's fields with `-F`), the key
 * header of its security scheme and its required headers, so they can never disagree with the spec. And
 * `injectCodeSamples`, which writes an operation's samples into `x-codeSamples` (the TypeScript and Python ones come
 * from src/example-samples.ts).
 *
 * The docs build (packages/docs/src/build.ts) calls both.
 */
import {
  fillPath,
  keyHeader,
  type ListedOperation,
  listOperations,
  operationParameters,
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

/** An operation of the spec, which must have an operationId: the samples are named after it. */
export type Operation = ListedOperation & { operationId: string };

/** The spec's operations ({@link listOperations}), each with its operationId. */
export function operationsOf(spec: Json): Operation[] {
  return listOperations(spec).map((op) => {
    if (!op.operationId) throw new Error(`${op.method.toUpperCase()} ${op.path} has no operationId`);
    return op as Operation;
  });
}

export interface RequestExample {
  /** The example's key under the media type's `examples` (`example` for a lone `example`). */
  name: string;
  /** What the request panel's Example picker shows: the summary, else the name. */
  title: string;
  mediaType: string;
  value: unknown;
}

/** The request body examples of an operation for one media type, in the spec's order (named `examples`, else `example`). */
export function mediaRequestExamples(spec: Json, operation: Json, mediaType: string): RequestExample[] {
  const media = resolveRef(spec, operation.requestBody)?.content?.[mediaType];
  if (!media) return [];
  const named = Object.entries<Json>(media.examples ?? {}).map(([name, ref]) => {
    const example = resolveRef(spec, ref);
    return { name, title: example.summary ?? name, mediaType, value: example.value };
  });
  if (named.length > 0 || media.example === undefined) return named;
  return [{ name: "example", title: "example", mediaType, value: media.example }];
}

/** Whether a request body asks for a stream. */
export function streams(body: unknown): boolean {
  return typeof body === "object" && body !== null && (body as { stream?: unknown }).stream === true;
}

/** The curl header that sends the API key as the operation's security scheme does ({@link keyHeader}). */
function authHeader(spec: Json, op: Operation): string | undefined {
  const header = keyHeader(spec, op);
  if (!header) return undefined;
  return `-H "${header.name}: ${header.bearer ? "Bearer " : ""}$DEEPSEEK_API_KEY"`;
}

/** The operation's path parameters, each at its example (the parameter's, else its schema's). */
export function pathExamples(spec: Json, op: Operation): Record<string, unknown> {
  const examples = operationParameters(spec, op)
    .filter((parameter) => parameter.in === "path")
    .map((parameter) => [parameter.name, parameter.example ?? parameter.schema?.example]);
  return Object.fromEntries(examples);
}

/** The operation's path with each `{parameter}` at that path parameter's example ({@link fillPath}). */
export function pathWithExamples(spec: Json, op: Operation): string {
  return fillPath(op, pathExamples(spec, op));
}

/** The operation's required header parameters (path-level and its own), each with its example value. */
function requiredHeaders(spec: Json, op: Operation): string[] {
  return operationParameters(spec, op)
    .filter((parameter) => parameter.in === "header" && parameter.required === true)
    .map((parameter) => `-H "${parameter.name}: ${parameter.example ?? parameter.schema?.example ?? ""}"`);
}

/** What a file field of a form example uploads: the Files APIs take images (see the upload's `encoding`). */
const uploadPlaceholder = "image.png";

/** The variable that holds {@link uploadPlaceholder}'s bytes in the TypeScript and Python samples. */
export const uploadVariable = "image";

/** The fields of the operation's `multipart/form-data` body that carry a file. */
export function binaryFormFields(spec: Json, operation: Json): string[] {
  const media = resolveRef(spec, operation.requestBody)?.content?.["multipart/form-data"];
  const schema = resolveRef(spec, media?.schema);
  return Object.entries<Json>(schema?.properties ?? {})
    .filter(([, ref]) => {
      const property = resolveRef(spec, ref);
      return property?.format === "binary" || property?.contentMediaType !== undefined;
    })
    .map(([name]) => name);
}

/** `-F` fields from a form example's value; file fields upload {@link uploadPlaceholder}. */
function formFields(spec: Json, operation: Json, form: unknown): string[] {
  if (typeof form !== "object" || form === null)
    throw new Error("a form example must be an object of fields");
  const binary = binaryFormFields(spec, operation);
  return Object.entries(form).map(([name, value]) => {
    const sent = binary.includes(name) ? `@${uploadPlaceholder}` : String(value);
    return `-F ${shellWord(`${name}=${sent}`)}`;
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

/** The curl lines that send a request example: JSON with `-d`, a form as `-F` fields. */
function bodyLines(spec: Json, op: Operation, example: RequestExample): string[] {
  if (example.mediaType === "application/json")
    return [
      `-H "Content-Type: application/json"`,
      `-d ${shellQuote(JSON.stringify(example.value, null, 2))}`,
    ];
  // curl sets the multipart Content-Type (with its boundary) itself.
  if (example.mediaType === "multipart/form-data") return formFields(spec, op.operation, example.value);
  throw new Error(
    `${op.operationId}: curl cannot send a ${example.mediaType} body (example ${example.name})`,
  );
}

/**
 * A curl command for the operation sending `example` (none for an operation without a body); the key as its
 * security scheme sends it; required headers.
 */
export function curlSample(spec: Json, op: Operation, example: RequestExample | undefined): string {
  const url = serverUrl(operationServer(spec, op)) + pathWithExamples(spec, op);
  // curl sends POST by itself when it has a body; name the method only when it cannot be inferred.
  const inferred = op.method === "get" || (op.method === "post" && example !== undefined);
  // -N: print each server-sent event as it arrives instead of buffering.
  const lines = [
    `curl${streams(example?.value) ? " -N" : ""}${inferred ? "" : ` -X ${op.method.toUpperCase()}`} ${url}`,
  ];
  const auth = authHeader(spec, op);
  if (auth) lines.push(auth);
  lines.push(...requiredHeaders(spec, op));
  if (example) lines.push(...bodyLines(spec, op, example));
  return lines.join(" \\\n  ");
}

/**
 * Returns a copy of `spec` with `x-codeSamples` on every operation: the samples of its first request example (what
 * the request panel shows before the reader picks another; the page's example-samples script follows the picker).
 */
export function injectCodeSamples(
  spec: Json,
  generated: { operation: Operation; samples: CodeSample[] }[],
): Json {
  const copy = structuredClone(spec);
  for (const op of operationsOf(copy)) {
    // One source for samples: a sample written into the spec would be silently replaced here.
    if (op.operation["x-codeSamples"] || op.operation["x-code-samples"]) {
      throw new Error(
        `${op.operationId} already has code samples in the spec: they are generated from templates`,
      );
    }
    const first = generated.find((set) => set.operation.operationId === op.operationId);
    if (!first) throw new Error(`${op.operationId} has no generated samples`);
    op.operation["x-codeSamples"] = first.samples;
  }
  return copy;
}
