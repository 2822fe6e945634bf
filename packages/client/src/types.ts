// The schemas people use, by name. All derived from the generated `components`: never restate a schema here.
import type { components } from "./generated/openapi.js";

type Schemas = components["schemas"];

export type ChatCompletion = Schemas["ChatCompletion"];
export type ChatCompletionChoice = Schemas["ChatCompletionChoice"];
export type ChatCompletionMessage = Schemas["ChatCompletionMessage"];
export type ChatCompletionChunk = Schemas["ChatCompletionChunk"];
export type ChatCompletionChunkChoice = Schemas["ChatCompletionChunkChoice"];
export type ChatCompletionDelta = Schemas["ChatCompletionDelta"];
export type ChatCompletionRequest = Schemas["ChatCompletionRequest"];
export type ChatMessage = Schemas["ChatMessage"];
export type SystemMessage = Schemas["SystemMessage"];
export type UserMessage = Schemas["UserMessage"];
export type UserContentPart = Schemas["UserContentPart"];
export type FileContentPart = Schemas["FileContentPart"];
/** The content of a user or tool message: text, or a list of content parts. */
export type MessageContent = Schemas["MessageContent"];
export type AssistantMessage = Schemas["AssistantMessage"];
export type ToolMessage = Schemas["ToolMessage"];
export type Tool = Schemas["Tool"];
export type FunctionDefinition = Schemas["FunctionDefinition"];
export type ToolChoice = Schemas["ToolChoice"];
export type ToolCall = Schemas["ToolCall"];
export type ToolCallDelta = Schemas["ToolCallDelta"];
export type FinishReason = Schemas["FinishReason"];
export type Usage = Schemas["Usage"];
export type Logprobs = Schemas["Logprobs"];
export type ErrorResponse = Schemas["ErrorResponse"];
export type Completion = Schemas["Completion"];
export type CompletionChunk = Schemas["CompletionChunk"];
export type CompletionRequest = Schemas["CompletionRequest"];
export type CompletionFinishReason = Schemas["CompletionFinishReason"];
export type Model = Schemas["Model"];
export type ModelList = Schemas["ModelList"];
export type UserBalance = Schemas["UserBalance"];
export type BalanceInfo = Schemas["BalanceInfo"];
export type Thinking = Schemas["Thinking"];
export type ReasoningEffort = Schemas["ReasoningEffort"];
export type ResponseFormat = Schemas["ResponseFormat"];
export type KnownModelId = Schemas["KnownModelId"];
/** A model ID: one of the `KnownModelId`s (with completion in editors) or any provider's own ID. */
export type ModelId = Schemas["ModelId"];
