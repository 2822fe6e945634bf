// The schemas people use, by name. All derived from the generated `components`: never restate a schema here.
import type { components, operations } from "./generated/openapi.js";

type Schemas = components["schemas"];

/**
 * What a caller sends: every optional field (at any depth) also takes `undefined`, as the client's options do, so
 * that `temperature: options.temperature` compiles under `exactOptionalPropertyTypes`. JSON leaves it out.
 */
type Sendable<T> = unknown extends T // free-form JSON (a tool's `input`) stays as it is
  ? T
  : T extends string | number | boolean | null
    ? T
    : T extends readonly (infer Item)[]
      ? Sendable<Item>[]
      : {
          [K in keyof T]: Partial<Pick<T, K>> extends Pick<T, K>
            ? Sendable<T[K]> | undefined
            : Sendable<T[K]>;
        };

export type ChatCompletion = Schemas["ChatCompletion"];
export type ChatCompletionChoice = Schemas["ChatCompletionChoice"];
export type ChatCompletionMessage = Schemas["ChatCompletionMessage"];
export type ChatCompletionChunk = Schemas["ChatCompletionChunk"];
export type ChatCompletionChunkChoice = Schemas["ChatCompletionChunkChoice"];
export type ChatCompletionDelta = Schemas["ChatCompletionDelta"];
export type ChatCompletionRequest = Sendable<Schemas["ChatCompletionRequest"]>;
export type ChatMessage = Sendable<Schemas["ChatMessage"]>;
export type SystemMessage = Sendable<Schemas["SystemMessage"]>;
export type UserMessage = Sendable<Schemas["UserMessage"]>;
export type UserContentPart = Sendable<Schemas["UserContentPart"]>;
export type FileContentPart = Sendable<Schemas["FileContentPart"]>;
/** The content of a user or tool message: text, or a list of content parts. */
export type MessageContent = Sendable<Schemas["MessageContent"]>;
export type AssistantMessage = Sendable<Schemas["AssistantMessage"]>;
export type ToolMessage = Sendable<Schemas["ToolMessage"]>;
export type Tool = Sendable<Schemas["Tool"]>;
export type FunctionDefinition = Sendable<Schemas["FunctionDefinition"]>;
export type ToolChoice = Sendable<Schemas["ToolChoice"]>;
export type ToolCall = Schemas["ToolCall"];
export type ToolCallDelta = Schemas["ToolCallDelta"];
export type FinishReason = Schemas["FinishReason"];
export type Usage = Schemas["Usage"];
export type Logprobs = Schemas["Logprobs"];
export type ErrorResponse = Schemas["ErrorResponse"];
export type Completion = Schemas["Completion"];
export type CompletionChunk = Schemas["CompletionChunk"];
export type CompletionRequest = Sendable<Schemas["CompletionRequest"]>;
export type CompletionFinishReason = Schemas["CompletionFinishReason"];
export type Model = Schemas["Model"];
export type ModelList = Schemas["ModelList"];
export type UserBalance = Schemas["UserBalance"];
export type BalanceInfo = Schemas["BalanceInfo"];
export type Thinking = Sendable<Schemas["Thinking"]>;
export type ReasoningEffort = Schemas["ReasoningEffort"];
export type ResponseFormat = Sendable<Schemas["ResponseFormat"]>;
export type KnownModelId = Schemas["KnownModelId"];
/** A model ID: one of the `KnownModelId`s (with completion in editors) or any provider's own ID. */
export type ModelId = Schemas["ModelId"];
export type ResponseRequest = Sendable<Schemas["ResponseRequest"]>;
export type ResponseObject = Schemas["ResponseObject"];
export type ResponseStreamEvent = Schemas["ResponseStreamEvent"];
export type ResponseOutputItem = Schemas["ResponseOutputItem"];
export type ResponseInputItem = Sendable<Schemas["ResponseInputItem"]>;
export type ResponseFunctionCall = Schemas["ResponseFunctionCall"];
export type ResponseUsage = Schemas["ResponseUsage"];
export type FileObject = Schemas["FileObject"];
export type FileList = Schemas["FileList"];
export type FileDeleted = Schemas["FileDeleted"];
export type FileUploadRequest = Sendable<Schemas["FileUploadRequest"]>;
export type FileListQuery = Sendable<NonNullable<operations["listFiles"]["parameters"]["query"]>>;
export type AnthropicMessageRequest = Sendable<Schemas["AnthropicMessageRequest"]>;
export type AnthropicMessage = Schemas["AnthropicMessage"];
export type AnthropicMessageParam = Sendable<Schemas["AnthropicMessageParam"]>;
export type AnthropicContentBlock = Schemas["AnthropicContentBlock"];
export type AnthropicStreamEvent = Schemas["AnthropicStreamEvent"];
export type AnthropicUsage = Schemas["AnthropicUsage"];
export type AnthropicFileObject = Schemas["AnthropicFileObject"];
export type AnthropicFileList = Schemas["AnthropicFileList"];
export type AnthropicFileDeleted = Schemas["AnthropicFileDeleted"];
export type AnthropicFileListQuery = Sendable<
  NonNullable<operations["listAnthropicFiles"]["parameters"]["query"]>
>;
