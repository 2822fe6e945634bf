import { completeChat } from "./chat-requests.js";
import { featureChecks } from "./check.js";
import { simpleChat } from "./requests.js";

export const chatChecks = featureChecks("chat", [
  {
    name: "non-stream",
    title: "a chat completion is a valid ChatCompletion with consistent usage, finish_reason and created",
    async run(context) {
      await completeChat(context, simpleChat(context.target.model), {
        mockExample: "seed-000-ppapi-response",
      });
    },
  },
]);
