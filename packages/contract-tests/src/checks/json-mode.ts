import { checkChatCompletionInvariants, firstMessage } from "../assertions/chat-completion.js";
import { excerpt } from "../assertions/excerpt.js";
import { expectJsonResponse, parseJson } from "../assertions/json-response.js";
import type { Check } from "./check.js";
import { chatPath, jsonModeChat } from "./requests.js";

export const jsonModeChecks: Check[] = [
  {
    id: "json-mode.content",
    feature: "json-mode",
    title: "response_format json_object: content parses as JSON",
    async run(context) {
      const response = await context.send({
        method: "POST",
        path: chatPath,
        body: jsonModeChat(context.target.model),
        mockExample: "json-mode-response",
      });
      const completion = expectJsonResponse(context, response, "createChatCompletion");
      checkChatCompletionInvariants(context, completion);
      const content = firstMessage(completion)?.content;
      if (content === undefined) return;
      if (typeof content !== "string" || parseJson(content) === undefined) {
        context.fail(
          "choices[0].message.content",
          `must be JSON in JSON mode; got ${excerpt(String(content))}`,
        );
      }
    },
  },
];
