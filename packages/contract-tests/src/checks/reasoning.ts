import { firstMessage } from "../assertions/chat-completion.js";
import { excerpt } from "../assertions/excerpt.js";
import { completeChat, streamChat } from "./chat-requests.js";
import { type CheckContext, featureChecks } from "./check.js";
import { reasoningChat } from "./requests.js";

/**
 * In thinking mode the chain of thought belongs in `reasoning_content`; providers that serve R1-style models often
 * leave it in `content` between `<think>` tags, or concatenate both, which breaks every client.
 */
function checkReasoningSeparate(
  context: CheckContext,
  message: Record<string, unknown> | undefined,
  at: string,
): void {
  if (!message) return;
  const { reasoning_content: reasoning, content } = message;
  if (typeof reasoning !== "string" || reasoning.trim() === "") {
    // Providers that name the field otherwise (`reasoning`, `thinking`): say which field came.
    const misnamed = Object.keys(message).filter(
      (field) => field !== "reasoning_content" && /reason|think/i.test(field) && message[field] != null,
    );
    context.fail(
      `${at}.reasoning_content`,
      reasoning === undefined && misnamed.length > 0
        ? `must hold the chain of thought in thinking mode; got no reasoning_content, but a field ${misnamed.map((f) => JSON.stringify(f)).join(", ")}: the field must be named reasoning_content`
        : `must hold the chain of thought in thinking mode; got ${JSON.stringify(reasoning)?.slice(0, 40) ?? "undefined"}`,
    );
  }
  if (typeof content !== "string") return;
  if (/<\/?think>/i.test(content)) {
    context.fail(
      `${at}.content`,
      `must not contain <think> tags: the reasoning belongs in reasoning_content; got ${excerpt(content)}`,
    );
  } else if (
    typeof reasoning === "string" &&
    reasoning.trim().length >= 8 &&
    content.includes(reasoning.trim())
  ) {
    context.fail(
      `${at}.content`,
      "must not repeat reasoning_content: the reasoning was merged into the answer",
    );
  }
}

export const reasoningChecks = featureChecks("reasoning", [
  {
    name: "non-stream",
    title: "thinking mode: reasoning_content is separate from content",
    async run(context) {
      const completion = await completeChat(context, reasoningChat(context.target.model), {
        mockExample: "reasoning-response",
      });
      checkReasoningSeparate(context, firstMessage(completion), "choices[0].message");
    },
  },
  {
    name: "stream",
    title: "thinking mode, streamed: reasoning fragments come first and stay out of content",
    async run(context) {
      const completion = await streamChat(
        context,
        reasoningChat(context.target.model, { stream: true, stream_options: { include_usage: true } }),
        { mockExample: "stream-reasoning" },
      );
      checkReasoningSeparate(context, firstMessage(completion), "(accumulated) choices[0].message");
    },
  },
]);
