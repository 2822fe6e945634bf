import type { CheckContext } from "../checks/check.js";
import { expectEventType, expectTerminalLast, type NamedEvent } from "./named-event-stream.js";

/**
 * The order of an Anthropic Messages stream (spec: `createMessage`, "Streaming"): `message_start` first; each
 * content block's `content_block_delta`s between its `content_block_start` and `content_block_stop`;
 * `message_delta` once every block has stopped; `message_stop` last. `ping` may come anywhere; an `error` event
 * ends a failed stream.
 */
export function checkAnthropicStreamOrder(context: CheckContext, events: readonly NamedEvent[]): void {
  expectEventType(context, events[0], "message_start", "the first event");
  const open = new Set<unknown>();
  const stopped = new Set<unknown>();
  let messageDelta: NamedEvent | undefined;
  for (const event of events) {
    const at = `event[${event.position}]`;
    const index = event.body.index;
    switch (event.type) {
      case "error":
        context.fail(at, `is an error event: the stream failed (${JSON.stringify(event.body.error)})`);
        break;
      case "content_block_start":
        if (open.has(index) || stopped.has(index))
          context.fail(at, `starts content block ${String(index)} a second time`);
        else if (messageDelta) context.fail(at, `starts content block ${String(index)} after message_delta`);
        open.add(index);
        break;
      case "content_block_delta":
      case "content_block_stop":
        if (!open.has(index)) {
          const when = stopped.has(index) ? "after its content_block_stop" : "before its content_block_start";
          context.fail(at, `${event.type} for content block ${String(index)} came ${when}`);
        } else if (event.type === "content_block_stop") {
          open.delete(index);
          stopped.add(index);
        }
        break;
      case "message_delta":
        if (open.size > 0) {
          context.fail(at, `message_delta came while content block ${[...open].join(", ")} was still open`);
        }
        messageDelta ??= event;
        break;
    }
  }
  expectTerminalLast(context, events, ["message_stop"]);
  if (!messageDelta && events.some((event) => event.type === "message_stop")) {
    context.fail(
      "(stream)",
      "must carry a message_delta (stop_reason, output usage) before message_stop; got none",
    );
  }
}
