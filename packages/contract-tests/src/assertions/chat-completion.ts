import type { CheckContext } from "../checks/check.js";
import { checkCreated } from "./created.js";
import { isRecord } from "./excerpt.js";
import { checkUsageArithmetic } from "./usage.js";

/**
 * The invariants of a `ChatCompletion` that its schema cannot express; all but the tool call rules hold for a FIM
 * `Completion` too (its choices have no message). `prefix` names where the completion came from when it was
 * assembled from a stream (`(accumulated)`).
 */
export function checkChatCompletionInvariants(context: CheckContext, completion: unknown, prefix = ""): void {
  if (!isRecord(completion)) return;
  const at = (path: string) => (prefix ? `${prefix} ${path}` : path);
  checkCreated(context, completion.created, at("created"));
  checkUsageArithmetic(context, completion.usage, at("usage"));
  const choices = Array.isArray(completion.choices) ? completion.choices : [];
  if (choices.length === 0) context.fail(at("choices"), "must hold at least one choice; got none");
  choices.forEach((choice, index) => {
    if (!isRecord(choice) || !isRecord(choice.message)) return;
    const toolCalls = choice.message.tool_calls;
    const hasToolCalls = Array.isArray(toolCalls) && toolCalls.length > 0;
    if (choice.finish_reason === "tool_calls" && !hasToolCalls) {
      context.fail(
        at(`choices[${index}].finish_reason`),
        'is "tool_calls" but message.tool_calls is empty; it must name why the model stopped',
      );
    }
    if (hasToolCalls && choice.finish_reason !== "tool_calls" && choice.finish_reason !== undefined) {
      context.fail(
        at(`choices[${index}].finish_reason`),
        `must be "tool_calls" when message.tool_calls is not empty; got ${JSON.stringify(choice.finish_reason)}`,
      );
    }
  });
}

/** The first choice's message of a completion, when there is one. */
export function firstMessage(completion: unknown): Record<string, unknown> | undefined {
  if (!isRecord(completion) || !Array.isArray(completion.choices)) return undefined;
  const choice = completion.choices[0];
  return isRecord(choice) && isRecord(choice.message) ? choice.message : undefined;
}

export function firstFinishReason(completion: unknown): unknown {
  if (!isRecord(completion) || !Array.isArray(completion.choices)) return undefined;
  const choice = completion.choices[0];
  return isRecord(choice) ? choice.finish_reason : undefined;
}
