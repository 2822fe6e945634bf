import {
  createValidator,
  listExamples,
  listOperations,
  loadBundledSpec,
  type NamedExample,
  resolveRef,
  type StreamEvent,
  splitEventStream,
  type Validator,
} from "../../src/index.js";

export const spec = loadBundledSpec() as ReturnType<typeof loadBundledSpec> & BundledSpec;
let compiled: Validator | undefined;
const compiledValidator = () => (compiled ??= createValidator(spec));
/**
 * The bundled spec's validator, compiled by the first test that uses it rather than at import: code that runs at
 * import is covered by no test, so `pnpm test:mutation` could not tell which tests kill its mutants.
 */
export const validator: Validator = {
  get schemaNames() {
    return compiledValidator().schemaNames;
  },
  validateSchema: (...args) => compiledValidator().validateSchema(...args),
  validateRequest: (...args) => compiledValidator().validateRequest(...args),
  validateResponse: (...args) => compiledValidator().validateResponse(...args),
};

export { haveRealFixtures, realFixturesDir } from "@deepseek-openapi/test-utils";

interface Example {
  summary?: string;
  value: unknown;
}
interface MediaType {
  examples?: Record<string, Example | { $ref: string }>;
  "x-itemSchema"?: { $ref: string };
}
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  example?: unknown;
}
interface Operation {
  operationId: string;
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { content: Record<string, MediaType> };
  responses: Record<string, { $ref?: string; content?: Record<string, MediaType> }>;
}
interface BundledSpec {
  paths: Record<string, Record<string, Operation> & { parameters?: (Parameter | { $ref: string })[] }>;
  components: {
    schemas: Record<string, unknown>;
    examples: Record<string, Example>;
    responses: Record<string, unknown>;
  };
}

export interface OperationRef {
  method: string;
  path: string;
  operation: Operation;
}

export function operations(): OperationRef[] {
  return listOperations(spec) as unknown as OperationRef[];
}

export type { NamedExample } from "../../src/index.js";

const resolve = <T>(node: T | { $ref: string }): T => resolveRef<T>(spec, node);

/** The required header parameters of an operation (its path item's and its own), each with its example value. */
export function requiredHeaders(path: string, method: string): Record<string, string> {
  const pathItem = spec.paths[path];
  const declared = [...(pathItem?.parameters ?? []), ...(pathItem?.[method]?.parameters ?? [])].map(resolve);
  return Object.fromEntries(
    declared.filter((p) => p.in === "header" && p.required).map((p) => [p.name, String(p.example)]),
  );
}

/** Every named example of every request body and response, with where it stands. */
export function namedExamples(): NamedExample[] {
  return listExamples(spec);
}

/** Splits a `text/event-stream` body into its events, with the library the client uses. */
export function parseSse(body: string): { events: StreamEvent[]; comments: string[] } {
  const { events, comments } = splitEventStream(body);
  return { events, comments };
}

/**
 * How a stream frames its events. Chat and FIM send unnamed `data:` events ending with `data: [DONE]`; the Responses
 * and Anthropic formats send named events (`event:` repeats the payload's `type`) and no terminator. The spec says
 * which by its item schema: a `oneOf` discriminated by `type` is a stream of named events.
 */
export type StreamFraming = "done-terminated" | "named-events";

export function streamFraming(operationId: string): StreamFraming {
  const found = operations().find(({ operation }) => operation.operationId === operationId);
  const media = found && resolve(found.operation.responses["200"] ?? {}).content?.["text/event-stream"];
  if (!media) throw new Error(`${operationId} has no event stream`);
  const itemSchema = resolve(
    (media as { "x-itemSchema"?: { $ref: string } })["x-itemSchema"] ?? { $ref: "" },
  );
  return (itemSchema as { discriminator?: { propertyName?: string } }).discriminator?.propertyName === "type"
    ? "named-events"
    : "done-terminated";
}

/**
 * The JSON payloads of a stream. With `done-terminated` framing the `[DONE]` terminator must come last (and is not
 * returned); with `named-events` there is no `[DONE]`, and each event's `event:` name must equal its payload's
 * `type`.
 */
export function streamPayloads(body: string, framing: StreamFraming = "done-terminated"): unknown[] {
  const { events } = parseSse(body);
  if (framing === "done-terminated") {
    const last = events.at(-1);
    if (last?.data !== "[DONE]")
      throw new Error(`stream does not end with data: [DONE] (last event: ${last?.data})`);
    return events.slice(0, -1).map((event) => JSON.parse(event.data));
  }
  return events.map((event, index) => {
    if (event.data === "[DONE]")
      throw new Error(`event ${index}: a stream of named events has no data: [DONE]`);
    const payload = JSON.parse(event.data) as { type?: unknown };
    if (event.event !== payload.type) {
      throw new Error(
        `event ${index}: its event: name ${JSON.stringify(event.event)} differs from its payload's type ${JSON.stringify(payload.type)}`,
      );
    }
    return payload;
  });
}
