import type {
  AssistantMessage,
  ChatCompletionChunk,
  FinishReason,
  ToolCall,
  ToolCallDelta,
  Usage,
} from "./types.js";

/** A streamed chat completion put together. */
export interface CollectedChatCompletion {
  content: string;
  reasoningContent: string;
  /** The tool calls, their fragments merged by `index`. */
  toolCalls: ToolCall[];
  /** `null` when the stream never said (some providers leave it out of the last chunk). */
  finishReason: FinishReason | null;
  /** The last usage the stream carried, wherever the provider put it. */
  usage: Usage | null;
  /** The assistant message to send back next turn, with its `reasoning_content` and `tool_calls`. */
  message: AssistantMessage;
}

/** Reads a chat completion stream to its end and assembles the answer (of choice 0: DeepSeek answers one). */
export async function collectStream(
  stream: AsyncIterable<ChatCompletionChunk>,
): Promise<CollectedChatCompletion> {
  let content = "";
  // Undefined until the stream carries the field: sent back even when empty, as thinking-mode tool loops need.
  let reasoningContent: string | undefined;
  let finishReason: FinishReason | null = null;
  let usage: Usage | null = null;
  const toolCalls: ToolCall[] = [];
  for await (const chunk of stream) {
    usage = chunk.usage ?? usage;
    for (const choice of chunk.choices) {
      // Some providers leave out `index` (there is one choice) or the delta of a last, finishing chunk.
      if ((choice.index ?? 0) !== 0) continue;
      const delta: Partial<typeof choice.delta> = choice.delta ?? {};
      content += delta.content ?? "";
      if (delta.reasoning_content != null)
        reasoningContent = (reasoningContent ?? "") + delta.reasoning_content;
      for (const fragment of delta.tool_calls ?? []) mergeToolCall(toolCalls, fragment);
      finishReason = choice.finish_reason ?? finishReason;
    }
  }
  const calls = toolCalls.filter(Boolean); // an index may be skipped
  const message: AssistantMessage = { role: "assistant", content };
  if (reasoningContent !== undefined) message.reasoning_content = reasoningContent;
  if (calls.length) message.tool_calls = calls;
  return {
    content,
    reasoningContent: reasoningContent ?? "",
    toolCalls: calls,
    finishReason,
    usage,
    message,
  };
}

/**
 * The first fragment of a call names it; the others add pieces of its arguments. Without an `index` (some providers),
 * a fragment with an `id` starts the next call and one without continues the last.
 */
function mergeToolCall(calls: ToolCall[], { index: given, id, function: fn }: ToolCallDelta): void {
  const index = given ?? Math.max(0, id ? calls.length : calls.length - 1);
  let call = calls[index];
  if (!call) {
    call = { index, id: "", type: "function", function: { name: "", arguments: "" } };
    calls[index] = call;
  }
  if (id) call.id = id;
  if (fn?.name) call.function.name = fn.name;
  call.function.arguments += fn?.arguments ?? "";
}
