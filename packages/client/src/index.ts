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
export { type ClientErrorType, DeepSeekError, type DeepSeekErrorDetails } from "./errors.js";
export type { components, operations, paths } from "./generated/openapi.js";
export { betaBaseURL, providerBaseURLs } from "./generated/providers.js";
export type { RequestOptions } from "./request.js";
export { retryableStatuses } from "./retry.js";
export type { Stream } from "./stream.js";
export type * from "./types.js";
