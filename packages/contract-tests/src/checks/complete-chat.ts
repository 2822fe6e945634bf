import { checkChatCompletionInvariants } from "../assertions/chat-completion.js";
import { expectJsonResponse } from "../assertions/json-response.js";
import type { ApiRequest } from "../http.js";
import type { CheckContext } from "./check.js";
import { chatPath } from "./requests.js";

/**
 * Sends a non-streamed chat completion request and checks the answer every such check needs: status, content type,
 * the `ChatCompletion` schema and the invariants a schema cannot express. Returns the body for the check's own
 * assertions (`undefined` when it was not JSON).
 */
export async function completeChat(
  context: CheckContext,
  body: Record<string, unknown>,
  options: Pick<ApiRequest, "beta" | "mockExample"> = {},
): Promise<unknown> {
  const response = await context.send({ method: "POST", path: chatPath, body, ...options });
  const completion = expectJsonResponse(context, response, "createChatCompletion");
  checkChatCompletionInvariants(context, completion);
  return completion;
}
