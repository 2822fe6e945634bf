import { errorFromBody } from "./errors.js";
import { adoptReasoning } from "./reasoning.js";
import type { StreamFormat } from "./stream.js";
import type { ErrorResponse } from "./types.js";

/** What the stream needs to know of any chunk (chat or FIM), or the error the server sent instead. */
interface AnyChunk {
  choices: ({ finish_reason?: string | null; delta?: object } | null)[];
  error?: Partial<ErrorResponse["error"]>;
}

/** Chat's and FIM's stream: unnamed events of chunks with `choices`, ending with `data: [DONE]`. */
/** The data line that ends a chat or FIM stream. */
const doneLine = "[DONE]";

export const chunkStream: StreamFormat = {
  parse(data, requestId, redact) {
    let chunk: AnyChunk | undefined;
    try {
      chunk = JSON.parse(data);
    } catch {}
    if (!Array.isArray(chunk?.choices) || chunk.error) {
      const details = { type: "response_error", requestId } as const;
      throw errorFromBody(chunk ?? data, "A stream event is not a chunk", details, redact);
    }
    for (const choice of chunk.choices) adoptReasoning(choice?.delta);
    return chunk;
  },
  ends: (chunk: AnyChunk) => chunk.choices.some((choice) => !!choice?.finish_reason),
  end: doneLine,
  endLine: doneLine,
};
