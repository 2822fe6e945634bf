import { expectErrorResponse } from "../assertions/error-response.js";
import { operationRequest } from "../operations.js";
import { chatOperation } from "./chat-requests.js";
import { featureChecks } from "./check.js";
import { simpleChat } from "./requests.js";

/** A key no provider has issued; distinctive so that a leak of it into output would be obvious too. */
const wrongKey = "sk-deepseek-contract-wrong-key-0000000000";

export const authChecks = featureChecks("auth", [
  {
    name: "missing-key",
    title: "no API key → 401 with an ErrorResponse",
    async run(context) {
      const response = await context.send(
        operationRequest(chatOperation, { body: simpleChat(context.target.model), auth: "none" }),
      );
      expectErrorResponse(context, response, chatOperation, [401]);
    },
  },
  {
    name: "wrong-key",
    title: "a wrong API key → 401 with an ErrorResponse",
    needsRealProvider: "a mock accepts any bearer token, so only a real provider can reject a wrong key",
    async run(context) {
      const response = await context.send(
        operationRequest(chatOperation, { body: simpleChat(context.target.model), auth: { wrongKey } }),
      );
      expectErrorResponse(context, response, chatOperation, [401]);
    },
  },
]);
