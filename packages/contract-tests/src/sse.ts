import { createParser } from "eventsource-parser";

/**
 * A `text/event-stream` body split into its events by `eventsource-parser`, a complete parser of the format (the
 * client has a smaller hand-written one of its own, for its bundle size).
 */
export interface ParsedEventStream {
  /** The `data` of each event, in order; `[DONE]` included. */
  data: string[];
  /** Lines the parser could not understand. */
  errors: string[];
}

export function parseEventStream(body: string): ParsedEventStream {
  const parsed: ParsedEventStream = { data: [], errors: [] };
  const parser = createParser({
    onEvent: (event) => parsed.data.push(event.data),
    onError: (error) => parsed.errors.push(error.message),
  });
  parser.feed(body);
  // The end of the body ends the last event too: Prism (and some proxies) drop its closing blank line, and a
  // client reading to the end still sees that event. Blank lines dispatch nothing when no event is pending.
  parser.feed("\n\n");
  return parsed;
}
