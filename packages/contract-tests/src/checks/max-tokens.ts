import { firstFinishReason } from "../assertions/chat-completion.js";
import { isRecord } from "../assertions/excerpt.js";
import { completeChat } from "./chat-requests.js";
import { featureChecks } from "./check.js";
import { longAnswerChat } from "./requests.js";

const maxTokens = 5;

export const maxTokensChecks = featureChecks("max-tokens", [
  {
    name: "length",
    title: `max_tokens ${maxTokens} on a long answer → finish_reason length, at most ${maxTokens} completion tokens`,
    needsRealProvider:
      "a mock answers a fixed example, so it cannot show that generation is cut at max_tokens",
    async run(context) {
      const completion = await completeChat(
        context,
        longAnswerChat(context.target.model, { max_tokens: maxTokens }),
      );
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
]);
