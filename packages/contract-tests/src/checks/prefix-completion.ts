import { firstMessage } from "../assertions/chat-completion.js";
import { excerpt } from "../assertions/excerpt.js";
import { completeChat } from "./chat-requests.js";
import { featureChecks } from "./check.js";
import { countingPrefix, prefixCompletionChat } from "./requests.js";

export const prefixCompletionChecks = featureChecks("prefix-completion", [
  {
    name: "continue",
    title: "chat prefix completion (beta base URL): the assistant's prefix is continued",
    async run(context) {
      const completion = await completeChat(context, prefixCompletionChat(context.target.model), {
        betaFeature: true,
        mockExample: "prefix-completion-response",
      });
      if (!completion) return;
      const content = firstMessage(completion)?.content;
      if (typeof content !== "string" || content.trim() === "") {
        context.fail(
          "choices[0].message.content",
          `must continue the prefix; got ${JSON.stringify(content)}`,
        );
      } else if (!context.target.mock && !/^\s*6\b/.test(content)) {
        // A mock answers its example whatever the prefix; only a real provider can show that it continued this one.
        context.fail(
          "choices[0].message.content",
          `must continue the assistant's prefix ${JSON.stringify(countingPrefix)} with 6 (not repeat it); got ${excerpt(content)}`,
        );
      }
    },
  },
]);
