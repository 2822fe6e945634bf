import {
  createBundledValidator,
  findOperation,
  loadBundledSpec,
  operationServer,
  resolveRef,
} from "@deepseek-openapi/spec";
import { createParser } from "eventsource-parser";
import { selectRule } from "../../src/rules.js";

interface Example {
  value: unknown;
}
interface Response {
  $ref?: string;
  content?: Record<string, { examples?: Record<string, unknown> }>;
}
interface Operation {
  operationId: string;
  responses: Record<string, Response>;
}
const spec = loadBundledSpec() as unknown as {
  components: { examples: Record<string, Example>; responses: Record<string, Response> };
  paths: Record<string, Record<string, Operation>>;
};

export const validator = createBundledValidator();

/** The ErrorResponse the mock answers an invalid request with: its message and the field it names, if any. */
export function invalidRequestError(message: string, param: string | null = null) {
  return { error: { message, type: "invalid_request_error", param, code: "invalid_request_error" } };
}

/** The value of the spec's named example `name`. */
export function exampleValue<T = unknown>(name: string): T {
  const example = spec.components.examples[name];
  if (!example) throw new Error(`the bundled spec has no example named ${name}`);
  return example.value as T;
}

/** The path and method of an operation. */
export function operationPath(operationId: string): { path: string; method: string } {
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (operation.operationId === operationId) return { path, method };
    }
  }
  throw new Error(`the bundled spec has no operation ${operationId}`);
}

export const auth = { authorization: "Bearer sk-mock-test" };

/** A few bytes that start as a PNG does: what the tests upload. */
export const pngBytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]);

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  example?: string;
}

/**
 * Calls an operation of the mock as the spec describes it: under its server's base path (`/anthropic`), with its
 * required headers at their examples, the body as JSON or (for an upload) as a `FormData` with `file` a PNG.
 */
export function callOperation(
  mockUrl: string,
  operationId: string,
  body: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<globalThis.Response> {
  const listed = findOperation(spec, operationId);
  const base = new URL(operationServer(spec, listed).url).pathname.replace(/\/+$/, "");
  const parameters = [...(listed.pathItem.parameters ?? []), ...(listed.operation.parameters ?? [])].map(
    (parameter: unknown) => resolveRef<Parameter>(spec, parameter),
  );
  const required = Object.fromEntries(
    parameters.filter((p) => p.in === "header" && p.required).map((p) => [p.name, String(p.example)]),
  );
  const path = listed.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    String(parameters.find((p) => p.name === name)?.example),
  );
  const init: RequestInit = {
    method: listed.method.toUpperCase(),
    headers: { ...auth, ...required, ...headers },
  };
  if (listed.requestMediaTypes.includes("multipart/form-data")) {
    const form = new FormData();
    for (const [name, value] of Object.entries(body)) {
      if (name === "file") form.append(name, new Blob([pngBytes], { type: "image/png" }), "cat.png");
      else form.append(name, String(value));
    }
    init.body = form;
  } else if (listed.method === "post") {
    init.headers = { ...init.headers, "content-type": "application/json" };
    init.body = JSON.stringify(body);
  }
  return fetch(`${mockUrl}${base}${path}`, init);
}

/** The names of the examples of an operation's 200 answer in `mediaType`. */
export function okExampleNames(operationId: string, mediaType: string): string[] {
  const { path, method } = operationPath(operationId);
  const examples = spec.paths[path]?.[method]?.responses["200"]?.content?.[mediaType]?.examples ?? {};
  return Object.keys(examples);
}

/** The names of every example of an operation's answers, status by status, in the spec's order. */
export function exampleNamesOf(operationId: string): string[] {
  const { path, method } = operationPath(operationId);
  // Shared error answers are $refs into components.responses.
  const responses = Object.values(spec.paths[path]?.[method]?.responses ?? {}).map((response) =>
    response.$ref ? (spec.components.responses[response.$ref.split("/").pop() ?? ""] ?? {}) : response,
  );
  return responses.flatMap((response) =>
    Object.values(response.content ?? {}).flatMap((content) => Object.keys(content.examples ?? {})),
  );
}

/** The example the mock's rules answer a request of `operationId` with `body` with (JSON, or the stream). */
export function ruleExample(operationId: string, body: Record<string, unknown> = {}): string {
  const rule = selectRule(operationId, body);
  const name = body.stream === true ? rule?.stream : rule?.json;
  if (!name) throw new Error(`no rule answers ${operationId}`);
  return name;
}

/** The non-empty `delta.content` pieces of a streamed chat example, in order: the text a client shows as it comes. */
export function streamedContent(name: string): string[] {
  const pieces: string[] = [];
  const parser = createParser({
    onEvent: ({ data }) => {
      if (data === "[DONE]") return;
      const chunk = JSON.parse(data) as { choices: { delta: { content?: string | null } }[] };
      const content = chunk.choices[0]?.delta.content;
      if (content) pieces.push(content);
    },
  });
  parser.feed(exampleValue<string>(name));
  return pieces;
}
