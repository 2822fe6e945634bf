import { errorFromBody } from "./errors.js";
import type { StreamFormat } from "./stream.js";

/**
 * A stream of named events (Responses, Anthropic Messages): each `event:` name is its payload's `type` (decision
 * 0002), so the payload alone is read; no `[DONE]` follows, the answer ends at one of `terminal` events. An `error`
 * event, or a payload without a `type` (an `ErrorResponse`), is the error the server sent.
 */
export function namedEventStream(terminal: readonly string[]): StreamFormat {
  return {
    parse(data, requestId, redact) {
      let event: { type?: unknown } | undefined;
      try {
        event = JSON.parse(data);
      } catch {}
      if (typeof event?.type !== "string" || event.type === "error") {
        const details = { type: "response_error", requestId } as const;
        throw errorFromBody(event ?? data, "A stream event is not an event", details, redact);
      }
      return event;
    },
    ends: (event: { type: string }) => terminal.includes(event.type),
    end: terminal.join(" or "),
  };
}
