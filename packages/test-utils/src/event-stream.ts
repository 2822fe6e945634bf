// A `text/event-stream` body split by eventsource-parser, a reader independent of the client's own parser.
import { createParser } from "eventsource-parser";

export interface SplitEventStream {
  /** Each event's `data`, in order, `[DONE]` included. */
  data: string[];
  /** The comment lines (`: keep-alive`), without the colon. */
  comments: string[];
}

export function splitEventStream(body: string): SplitEventStream {
  const split: SplitEventStream = { data: [], comments: [] };
  const parser = createParser({
    onEvent: (event) => split.data.push(event.data),
    onComment: (comment) => split.comments.push(comment),
  });
  parser.feed(body);
  // A body whose last blank line was lost (a recording, a proxy) still ends its last event when the connection
  // closes; a blank line dispatches nothing when no event is pending.
  parser.feed("\n\n");
  return split;
}
