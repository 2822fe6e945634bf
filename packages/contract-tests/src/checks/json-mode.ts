import { firstMessage } from "../assertions/chat-completion.js";
import { excerpt } from "../assertions/excerpt.js";
import { parseJson } from "../assertions/json-response.js";
import { completeChat } from "./chat-requests.js";
import { featureChecks } from "./check.js";
import { jsonModeChat } from "./requests.js";

export const jsonModeChecks = featureChecks("json-mode", [
  {
    name: "content",
    title: "response_format json_object: content parses as JSON",
    async run(context) {
      const completion = await completeChat(context, jsonModeChat(context.target.model), {
        mockExample: "json-mode-response",
      });
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
]);
