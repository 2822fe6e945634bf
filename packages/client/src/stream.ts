import type { Attempt } from "./attempt.js";
import { DeepSeekError } from "./errors.js";
import { createEventParser } from "./sse.js";

/**
 * How the events of one API's stream read. Chat's and FIM's are in chat-stream.ts, the named events of Responses and
 * Anthropic in named-stream.ts: a program imports only the formats it calls.
 */
export interface StreamFormat {
  /** One event's data as a chunk; throws the error the server sent instead (the API key redacted, should it echo it). */
  parse(data: string, requestId: string | null, redact: (text: string) => string): object;
  /** Whether this chunk says the answer is whole (a `finish_reason`, a terminal event). */
  ends(chunk: never): boolean;
  /** What a stream cut off before its end lacks, for the error: `[DONE]`, `response.completed`, … */
  end: string;
  /** A data line that ends the stream by itself (chat's `[DONE]`); named-event streams have none. */
  endLine?: string;
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
 * The iterator of a `Stream`. `nextBatch` gives the next chunk with every chunk already parsed after it (those of one
 * network read): the collectors of long streams of small events await once per read, not once per event.
 */
export interface BatchIterator<Chunk> extends AsyncIterator<Chunk> {
  nextBatch(): Promise<IteratorResult<Chunk[], undefined>>;
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
  format: StreamFormat,
): Stream<Chunk> {
  attempt.waiting(false); // until the loop asks for a chunk
  return {
    requestId,
    // A hand-written iterator rather than an async generator: `yield` costs a few promise turns per chunk, about
    // as much as parsing the chunk (see the streaming figures of `pnpm bench`).
    [Symbol.asyncIterator](): BatchIterator<Chunk> {
      // The body is locked to the first loop's reader: a second loop would get nothing.
      const body = response.body as ReadableStream<Uint8Array>;
      if (body.locked) throw new DeepSeekError("A stream can be read once");
      const reader = body.getReader();
      // Stream mode keeps a multi-byte character that is split across two reads whole.
      const decoder = new TextDecoder();
      const parse = createEventParser();
      const chunks: Chunk[] = [];
      let finished = false; // the format's end (or [DONE]) came: the answer is whole
      let over = false; // nothing more to read
      // At the end, on [DONE], on an error, on `break` and on abort or timeout, read or not: some runtimes leave a
      // read unsettled after an abort (undici 6) or go on reading (Bun). Cancelling a body read to its end is harmless.
      const close = () => {
        over = true;
        attempt.finish();
        reader.cancel().catch(() => {});
      };
      attempt.signal.addEventListener("abort", close);
      const iterator: BatchIterator<Chunk> = {
        async next() {
          try {
            for (;;) {
              if (attempt.signal.aborted) throw attempt.failure();
              if (chunks.length) return { done: false, value: chunks.shift() as Chunk };
              // A provider may leave out [DONE]; without it and without the format's end, the answer was cut off.
              if (over && !finished)
                throw new DeepSeekError(`Stream cut off before ${format.end}`, {
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
                if (format.endLine !== undefined && data === format.endLine) {
                  finished = true;
                  close();
                  break;
                }
                const chunk = format.parse(data, requestId, redact);
                finished ||= format.ends(chunk as never);
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
        async nextBatch() {
          const first = await iterator.next();
          return first.done ? first : { done: false, value: [first.value, ...chunks.splice(0)] };
        },
      };
      return iterator;
    },
  };
}
