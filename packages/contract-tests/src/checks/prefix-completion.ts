import { checkChatCompletionInvariants, firstMessage } from "../assertions/chat-completion.js";
import { excerpt } from "../assertions/excerpt.js";
import { expectJsonResponse } from "../assertions/json-response.js";
import type { Check } from "./check.js";
import { chatPath, prefixCompletionChat } from "./requests.js";

export const prefixCompletionChecks: Check[] = [
  {
    id: "prefix-completion.continue",
    feature: "prefix-completion",
    title: "chat prefix completion (beta base URL): the assistant's prefix is continued",
    async run(context) {
      const response = await context.send({
        method: "POST",
        path: chatPath,
        beta: true,
        body: prefixCompletionChat(context.target.model),
      });
      const completion = expectJsonResponse(context, response, "createChatCompletion");
      checkChatCompletionInvariants(context, completion);
      if (!completion || context.target.mock) return; // the mock's example does not continue anything
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
