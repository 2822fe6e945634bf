import { isRecord } from "../assertions/excerpt.js";
import { completeChat } from "./chat-requests.js";
import { featureChecks } from "./check.js";
import { simpleChat } from "./requests.js";

const requestedTopLogprobs = 2;

export const logprobsChecks = featureChecks("logprobs", [
  {
    name: "top-logprobs",
    title: `logprobs with top_logprobs ${requestedTopLogprobs}: one entry per token, at most ${requestedTopLogprobs} alternatives`,
    async run(context) {
      const completion = await completeChat(
        context,
        simpleChat(context.target.model, {
          logprobs: true,
          top_logprobs: requestedTopLogprobs,
          max_tokens: 8,
        }),
        { mockExample: "logprobs-response" },
      );
      if (!isRecord(completion) || !Array.isArray(completion.choices) || !isRecord(completion.choices[0]))
        return;
      const logprobs = completion.choices[0].logprobs;
      const tokens = isRecord(logprobs) && Array.isArray(logprobs.content) ? logprobs.content : undefined;
      if (!tokens || tokens.length === 0) {
        context.fail(
          "choices[0].logprobs.content",
          "must list the tokens' log probabilities when logprobs is true; got none",
        );
        return;
      }
      tokens.forEach((token, index) => {
        const top = isRecord(token) && Array.isArray(token.top_logprobs) ? token.top_logprobs : [];
        if (top.length > requestedTopLogprobs) {
          context.fail(
            `choices[0].logprobs.content[${index}].top_logprobs`,
            `must hold at most ${requestedTopLogprobs} entries (top_logprobs asked for ${requestedTopLogprobs}); got ${top.length}`,
          );
        }
      });
    },
  },
]);
