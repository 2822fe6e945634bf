import { completeChat } from "./chat-requests.js";
import type { Check } from "./check.js";
import { simpleChat } from "./requests.js";

export const chatChecks: Check[] = [
  {
    id: "chat.non-stream",
    feature: "chat",
    title: "a chat completion is a valid ChatCompletion with consistent usage, finish_reason and created",
    async run(context) {
      await completeChat(context, simpleChat(context.target.model), {
        mockExample: "seed-000-ppapi-response",
      });
    },
  },
];
