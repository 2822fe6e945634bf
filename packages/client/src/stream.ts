import type { Attempt } from "./attempt.js";
import { DeepSeekError, errorFromBody } from "./errors.js";
import { adoptReasoning } from "./reasoning.js";
import { createEventParser } from "./sse.js";
import type { ErrorResponse } from "./types.js";

/** What the stream needs to know of any chunk (chat or FIM), or the error the server sent instead. */
interface AnyChunk {
  choices?: ({ finish_reason?: string | null; delta?: object } | null)[];
  error?: Partial<ErrorResponse["error"]>;
}

/**
 * The chunks of a streamed answer, as an async iterable; iterate it once. Breaking out of the loop, the request's
 * `signal` or its timeout (the longest wait for the next bytes; it does not run while the loop has a chunk) closes
 * the connection.
 */
export interface Stream<Chunk> extends AsyncIterable<Chunk> {
  /** The response's `x-ds-trace-id`: quote it when you report a problem. */
  readonly requestId: string | null;
}

/**
 * Wraps a response of server-sent events as a `Stream` of parsed chunks. It holds the response, not only its body:
 * undici cancels the body of a response that is garbage-collected before the body is read (a stream left unread).
 */
export function openStream<Chunk>(
  response: Response,
  requestId: string | null,
  attempt: Attempt,
  redact: (text: string) => string,
): Stream<Chunk> {
  attempt.waiting(false); // until the loop asks for a chunk
  return {
    requestId,
    // A hand-written iterator rather than an async generator: `yield` costs a few promise turns per chunk, about
    // as much as parsing the chunk (see the streaming figures of `pnpm bench`).
    [Symbol.asyncIterator](): AsyncIterator<Chunk> {
      // The body is locked to the first loop's reader: a second loop would get nothing.
      const body = response.body as ReadableStream<Uint8Array>;
      if (body.locked) throw new DeepSeekError("A stream can be read once");
      const reader = body.getReader();
      // Stream mode keeps a multi-byte character that is split across two reads whole.
      const decoder = new TextDecoder();
      const parse = createEventParser();
      const chunks: Chunk[] = [];
      let finished = false; // a finish_reason or [DONE] came: the answer is whole
      let over = false; // nothing more to read
      // At the end, on [DONE], on an error, on `break` and on abort or timeout, read or not: some runtimes leave a
      // read unsettled after an abort (undici 6) or go on reading (Bun). Cancelling a body read to its end is harmless.
      const close = () => {
        over = true;
        attempt.finish();
        reader.cancel().catch(() => {});
      };
      attempt.signal.addEventListener("abort", close);
      return {
        async next() {
          try {
            for (;;) {
              if (attempt.signal.aborted) throw attempt.failure();
              if (chunks.length) return { done: false, value: chunks.shift() as Chunk };
              // A provider may leave out [DONE]; without it and without a finish_reason, the answer was cut off.
              if (over && !finished)
                throw new DeepSeekError("Stream cut off before [DONE]", {
                  type: "response_error",
                  requestId,
                });
              if (over) return { done: true, value: undefined };
              attempt.waiting(true);
              const { done, value } = await reader.read().catch((error) => {
                throw attempt.failure(error);
              });
              attempt.waiting(false);
              if (done) close();
              // At the end, an event may lack its closing blank line (`data: [DONE]\n` then EOF): close
              // it. A line cut off in the middle stays incomplete and is dropped, as the SSE standard says.
              for (const data of parse(decoder.decode(value, { stream: !done }) + (done ? "\n" : ""))) {
                if (data === "[DONE]") {
                  finished = true;
                  close();
                  break;
                }
                const chunk = parseChunk(data, requestId, redact);
                for (const choice of chunk.choices) {
                  finished ||= !!choice?.finish_reason;
                  adoptReasoning(choice?.delta);
                }
                chunks.push(chunk as Chunk);
              }
            }
          } catch (error) {
            close();
            throw error;
          }
        },
        async return() {
          close();
          return { done: true, value: undefined };
        },
      };
    },
  };
}

/** One event's JSON: a chunk, or an error the server sent mid-stream (the API key blanked, should it echo it). */
function parseChunk(data: string, requestId: string | null, redact: (text: string) => string) {
  let chunk: AnyChunk | undefined;
  try {
    chunk = JSON.parse(data);
  } catch {}
  if (!Array.isArray(chunk?.choices) || chunk.error) {
    const details = { type: "response_error", requestId } as const;
    throw errorFromBody(chunk ?? data, "A stream event is not a chunk", details, redact);
  }
  return chunk as Required<AnyChunk>;
}
