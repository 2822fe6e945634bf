import { firstMessage } from "../assertions/chat-completion.js";
import { excerpt } from "../assertions/excerpt.js";
import { completeChat } from "./chat-requests.js";
import type { Check } from "./check.js";
import { prefixCompletionChat } from "./requests.js";

export const prefixCompletionChecks: Check[] = [
  {
    id: "prefix-completion.continue",
    feature: "prefix-completion",
    title: "chat prefix completion (beta base URL): the assistant's prefix is continued",
    async run(context) {
      const completion = await completeChat(context, prefixCompletionChat(context.target.model), {
        beta: true,
        mockExample: "prefix-completion-response",
      });
      if (!completion) return;
      const content = firstMessage(completion)?.content;
      if (typeof content !== "string" || content.trim() === "") {
        context.fail(
          "choices[0].message.content",
          `must continue the prefix with code; got ${JSON.stringify(content)}`,
        );
      } else if (content.includes("```")) {
        context.fail(
          "choices[0].message.content",
          `must stop before the stop sequence "\`\`\`"; got ${excerpt(content)}`,
        );
      }
    },
  },
];
