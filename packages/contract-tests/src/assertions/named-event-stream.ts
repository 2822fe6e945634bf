import type { CheckContext } from "../checks/check.js";
import type { ApiRequest, ApiResponse } from "../http.js";
import { reportIssues } from "../validation.js";
import { readEventStream } from "./event-stream.js";
import { excerpt, isRecord } from "./excerpt.js";
import { parseJson } from "./json-response.js";
import { expectStatus } from "./status.js";

/** An event of a stream whose events are named (the Responses and Anthropic formats), with its position. */
export interface NamedEvent {
  position: number;
  /** The payload's `type` (a string, or "" when it has none: the schema reports that). */
  type: string;
  body: Record<string, unknown>;
}

/**
 * The framing rules of a named-event stream (decision 0002): `text/event-stream`, each event an `event:` line equal
 * to its payload's `type` and a JSON payload valid against the operation's event schema, no `data: [DONE]`.
 * Comments are skipped. Returns the events that parsed, for the format's order rules.
 */
function readNamedEventStream(
  context: CheckContext,
  response: ApiResponse,
  operationId: string,
): NamedEvent[] | undefined {
  if (!expectStatus(context, response, [200])) return undefined;
  const parsed = readEventStream(context, response);
  if (!parsed) return undefined;
  const events: NamedEvent[] = [];
  parsed.events.forEach(({ event, data }, position) => {
    const at = `event[${position}]`;
    if (data === "[DONE]") {
      context.fail(at, 'must not be "data: [DONE]": this format ends with its terminal event instead');
      return;
    }
    const body = parseJson(data);
    if (!isRecord(body)) {
      context.fail(at, `must be a JSON object; got ${excerpt(data)}`);
      return;
    }
    const type = typeof body.type === "string" ? body.type : "";
    if (event !== type) {
      context.fail(
        `${at} (event)`,
        `the event: line must repeat the payload's type ${JSON.stringify(type)}; got ${event === undefined ? "none" : JSON.stringify(event)}`,
      );
    }
    reportIssues(
      context,
      context.validator.validateResponse(operationId, 200, "text/event-stream", body),
      at,
    );
    events.push({ position, type, body });
  });
  if (events.length === 0) context.fail("(stream)", "must carry at least one event; got none");
  return events;
}

/**
 * Sends a streamed request of an operation whose stream has named events, and checks it: framing, every event
 * against its schema, then the format's `order` rules. The Responses and Anthropic stream checks are this.
 */
export async function checkNamedEventStream(
  context: CheckContext,
  request: ApiRequest,
  operationId: string,
  order: (context: CheckContext, events: readonly NamedEvent[]) => void,
): Promise<void> {
  const response = await context.send({ ...request, accept: "text/event-stream" });
  const events = readNamedEventStream(context, response, operationId);
  if (events) order(context, events);
}

/** Fails when `event` is not of `type`: the event a format's order puts at that place. */
export function expectEventType(
  context: CheckContext,
  event: NamedEvent | undefined,
  type: string,
  where: string,
): void {
  if (event && event.type !== type) {
    context.fail(
      `event[${event.position}].type`,
      `must be ${JSON.stringify(type)} (${where}); got ${JSON.stringify(event.type)}`,
    );
  }
}

/**
 * The terminal event must end the stream, once: without one the stream was cut off. `terminal` names the event
 * types that may end it, in words for the message.
 */
export function expectTerminalLast(
  context: CheckContext,
  events: readonly NamedEvent[],
  terminalTypes: readonly string[],
): void {
  const terminals = events.filter((event) => terminalTypes.includes(event.type));
  const names = terminalTypes.join(" or ");
  const first = terminals[0];
  if (!first) {
    context.fail(
      "(stream)",
      `must end with a terminal event (${names}); it ended after ${events.length} events without one (cut off)`,
    );
    return;
  }
  const after = events.length - 1 - events.indexOf(first);
  if (after > 0) {
    context.fail(
      `event[${first.position}]`,
      `the terminal event ${JSON.stringify(first.type)} must be the last; got ${after} more after it`,
    );
  }
}
