import { checkChatCompletionInvariants } from "../assertions/chat-completion.js";
import { accumulateChatStream } from "../assertions/chat-stream.js";
import { type ChunkStream, readChunkStream } from "../assertions/event-stream.js";
import { requestOperation } from "../assertions/json-response.js";
import { type OperationCall, operationRequest } from "../operations.js";
import type { CheckContext } from "./check.js";
import { asksForUsage } from "./requests.js";

/** An operation that completes text; the spec says where it is served (FIM: the beta server only). */
export type CompletionOperation = "createChatCompletion" | "createCompletion";

export const chatOperation = "createChatCompletion" satisfies CompletionOperation;

type RequestOptions = Pick<OperationCall, "betaFeature" | "mockExample">;

/**
 * Sends a non-streamed completion request and checks the answer every such check needs: status, content type, the
 * operation's schema and the invariants a schema cannot express. Returns the body for the check's own assertions
 * (`undefined` when it was not JSON).
 */
export async function complete(
  context: CheckContext,
  operationId: CompletionOperation,
  body: Record<string, unknown>,
  options: RequestOptions = {},
): Promise<unknown> {
  const completion = await requestOperation(context, operationId, { body, ...options });
  checkChatCompletionInvariants(context, completion);
  return completion;
}

/**
 * Sends a streamed completion request and checks the stream every such check needs: content type, each chunk
 * against the operation's chunk schema and the stream's own rules (one id, created and finish_reason, `[DONE]`
 * last, usage when `stream_options.include_usage` asks for it). Returns the chunks (`undefined` when the stream
 * could not be read).
 */
export async function stream(
  context: CheckContext,
  operationId: CompletionOperation,
  body: Record<string, unknown>,
  options: RequestOptions = {},
): Promise<ChunkStream | undefined> {
  const response = await context.send(
    operationRequest(operationId, {
      body: { ...body, stream: true },
      accept: "text/event-stream",
      ...options,
    }),
  );
  return readChunkStream(context, response, {
    operationId,
    includeUsage: asksForUsage(body),
  });
}

/** `complete` on the chat endpoint. */
export function completeChat(
  context: CheckContext,
  body: Record<string, unknown>,
  options: RequestOptions = {},
): Promise<unknown> {
  return complete(context, chatOperation, body, options);
}

/** `stream` on the chat endpoint, and what the deltas add up to. Returns that accumulated completion. */
export async function streamChat(
  context: CheckContext,
  body: Record<string, unknown>,
  options: Pick<OperationCall, "mockExample"> = {},
): Promise<ReturnType<typeof accumulateChatStream> | undefined> {
  const chunks = await stream(context, chatOperation, body, options);
  return chunks && accumulateChatStream(context, chunks);
}
