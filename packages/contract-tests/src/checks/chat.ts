import { checkChatCompletionInvariants } from "../assertions/chat-completion.js";
import { expectJsonResponse } from "../assertions/json-response.js";
import type { Check } from "./check.js";
import { chatPath, simpleChat } from "./requests.js";

export const chatChecks: Check[] = [
  {
    id: "chat.non-stream",
    feature: "chat",
    title: "a chat completion is a valid ChatCompletion with consistent usage, finish_reason and created",
    async run(context) {
      const response = await context.send({
        method: "POST",
        path: chatPath,
        body: simpleChat(context.target.model),
        mockExample: "seed-000-ppapi-response",
      });
      const completion = expectJsonResponse(context, response, "createChatCompletion");
      checkChatCompletionInvariants(context, completion);
    },
  },
];
