import type { CheckContext } from "../checks/check.js";
import { isRecord } from "./excerpt.js";

/** The arithmetic of `usage` that the schema cannot express. */
export function checkUsageArithmetic(context: CheckContext, usage: unknown, path = "usage"): void {
  if (!isRecord(usage)) return;
  const { prompt_tokens: prompt, completion_tokens: completion, total_tokens: total } = usage;
  if (isCount(prompt) && isCount(completion) && isCount(total) && total !== prompt + completion) {
    context.fail(
      `${path}.total_tokens`,
      `must equal prompt_tokens + completion_tokens (${prompt} + ${completion} = ${prompt + completion}); got ${total}`,
    );
  }
  const { prompt_cache_hit_tokens: hit, prompt_cache_miss_tokens: miss } = usage;
  if (isCount(prompt) && isCount(hit) && isCount(miss) && hit + miss !== prompt) {
    context.fail(
      `${path}.prompt_cache_hit_tokens`,
      `prompt_cache_hit_tokens + prompt_cache_miss_tokens must equal prompt_tokens (${prompt}); got ${hit} + ${miss} = ${hit + miss}`,
    );
  }
  const details = usage.completion_tokens_details;
  const reasoning = isRecord(details) ? details.reasoning_tokens : undefined;
  if (isCount(reasoning) && isCount(completion) && reasoning > completion) {
    context.fail(
      `${path}.completion_tokens_details.reasoning_tokens`,
      `must not exceed completion_tokens (${completion}), which include them; got ${reasoning}`,
    );
  }
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value);
}
