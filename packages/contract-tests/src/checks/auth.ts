import { expectErrorResponse } from "../assertions/error-response.js";
import { featureChecks } from "./check.js";
import { chatPath, simpleChat } from "./requests.js";

/** A key no provider has issued; distinctive so that a leak of it into output would be obvious too. */
const wrongKey = "sk-deepseek-contract-wrong-key-0000000000";

export const authChecks = featureChecks("auth", [
  {
    name: "missing-key",
    title: "no API key → 401 with an ErrorResponse",
    async run(context) {
      const response = await context.send({
        method: "POST",
        path: chatPath,
        body: simpleChat(context.target.model),
        auth: "none",
      });
      expectErrorResponse(context, response, "createChatCompletion", [401]);
    },
  },
  {
    name: "wrong-key",
    title: "a wrong API key → 401 with an ErrorResponse",
    needsRealProvider: "a mock accepts any bearer token, so only a real provider can reject a wrong key",
    async run(context) {
      const response = await context.send({
        method: "POST",
        path: chatPath,
        body: simpleChat(context.target.model),
        auth: { wrongKey },
      });
      expectErrorResponse(context, response, "createChatCompletion", [401]);
    },
  },
]);
