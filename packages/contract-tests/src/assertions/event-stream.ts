import { type SplitEventStream, splitEventStream } from "@deepseek-openapi/spec";
import type { CheckContext } from "../checks/check.js";
import type { ApiResponse } from "../http.js";
import { reportIssues } from "../validation.js";
import { excerpt, isRecord } from "./excerpt.js";
import { parseJson } from "./json-response.js";
import { providerError } from "./provider-error.js";
import { expectStatus } from "./status.js";
import { checkUsageArithmetic } from "./usage.js";

/** A chunk of a stream, with its position among the stream's data events (`chunk[3]` in messages). */
export interface StreamChunk {
  position: number;
  body: Record<string, unknown>;
}

export interface ChunkStream {
  chunks: StreamChunk[];
  /** The request's usage: the last one any chunk carried. */
  usage: unknown;
}

export interface StreamExpectations {
  /** `createChatCompletion` or `createCompletion`: picks the chunk schema. */
  operationId: string;
  /** The request set `stream_options.include_usage`. */
  includeUsage: boolean;
}

/**
 * The rules every streamed completion follows (see the spec's "Streaming" section): `text/event-stream`, every data
 * event a valid chunk, one `id` and one `created`, exactly one `finish_reason` per choice, usage when asked for,
 * and `[DONE]` last. Comments (`: keep-alive`) are skipped. Returns the chunks that parsed, for feature checks.
 */
export function readChunkStream(
  context: CheckContext,
  response: ApiResponse,
  expected: StreamExpectations,
): ChunkStream | undefined {
  if (!expectStatus(context, response, [200])) return undefined;
  const parsed = readEventStream(context, response);
  if (!parsed) return undefined;
  const events = splitMergedEvents(context, parsed.data);

  const errorAt = events.findIndex((data) => providerError(parseJson(data)) !== undefined);
  if (errorAt !== -1) {
    // The stream ended in an error: the chunks before it are checked, the rules of a whole stream are not.
    checkChunks(context, events.slice(0, errorAt), expected.operationId);
    context.fail(
      `chunk[${errorAt}]`,
      `is an error, not a chunk: the provider answered ${providerError(parseJson(events[errorAt] ?? ""))}; the stream is not checked further`,
    );
    return undefined;
  }

  const done = events.indexOf("[DONE]");
  if (done === -1) {
    context.fail(
      "(stream)",
      `must end with "data: [DONE]"; it ended after ${events.length} events without it (cut off)`,
    );
  } else if (done !== events.length - 1) {
    context.fail(
      "(stream)",
      `"data: [DONE]" must be the last event; got ${events.length - 1 - done} more after it`,
    );
  }

  const chunks = checkChunks(context, events, expected.operationId);
  if (events.length === 0 || (chunks.length === 0 && done !== -1)) {
    context.fail("(stream)", "must carry at least one chunk before [DONE]; got none");
  }

  checkSameOnEveryChunk(context, chunks, "id");
  checkSameOnEveryChunk(context, chunks, "created");
  checkOneFinishPerChoice(context, chunks);
  const usage = findUsage(context, chunks, expected.includeUsage);
  return { chunks, usage };
}

/**
 * The events of a streamed answer, its content type and framing checked. A wrong content type must not hide the
 * stream's other faults: its events are still read and checked, unless there are none (a JSON answer, say), which
 * the quoted body shows; then undefined.
 */
export function readEventStream(context: CheckContext, response: ApiResponse): SplitEventStream | undefined {
  const parsed = splitEventStream(response.text);
  if (response.mediaType !== "text/event-stream") {
    const noEvents = parsed.data.length === 0;
    context.fail(
      "(content-type)",
      `must be text/event-stream for stream: true; got "${response.mediaType || "(none)"}"${noEvents ? ` (body ${excerpt(response.text)})` : ""}`,
    );
    if (noEvents) return undefined;
  }
  for (const error of parsed.errors) context.fail("(stream)", `not a valid event stream: ${error}`);
  return parsed;
}

/**
 * Events separated by single newlines, not blank lines, merge into one event of several data lines, which a client
 * sees as one event that is not JSON. Says so once, and checks the lines as the events they were meant to be.
 */
function splitMergedEvents(context: CheckContext, events: readonly string[]): string[] {
  let reported = false;
  return events.flatMap((data) => {
    const lines = data.split("\n");
    const merged =
      lines.length > 1 &&
      parseJson(data) === undefined &&
      lines.every((line) => line === "[DONE]" || parseJson(line) !== undefined);
    if (!merged) return [data];
    if (!reported) {
      context.fail(
        "(stream)",
        `events must be separated by a blank line; ${lines.length} data lines came separated by single newlines, so they merged into one event that is not JSON`,
      );
      reported = true;
    }
    return lines;
  });
}

/** Each data event but `[DONE]` must be a JSON object valid against the operation's chunk schema. */
function checkChunks(context: CheckContext, events: readonly string[], operationId: string): StreamChunk[] {
  const chunks: StreamChunk[] = [];
  events.forEach((data, position) => {
    if (data === "[DONE]") return;
    const body = parseJson(data);
    if (!isRecord(body)) {
      context.fail(`chunk[${position}]`, `must be a JSON object; got ${excerpt(data)}`);
      return;
    }
    const result = context.validator.validateResponse(operationId, 200, "text/event-stream", body);
    reportIssues(context, result, `chunk[${position}]`);
    chunks.push({ position, body });
  });
  return chunks;
}

function checkSameOnEveryChunk(context: CheckContext, chunks: StreamChunk[], field: "id" | "created"): void {
  const first = chunks[0];
  if (!first) return;
  const other = chunks.find((chunk) => chunk.body[field] !== first.body[field]);
  if (other) {
    context.fail(
      `chunk[${other.position}].${field}`,
      `must be the same on every chunk (chunk[${first.position}] has ${JSON.stringify(first.body[field])}); got ${JSON.stringify(other.body[field])}`,
      `stream.same-${field}`,
    );
  }
}

function checkOneFinishPerChoice(context: CheckContext, chunks: StreamChunk[]): void {
  const finished = new Map<number, { position: number; reason: unknown }>();
  const seen = new Set<number>();
  for (const { position, body } of chunks) {
    choicesOf(body).forEach((choice, slot) => {
      const index = typeof choice.index === "number" ? choice.index : slot;
      seen.add(index);
      if (choice.finish_reason === null || choice.finish_reason === undefined) return;
      const earlier = finished.get(index);
      if (earlier) {
        context.fail(
          `chunk[${position}].choices[${slot}].finish_reason`,
          `is a second finish_reason for choice ${index} (chunk[${earlier.position}] already ended it with ${JSON.stringify(earlier.reason)}); got ${JSON.stringify(choice.finish_reason)}`,
        );
      } else {
        finished.set(index, { position, reason: choice.finish_reason });
      }
    });
  }
  for (const index of seen) {
    if (!finished.has(index)) {
      context.fail("(stream)", `no chunk ended choice ${index} with a finish_reason; exactly one must`);
    }
  }
}

/** Usage may come on the finish chunk, on a last chunk with empty `choices`, or on every chunk: all are allowed. */
function findUsage(context: CheckContext, chunks: StreamChunk[], includeUsage: boolean): unknown {
  const carriers = chunks.filter((chunk) => isRecord(chunk.body.usage));
  const last = carriers.at(-1);
  if (!last) {
    if (includeUsage) {
      context.fail(
        "usage",
        "must arrive with stream_options.include_usage (on the chunk with finish_reason, or on a last chunk with empty choices); no chunk carried it",
      );
    }
    return undefined;
  }
  const lastFinish = [...chunks]
    .reverse()
    .find((chunk) => choicesOf(chunk.body).some((choice) => choice.finish_reason));
  const usageOnly = chunks.find((chunk) => choicesOf(chunk.body).length === 0 && isRecord(chunk.body.usage));
  if (usageOnly && lastFinish && usageOnly.position < lastFinish.position) {
    context.fail(
      `chunk[${usageOnly.position}]`,
      `the usage chunk (empty choices) must come after the last finish_reason (chunk[${lastFinish.position}])`,
    );
  }
  checkUsageArithmetic(context, last.body.usage, `chunk[${last.position}].usage`);
  return last.body.usage;
}

export function choicesOf(body: Record<string, unknown>): Record<string, unknown>[] {
  return Array.isArray(body.choices) ? body.choices.filter(isRecord) : [];
}
