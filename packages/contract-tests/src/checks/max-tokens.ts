import { checkChatCompletionInvariants, firstFinishReason } from "../assertions/chat-completion.js";
import { isRecord } from "../assertions/excerpt.js";
import { expectJsonResponse } from "../assertions/json-response.js";
import type { Check } from "./check.js";
import { chatPath, simpleChat } from "./requests.js";

const maxTokens = 5;

export const maxTokensChecks: Check[] = [
  {
    id: "max-tokens.length",
    feature: "max-tokens",
    title: `max_tokens ${maxTokens} on a long answer → finish_reason length, at most ${maxTokens} completion tokens`,
    needsRealProvider:
      "a mock answers a fixed example, so it cannot show that generation is cut at max_tokens",
    async run(context) {
      const response = await context.send({
        method: "POST",
        path: chatPath,
        body: simpleChat(context.target.model, {
          messages: [{ role: "user", content: "Write a long essay about the sea." }],
          max_tokens: maxTokens,
        }),
      });
      const completion = expectJsonResponse(context, response, "createChatCompletion");
      checkChatCompletionInvariants(context, completion);
      if (!isRecord(completion)) return;
      const finish = firstFinishReason(completion);
      if (finish !== "length") {
        context.fail(
          "choices[0].finish_reason",
          `must be "length" when max_tokens cut the answer; got ${JSON.stringify(finish)}`,
        );
      }
      const used = isRecord(completion.usage) ? completion.usage.completion_tokens : undefined;
      if (typeof used === "number" && used > maxTokens) {
        context.fail("usage.completion_tokens", `must not exceed max_tokens (${maxTokens}); got ${used}`);
      }
    },
  },
];
