import type { CheckContext } from "../checks/check.js";
import { expectEventType, expectTerminalLast, type NamedEvent } from "./named-event-stream.js";

/** The events that end a Responses stream, carrying the whole response (spec: `createResponse`, "Streaming"). */
const responseTerminalEvents = ["response.completed", "response.incomplete", "response.failed"] as const;

/**
 * The order of a Responses stream: `response.created`, `response.in_progress`, each output item's events between
 * its `response.output_item.added` and `response.output_item.done`, `sequence_number` increasing, the terminal
 * event last.
 */
export function checkResponsesStreamOrder(context: CheckContext, events: readonly NamedEvent[]): void {
  expectEventType(context, events[0], "response.created", "the first event");
  expectEventType(context, events[1], "response.in_progress", "right after response.created");
  let previous: NamedEvent | undefined;
  const open = new Set<unknown>();
  const done = new Set<unknown>();
  for (const event of events) {
    const at = `event[${event.position}]`;
    const sequence = event.body.sequence_number;
    const before = previous?.body.sequence_number;
    if (typeof sequence === "number" && typeof before === "number" && sequence <= before) {
      context.fail(
        `${at}.sequence_number`,
        `must be greater than the previous event's (${before}); got ${sequence}`,
      );
    }
    previous = event;
    if (!("output_index" in event.body)) continue;
    const index = event.body.output_index;
    if (event.type === "response.output_item.added") {
      if (open.has(index) || done.has(index)) {
        context.fail(at, `adds output item ${String(index)} a second time`);
      }
      open.add(index);
    } else if (!open.has(index)) {
      const when = done.has(index)
        ? "after its response.output_item.done"
        : "before its response.output_item.added";
      context.fail(at, `${event.type} for output item ${String(index)} came ${when}`);
    } else if (event.type === "response.output_item.done") {
      open.delete(index);
      done.add(index);
    }
  }
  expectTerminalLast(context, events, responseTerminalEvents);
  for (const index of open) {
    context.fail(
      "(stream)",
      `output item ${String(index)} was added but never done (response.output_item.done)`,
    );
  }
}
