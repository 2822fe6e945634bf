import type { Attempt } from "./attempt.js";
import { DeepSeekError } from "./errors.js";
import { adoptReasoning } from "./reasoning.js";
import { createEventParser } from "./sse.js";

/** What the stream needs to know of any chunk (chat or FIM), or the error the server sent instead. */
interface AnyChunk {
  choices?: { finish_reason?: string | null; delta?: object }[];
  error?: { message?: string; type?: string | null; code?: string | number | null; param?: string | null };
}

/**
 * The chunks of a streamed answer, as an async iterable; iterate it once. Breaking out of the loop, the request's
 * `signal` or its timeout (the longest wait for the next bytes) closes the connection.
 */
export class Stream<Chunk> implements AsyncIterable<Chunk> {
  /** The response's `x-ds-trace-id`: quote it when you report a problem. */
  readonly requestId: string | null;
  #body: ReadableStream<Uint8Array> | undefined;
  readonly #attempt: Attempt;
  readonly #redact: (text: string) => string;

  constructor(
    body: ReadableStream<Uint8Array>,
    requestId: string | null,
    attempt: Attempt,
    redact: (text: string) => string,
  ) {
    this.#body = body;
    this.requestId = requestId;
    this.#attempt = attempt;
    this.#redact = redact;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Chunk> {
    const { requestId } = this;
    const attempt = this.#attempt;
    const reader = this.#body?.getReader();
    this.#body = undefined;
    if (!reader) throw new DeepSeekError("A stream can be read only once");
    // Stream mode keeps a multi-byte character that is split across two reads whole.
    const decoder = new TextDecoder();
    const parse = createEventParser();
    let finished = false;
    let ended = false;
    try {
      for (;;) {
        const { done, value } = await reader.read().catch((error) => {
          throw attempt.failure(error, "The connection broke mid-stream");
        });
        attempt.restart();
        ended = !!done;
        // At the end, an event may lack its closing blank line (`data: [DONE]\n` then EOF): close it. A line
        // cut off in the middle stays incomplete and is dropped, as the SSE standard says.
        for (const data of parse(done ? `${decoder.decode()}\n` : decoder.decode(value, { stream: true }))) {
          if (data === "[DONE]") return;
          const chunk = parseChunk(data, requestId, this.#redact);
          for (const choice of chunk.choices ?? []) {
            finished ||= !!choice.finish_reason;
            adoptReasoning(choice.delta);
          }
          yield chunk as Chunk;
        }
        if (done) break;
      }
      // A provider may leave out [DONE], but an answer without [DONE] and without a finish_reason was cut off.
      if (!finished) {
        throw new DeepSeekError("The stream was cut off: it ended without [DONE] and without a finish_reason", {
          type: "response_error",
          requestId,
        });
      }
    } finally {
      attempt.finish();
      if (!ended) reader.cancel().catch(() => {});
    }
  }
}

/** One event's JSON: a chunk, or an error the server sent in the middle of the stream. */
function parseChunk(data: string, requestId: string | null, redact: (text: string) => string): AnyChunk {
  let chunk: AnyChunk | undefined;
  try {
    chunk = JSON.parse(data);
  } catch {}
  if (typeof chunk !== "object" || !chunk) {
    const rawBody = redact(data);
    throw new DeepSeekError(`A stream event is not a JSON object: ${rawBody.slice(0, 200)}`, {
      type: "response_error",
      requestId,
      rawBody,
    });
  }
  if (chunk.error) {
    const { message, type, code, param } = chunk.error;
    throw new DeepSeekError(redact(message ?? data), { type, code, param, requestId });
  }
  return chunk;
}
