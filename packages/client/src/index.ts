export {
  type AnthropicMessageStream,
  createMessage,
  deleteAnthropicFile,
  listAnthropicFiles,
  retrieveAnthropicFile,
  uploadAnthropicFile,
} from "./anthropic.js";
export {
  type ChatCompletionStream,
  type CompletionStream,
  type CreateMethod,
  createDeepSeekClient,
  type DeepSeekClient,
  type DeepSeekClientOptions,
  type ProviderId,
} from "./client.js";
export { type CollectedChatCompletion, collectStream } from "./collect.js";
export { type CollectedMessage, collectMessage } from "./collect-message.js";
export { type ClientErrorType, DeepSeekError, type DeepSeekErrorDetails } from "./errors.js";
export { deleteFile, listFiles, retrieveFile, uploadFile } from "./files.js";
export type { Upload } from "./form.js";
export type { components, operations, paths } from "./generated/openapi.js";
export { betaBaseURL, providerBaseURLs } from "./generated/providers.js";
export type { CreateOperation } from "./operation.js";
export type { RequestOptions } from "./request.js";
export { type CollectedResponse, collectResponse, createResponse, type ResponseStream } from "./responses.js";
export { retryableStatuses } from "./retry.js";
export type { Stream } from "./stream.js";
export type * from "./types.js";
