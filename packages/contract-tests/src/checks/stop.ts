import { firstFinishReason, firstMessage } from "../assertions/chat-completion.js";
import { excerpt } from "../assertions/excerpt.js";
import { completeChat } from "./chat-requests.js";
import { featureChecks } from "./check.js";
import { countingChat } from "./requests.js";

export const stopChecks = featureChecks("stop", [
  {
    name: "sequence",
    title: "a stop sequence ends the answer before it (finish_reason stop)",
    needsRealProvider:
      "a mock answers a fixed example, so it cannot show that generation stops at the sequence",
    async run(context) {
      const completion = await completeChat(context, countingChat(context.target.model, { stop: ["5"] }));
      const content = firstMessage(completion)?.content;
      // Counting up to 4 shows that the prompt was followed; an answer that ignores it ("Hello!") has no 5 either.
      if (typeof content === "string" && (content.includes("5") || !/\b4\b/.test(content))) {
        context.fail(
          "choices[0].message.content",
          `must count up to 4 and end before the stop sequence "5"; got ${excerpt(content)}`,
        );
      }
      const finish = firstFinishReason(completion);
      if (completion && finish !== "stop") {
        context.fail(
          "choices[0].finish_reason",
          `must be "stop" when a stop sequence ended the answer; got ${JSON.stringify(finish)}`,
        );
      }
    },
  },
]);
