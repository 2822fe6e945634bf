// A `text/event-stream` body (a streamed answer of the spec) split into its events by eventsource-parser, a complete
// parser of the format (the client has a smaller hand-written one of its own, for its bundle size).
import { createParser } from "eventsource-parser";

export interface StreamEvent {
  /** The `event:` name, where the event has one (the Responses and Anthropic formats). */
  event?: string;
  data: string;
}

export interface SplitEventStream {
  /** Each event's `data`, in order, `[DONE]` included. */
  data: string[];
  /** Each event with its name, in the same order as `data`. */
  events: StreamEvent[];
  /** The comment lines (`: keep-alive`), without the colon. */
  comments: string[];
  /** Lines the parser could not understand. */
  errors: string[];
}

export function splitEventStream(body: string): SplitEventStream {
  const split: SplitEventStream = { data: [], events: [], comments: [], errors: [] };
  const parser = createParser({
    onEvent: ({ event, data }) => {
      split.data.push(data);
      split.events.push(event === undefined ? { data } : { event, data });
    },
    onComment: (comment) => split.comments.push(comment),
    onError: (error) => split.errors.push(error.message),
  });
  parser.feed(body);
  // The end of the body ends the last event too: Prism, proxies and recordings drop its closing blank line, and a
  // client reading to the end still sees that event. Blank lines dispatch nothing when no event is pending.
  parser.feed("\n\n");
  return split;
}
