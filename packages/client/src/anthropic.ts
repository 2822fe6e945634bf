import { type Upload, uploadForm } from "./form.js";
import { anthropicBaseURL, anthropicFilesBeta } from "./generated/providers.js";
import { namedEventStream } from "./named-stream.js";
import { type CreateOperation, callOperation, fileIdParams, type OperationCall } from "./operation.js";
import type { RequestOptions } from "./request.js";
import type { Stream } from "./stream.js";
import type {
  AnthropicFileDeleted,
  AnthropicFileList,
  AnthropicFileListQuery,
  AnthropicFileObject,
  AnthropicMessage,
  AnthropicMessageRequest,
  AnthropicStreamEvent,
} from "./types.js";

export type AnthropicMessageStream = Stream<AnthropicStreamEvent>;

const messageEvents = namedEventStream(["message_stop"]);

/** `POST /v1/messages` (Anthropic format, with the key in `x-api-key`); with `stream: true` a `Stream` of its events. */
export const createMessage = (async (
  client: object,
  request: AnthropicMessageRequest,
  options?: RequestOptions,
) =>
  callOperation(
    client,
    { method: "POST", path: "/v1/messages", server: anthropicBaseURL, body: request, anthropic: true },
    options,
    request?.stream === true && messageEvents,
  )) as CreateOperation<AnthropicMessageRequest, AnthropicMessage, AnthropicStreamEvent>;

/** A call of the Anthropic-format Files API, which requires its `anthropic-beta` header. */
function filesCall(call: Omit<OperationCall, "server" | "path">, path = "/v1/files"): OperationCall {
  return {
    ...call,
    path,
    server: anthropicBaseURL,
    anthropic: true,
    headers: { "anthropic-beta": anthropicFilesBeta },
  };
}

/** A call of one file of the Anthropic-format Files API, by its ID. */
function fileCall(method: "GET" | "DELETE", fileId: string): OperationCall {
  return filesCall({ method, params: fileIdParams(fileId) }, "/v1/files/{file_id}");
}

/** `POST /v1/files` (Anthropic format): uploads a `Blob` or `File` (an image) for image blocks with a `file` source. */
export async function uploadAnthropicFile(
  client: object,
  upload: Upload<{ file: unknown }>,
  options?: RequestOptions,
): Promise<AnthropicFileObject> {
  return callOperation(client, filesCall({ method: "POST", body: uploadForm(upload) }), options);
}

/** `GET /v1/files` (Anthropic format): one page of the API key's files. */
export async function listAnthropicFiles(
  client: object,
  query?: AnthropicFileListQuery,
  options?: RequestOptions,
): Promise<AnthropicFileList> {
  return callOperation(client, filesCall({ method: "GET", params: { query } }), options);
}

/** `GET /v1/files/{file_id}` (Anthropic format). */
export async function retrieveAnthropicFile(
  client: object,
  fileId: string,
  options?: RequestOptions,
): Promise<AnthropicFileObject> {
  return callOperation(client, fileCall("GET", fileId), options);
}

/** `DELETE /v1/files/{file_id}` (Anthropic format). */
export async function deleteAnthropicFile(
  client: object,
  fileId: string,
  options?: RequestOptions,
): Promise<AnthropicFileDeleted> {
  return callOperation(client, fileCall("DELETE", fileId), options);
}
