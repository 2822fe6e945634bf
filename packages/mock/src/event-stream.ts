import type { ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import type { Outcome } from "./send.js";

/** Milliseconds between two events of a stream, unless the mock is told otherwise. */
export const defaultPaceMs = 20;

/** The events of an event-stream body, each with its closing blank line: joined, they are the body byte for byte. */
export function splitEvents(body: string): string[] {
  return body.match(/[\s\S]*?\n\n|[\s\S]+$/g) ?? [];
}

/**
 * Writes an event-stream body event by event, `paceMs` apart, so a client reads it incrementally. Resolves with
 * `"aborted"` as soon as the client closes the connection (the rest is not written), else `"completed"`.
 */
export async function writeEventStream(
  response: ServerResponse,
  body: string,
  paceMs: number,
): Promise<Outcome> {
  const closed = new AbortController();
  response.once("close", () => closed.abort());
  response.flushHeaders();
  const events = splitEvents(body);
  for (const [index, event] of events.entries()) {
    if (index > 0 && paceMs > 0) await sleep(paceMs, undefined, { signal: closed.signal }).catch(() => {});
    if (closed.signal.aborted || response.destroyed) return "aborted";
    response.write(event);
  }
  response.end();
  return "completed";
}
