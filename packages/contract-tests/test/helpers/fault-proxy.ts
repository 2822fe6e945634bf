import { splitEventStream } from "@deepseek-openapi/spec";
import type { Failure } from "../../src/checks/check.js";
import {
  type LocalServer,
  type ReceivedRequest,
  type ScriptedAnswer,
  startScriptedServer,
} from "./servers.js";

/** One deliberate violation of the contract, injected into the answers of a conforming upstream (Prism). */
export interface Fault {
  /** What is broken, for the test's name. */
  name: string;
  /** The check that must report it. */
  check: string;
  /** A piece of the JSON path (or pseudo path) the failure must name. */
  path: string;
  /** Every finding the check must report, whole (path and message), where the fault pins them. */
  findings?: Failure[];
  /** Which requests to break; the others pass through untouched. */
  matches(request: ReceivedRequest): boolean;
  /** Turns the upstream's conforming answer into the broken one. */
  breakAnswer?(answer: ScriptedAnswer, request: ReceivedRequest): ScriptedAnswer;
  /** Changes the request's headers on the way to the upstream, as an intermediary that drops one does. */
  breakRequest?(headers: Record<string, string>): void;
}

/** A proxy in front of `upstream` that breaks the answers of the requests a fault matches. */
export function startFaultProxy(upstream: string, fault?: Fault): Promise<LocalServer> {
  return startScriptedServer(async (request) => {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === "string" && !["host", "connection", "content-length"].includes(name))
        headers[name] = value;
    }
    const broken = fault?.matches(request) === true;
    if (broken) fault?.breakRequest?.(headers);
    const response = await fetch(`${upstream}${request.path}`, {
      method: request.method,
      headers,
      body: request.method === "GET" ? undefined : request.text,
    });
    const answer: ScriptedAnswer = {
      status: response.status,
      contentType: response.headers.get("content-type") ?? "",
      body: await response.text(),
    };
    return broken && fault?.breakAnswer ? fault.breakAnswer(answer, request) : answer;
  });
}

/** The example a mock-mode request asked for (`Prefer: example=<name>`). */
export function preferred(request: ReceivedRequest): string | undefined {
  const prefer = request.headers.prefer;
  return typeof prefer === "string" ? /example=([\w-]+)/.exec(prefer)?.[1] : undefined;
}

/** Rewrites the JSON body of an answer. */
// biome-ignore lint/suspicious/noExplicitAny: faults edit arbitrary JSON, as tersely as possible
export function editJson(answer: ScriptedAnswer, edit: (body: any) => void): ScriptedAnswer {
  const body = JSON.parse(answer.body);
  edit(body);
  return { ...answer, body: JSON.stringify(body) };
}

/**
 * Rewrites the events of an event-stream answer: `edit` gets each data event's parsed chunk (or the string
 * `[DONE]`) with its position, and returns the new data (an object or a string), or null to drop the event.
 */
export function editEvents(
  answer: ScriptedAnswer,
  // biome-ignore lint/suspicious/noExplicitAny: faults edit arbitrary JSON, as tersely as possible
  edit: (data: any, position: number) => unknown,
): ScriptedAnswer {
  const blocks = answer.body.split(/\n\n/).filter((block) => block.trim() !== "");
  let position = 0;
  const out: string[] = [];
  for (const block of blocks) {
    if (!block.startsWith("data: ")) {
      out.push(block);
      continue;
    }
    const raw = block.slice("data: ".length).trim();
    const data = raw === "[DONE]" ? raw : JSON.parse(raw);
    const edited = edit(data, position++);
    if (edited === null) continue;
    out.push(`data: ${typeof edited === "string" ? edited : JSON.stringify(edited)}`);
  }
  return { ...answer, body: `${out.join("\n\n")}\n\n` };
}

/**
 * Rewrites the events of a named-event stream (Responses, Anthropic): `edit` gets the parsed events in order and
 * returns the new list; each is written back as `event: <type>` and `data: <JSON>`.
 */
export function editNamedEvents(
  answer: ScriptedAnswer,
  // biome-ignore lint/suspicious/noExplicitAny: faults edit arbitrary JSON, as tersely as possible
  edit: (events: any[]) => unknown[],
): ScriptedAnswer {
  const events = splitEventStream(answer.body).data.map((data) => JSON.parse(data) as { type: string });
  const out = (edit(events) as { type: string }[]).map(
    (e) => `event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`,
  );
  return { ...answer, body: out.join("") };
}
