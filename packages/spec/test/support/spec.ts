import {
  createValidator,
  listExamples,
  listOperations,
  loadBundledSpec,
  type NamedExample,
  splitEventStream,
} from "../../src/index.js";

export const spec = loadBundledSpec() as ReturnType<typeof loadBundledSpec> & BundledSpec;
export const validator = createValidator(spec);

export { haveRealFixtures, realFixturesDir } from "@deepseek-openapi/test-utils";

interface Example {
  summary?: string;
  value: unknown;
}
interface MediaType {
  examples?: Record<string, Example | { $ref: string }>;
}
interface Operation {
  operationId: string;
  requestBody?: { content: Record<string, MediaType> };
  responses: Record<string, { $ref?: string; content?: Record<string, MediaType> }>;
}
interface BundledSpec {
  paths: Record<string, Record<string, Operation>>;
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

/** Every named example of every request body and response, with where it stands. */
export function namedExamples(): NamedExample[] {
  return listExamples(spec);
}

export interface SseEvent {
  data: string;
}

/** Splits a `text/event-stream` body into its events, with the library the client uses. */
export function parseSse(body: string): { events: SseEvent[]; comments: string[] } {
  const { data, comments } = splitEventStream(body);
  return { events: data.map((text) => ({ data: text })), comments };
}

/** The JSON payloads of a stream, without the `[DONE]` terminator, which must come last. */
export function streamPayloads(body: string): unknown[] {
  const { events } = parseSse(body);
  const last = events.at(-1);
  if (last?.data !== "[DONE]")
    throw new Error(`stream does not end with data: [DONE] (last event: ${last?.data})`);
  return events.slice(0, -1).map((event) => JSON.parse(event.data));
}
