import type { CheckContext } from "../checks/check.js";
import { checkChatCompletionInvariants } from "./chat-completion.js";
import { type ChunkStream, choicesOf } from "./event-stream.js";
import { isRecord } from "./excerpt.js";

interface ToolCallSoFar {
  id: unknown;
  type: unknown;
  name: string;
  arguments: string;
}

interface ChoiceSoFar {
  index: number;
  role: unknown;
  content: string | null;
  reasoning: string | null;
  /** Where the first non-empty content fragment arrived: reasoning must come before it. */
  contentFrom?: number;
  toolCalls: Map<number, ToolCallSoFar>;
  /** Text fields the schema does not name (`reasoning`, say), concatenated too, so that checks can name them. */
  otherText: Map<string, string>;
  finishReason: unknown;
}

const mergedFields = new Set(["role", "content", "reasoning_content", "tool_calls"]);

/**
 * Merges the deltas of a chat stream the way a client must (concatenate text, merge tool calls by `index`) and
 * checks the merge rules on the way: the result is the message the stream says, as a `ChatCompletion`, and it must
 * hold the same invariants as a non-streamed one.
 */
export function accumulateChatStream(
  context: CheckContext,
  stream: ChunkStream,
): Record<string, unknown> | undefined {
  const first = stream.chunks[0];
  if (!first) return undefined;
  const choices = new Map<number, ChoiceSoFar>();
  for (const { position, body } of stream.chunks) {
    choicesOf(body).forEach((choice, slot) => {
      const index = typeof choice.index === "number" ? choice.index : slot;
      const delta = isRecord(choice.delta) ? choice.delta : {};
      const at = `chunk[${position}].choices[${slot}].delta`;
      let soFar = choices.get(index);
      if (!soFar) {
        soFar = {
          index,
          role: delta.role,
          content: null,
          reasoning: null,
          toolCalls: new Map(),
          otherText: new Map(),
          finishReason: null,
        };
        choices.set(index, soFar);
      }
      if (typeof delta.reasoning_content === "string" && delta.reasoning_content !== "") {
        if (soFar.contentFrom !== undefined) {
          context.fail(
            `${at}.reasoning_content`,
            `arrived after the content had begun (chunk[${soFar.contentFrom}]); reasoning fragments come first`,
          );
        }
        soFar.reasoning = (soFar.reasoning ?? "") + delta.reasoning_content;
      }
      if (typeof delta.content === "string") {
        soFar.content = (soFar.content ?? "") + delta.content;
        if (delta.content !== "") soFar.contentFrom ??= position;
      }
      for (const [field, value] of Object.entries(delta)) {
        if (typeof value === "string" && !mergedFields.has(field)) {
          soFar.otherText.set(field, (soFar.otherText.get(field) ?? "") + value);
        }
      }
      if (Array.isArray(delta.tool_calls)) mergeToolCalls(context, soFar, delta.tool_calls, at);
      if (choice.finish_reason) soFar.finishReason = choice.finish_reason;
    });
  }
  const completion = {
    id: first.body.id,
    object: "chat.completion",
    created: first.body.created,
    model: first.body.model,
    choices: [...choices.values()].sort((a, b) => a.index - b.index).map(toChoice),
    ...(stream.usage === undefined ? {} : { usage: stream.usage }),
  };
  // Usage arithmetic was checked on the chunk that carried it; here the merged message's own invariants.
  checkChatCompletionInvariants(context, { ...completion, usage: undefined }, "(accumulated)");
  return completion;
}

function mergeToolCalls(context: CheckContext, soFar: ChoiceSoFar, fragments: unknown[], at: string): void {
  fragments.forEach((fragment, slot) => {
    if (!isRecord(fragment)) return; // the chunk schema reports it
    // Without an index (the chunk schema reports it) a fragment belongs to the call in its slot, as clients merge it.
    const index = typeof fragment.index === "number" ? fragment.index : slot;
    const fn = isRecord(fragment.function) ? fragment.function : {};
    const existing = soFar.toolCalls.get(index);
    if (!existing) {
      if (!fragment.id || typeof fn.name !== "string" || fn.name === "") {
        context.fail(
          `${at}.tool_calls[${slot}]`,
          `the first fragment of tool call ${index} must carry its id and function.name`,
        );
      }
      soFar.toolCalls.set(index, {
        id: fragment.id,
        type: fragment.type ?? "function",
        name: typeof fn.name === "string" ? fn.name : "",
        arguments: typeof fn.arguments === "string" ? fn.arguments : "",
      });
      return;
    }
    if (fragment.id && fragment.id !== existing.id) {
      context.fail(
        `${at}.tool_calls[${slot}].id`,
        `must not change within tool call ${index} (first fragment had ${JSON.stringify(existing.id)}); got ${JSON.stringify(fragment.id)}`,
      );
    }
    if (typeof fn.arguments === "string") existing.arguments += fn.arguments;
  });
}

function toChoice(choice: ChoiceSoFar): Record<string, unknown> {
  const message: Record<string, unknown> = {
    ...Object.fromEntries(choice.otherText),
    role: "assistant",
    content: choice.content,
  };
  if (choice.reasoning !== null) message.reasoning_content = choice.reasoning;
  if (choice.toolCalls.size > 0) {
    message.tool_calls = [...choice.toolCalls.entries()]
      .sort(([a], [b]) => a - b)
      .map(([index, call]) => ({
        index,
        id: call.id,
        type: call.type,
        function: { name: call.name, arguments: call.arguments },
      }));
  }
  return { index: choice.index, message, finish_reason: choice.finishReason };
}
