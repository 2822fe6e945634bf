// Crafted chunks and event streams, and the independent reading of a stream that tests compare the client against.

import { splitEventStream } from "@deepseek-openapi/spec";

/** One `created` for every chunk, as the spec says a stream has. */
const created = 1_781_043_600;

/** A chat completion chunk with one choice (index 0) whose delta is `delta`. */
export function chunk(
  delta: Record<string, unknown>,
  extra: { finish_reason?: string | null; usage?: unknown; choices?: unknown[] } = {},
) {
  return {
    id: "chatcmpl-test",
    object: "chat.completion.chunk",
    created,
    model: "deepseek-v4-flash",
    choices: extra.choices ?? [{ index: 0, delta, finish_reason: extra.finish_reason ?? null }],
    ...(extra.usage === undefined ? {} : { usage: extra.usage }),
  };
}

/** The bytes of an event stream: one `data:` event per chunk, then `data: [DONE]` unless told not to. */
export function eventStream(chunks: unknown[], { eol = "\n", done = true } = {}): string {
  const events = chunks.map((c) => `data: ${JSON.stringify(c)}${eol}${eol}`);
  return events.join("") + (done ? `data: [DONE]${eol}${eol}` : "");
}

interface ExpectedToolCall {
  index: number;
  id: string;
  type: "function";
  function: { name: string; arguments: string };
}

/**
 * What a stream says, read independently of the client (with eventsource-parser): every event's data but [DONE]
 * is one chunk's JSON; choice 0's content and reasoning (`reasoning_content`, or `reasoning` from some providers)
 * fragments joined in order; tool calls by index with the first id and name and the joined arguments; the last
 * finish_reason and the last non-null usage.
 */
export function readStreamPlainly(raw: string) {
  const events = splitEventStream(raw)
    .data.filter((text) => text !== "[DONE]")
    .map((text) => JSON.parse(text));
  let content = "";
  let reasoningContent = "";
  let finishReason: string | null = null;
  let usage: unknown = null;
  const calls: ExpectedToolCall[] = [];
  for (const event of events) {
    if (event.usage) usage = event.usage;
    for (const choice of event.choices) {
      if (choice.index !== 0) continue;
      content += choice.delta?.content ?? "";
      reasoningContent += choice.delta?.reasoning_content ?? choice.delta?.reasoning ?? "";
      for (const fragment of choice.delta?.tool_calls ?? []) {
        const call = calls.find((c) => c.index === fragment.index);
        if (!call) {
          calls.push({
            index: fragment.index,
            id: fragment.id ?? "",
            type: "function",
            function: { name: fragment.function?.name ?? "", arguments: fragment.function?.arguments ?? "" },
          });
        } else {
          call.id ||= fragment.id ?? "";
          call.function.name ||= fragment.function?.name ?? "";
          call.function.arguments += fragment.function?.arguments ?? "";
        }
      }
      if (choice.finish_reason) finishReason = choice.finish_reason;
    }
  }
  calls.sort((a, b) => a.index - b.index);
  return { events, content, reasoningContent, toolCalls: calls, finishReason, usage };
}
