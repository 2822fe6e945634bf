import { checkChatCompletionInvariants } from "../assertions/chat-completion.js";
import { accumulateChatStream } from "../assertions/chat-stream.js";
import { readChunkStream } from "../assertions/event-stream.js";
import { expectJsonResponse } from "../assertions/json-response.js";
import type { ApiRequest } from "../http.js";
import type { CheckContext } from "./check.js";
import { asksForUsage, chatPath } from "./requests.js";

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

/**
 * Sends a streamed chat completion request and checks the stream every such check needs: content type, each
 * chunk against `ChatCompletionChunk`, the stream's own rules (one id, created and finish_reason, `[DONE]` last,
 * usage when `stream_options.include_usage` asks for it) and what the deltas add up to. Returns that accumulated
 * completion (`undefined` when the stream could not be read).
 */
export async function streamChat(
  context: CheckContext,
  body: Record<string, unknown>,
  options: Pick<ApiRequest, "mockExample"> = {},
): Promise<ReturnType<typeof accumulateChatStream> | undefined> {
  const response = await context.send({
    method: "POST",
    path: chatPath,
    body: { ...body, stream: true },
    accept: "text/event-stream",
    ...options,
  });
  const stream = readChunkStream(context, response, {
    operationId: "createChatCompletion",
    includeUsage: asksForUsage(body),
  });
  return stream && accumulateChatStream(context, stream);
}
