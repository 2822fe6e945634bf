import {
  componentExample,
  createBundledValidator,
  fillPath,
  findOperation,
  listExamples,
  loadBundledSpec,
  operationParameters,
  operationServer,
  splitEventStream,
} from "@deepseek-openapi/spec";
import { serverBasePath } from "../../src/base-paths.js";
import { selectRule } from "../../src/rules.js";

const spec = loadBundledSpec();

export const validator = createBundledValidator();

/** The value of the spec's named example `name`. */
export function exampleValue<T = unknown>(name: string): T {
  return componentExample<T>(spec, name);
}

export const auth = { authorization: "Bearer sk-mock-test" };

/** A few bytes that start as a PNG does: what the tests upload. */
export const pngBytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]);

/**
 * Calls an operation of the mock as the spec describes it: under its server's base path (`/anthropic`), with its
 * path parameters and required headers at their examples, the body as JSON or (for an upload) as a `FormData` with
 * `file` a PNG.
 */
export function callOperation(
  mockUrl: string,
  operationId: string,
  body: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<globalThis.Response> {
  const listed = findOperation(spec, operationId);
  const base = serverBasePath(operationServer(spec, listed));
  const parameters = operationParameters(spec, listed);
  const required = Object.fromEntries(
    parameters.filter((p) => p.in === "header" && p.required).map((p) => [p.name, String(p.example)]),
  );
  const path = fillPath(
    listed,
    Object.fromEntries(parameters.filter((p) => p.in === "path").map((p) => [p.name, p.example])),
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

/** The names of every example of an operation's answers, status by status, in the spec's order. */
export function responseExampleNames(
  operationId: string,
  filter: { status?: number; mediaType?: string } = {},
): string[] {
  return listExamples(spec)
    .filter(
      (example) =>
        example.operationId === operationId &&
        example.where === "response" &&
        (filter.status === undefined || example.status === filter.status) &&
        (filter.mediaType === undefined || example.mediaType === filter.mediaType),
    )
    .map((example) => example.name);
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
  return splitEventStream(exampleValue<string>(name))
    .data.filter((data) => data !== "[DONE]")
    .flatMap((data) => {
      const chunk = JSON.parse(data) as { choices: { delta: { content?: string | null } }[] };
      return chunk.choices[0]?.delta.content || [];
    });
}
