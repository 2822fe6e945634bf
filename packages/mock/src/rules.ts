import { findOperation, loadBundledSpec, operationServer } from "@deepseek-openapi/spec";
import { serverBasePath } from "./base-paths.js";

/** The JSON body of a request, as the mock reads it to choose an answer (`{}` when there is none). */
export type RequestBody = Readonly<Record<string, unknown>>;

/**
 * One rule of example selection: when a request of `operationId` matches, the mock answers with the spec's named
 * example `json` (or `stream`, when the body has `"stream": true`). The rules of an operation are tried in order; the
 * first that applies wins, and the last applies always.
 */
export interface ExampleRule {
  readonly operationId: string;
  /** When the rule applies, in words (Markdown): the README's table shows it. */
  readonly when: string;
  readonly applies: (body: RequestBody) => boolean;
  /** The named example of the 200 answer as JSON. */
  readonly json: string;
  /** The named example of the 200 answer as an event stream; absent for operations that do not stream. */
  readonly stream?: string;
  /** Why `stream` is only the closest example the spec has, when it is. */
  readonly streamNote?: string;
  /** A request this rule answers, for the tests: a named request example of the spec, with fields replaced. */
  readonly sample?: { readonly example: string; readonly with?: RequestBody };
}

const messages = (body: RequestBody): readonly Record<string, unknown>[] =>
  Array.isArray(body.messages) ? (body.messages as Record<string, unknown>[]) : [];
const field = (value: unknown, key: string): unknown =>
  typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
const thinkingType = (body: RequestBody) => field(body.thinking, "type");
const offersTools = (body: RequestBody) => Array.isArray(body.tools) && body.tools.length > 0;
/** The Responses API's `input` items (text `input` has none). */
const inputItems = (body: RequestBody): readonly unknown[] => (Array.isArray(body.input) ? body.input : []);
/** The content blocks of an Anthropic message (text content has none). */
const blocks = (message: unknown): readonly unknown[] => {
  const content = field(message, "content");
  return Array.isArray(content) ? content : [];
};
const spec = loadBundledSpec();
/** How a request of the operation is sent, under its server's base path: `` `GET /anthropic/v1/files` ``. */
function requestLine(operationId: string): string {
  const operation = findOperation(spec, operationId);
  const base = serverBasePath(operationServer(spec, operation));
  return `\`${operation.method.toUpperCase()} ${base}${operation.path}\``;
}
/** One rule for an operation that answers every request with the same example; `when` is its request line. */
const always = (operationId: string, json: string, when = requestLine(operationId)): ExampleRule => ({
  operationId,
  when,
  applies: () => true,
  json,
});

/** The example-selection rules, in the order they are tried. `Prefer: example=` and `Prefer: code=` come first. */
export const exampleRules: readonly ExampleRule[] = [
  {
    operationId: "createChatCompletion",
    when: "the last message is a `tool` result",
    applies: (body) => messages(body).at(-1)?.role === "tool",
    json: "tool-result-response",
    stream: "stream-text",
    streamNote: "the spec has no streamed answer to a tool result",
    sample: { example: "tool-result-request" },
  },
  {
    operationId: "createChatCompletion",
    when: "`tools` are offered",
    applies: offersTools,
    json: "tool-call-response",
    stream: "stream-tool-call",
    sample: { example: "tool-call-request" },
  },
  {
    operationId: "createChatCompletion",
    when: "the last message is an assistant `prefix`",
    applies: (body) => {
      const last = messages(body).at(-1);
      return last?.role === "assistant" && last.prefix === true;
    },
    json: "prefix-completion-response",
    stream: "stream-text",
    streamNote: "the spec has no streamed prefix completion",
    sample: { example: "prefix-completion-request" },
  },
  {
    operationId: "createChatCompletion",
    when: "`response_format.type` is `json_object`",
    applies: (body) => field(body.response_format, "type") === "json_object",
    json: "json-mode-response",
    stream: "stream-text",
    streamNote: "the spec has no streamed JSON-mode answer",
    sample: { example: "json-mode-request" },
  },
  {
    operationId: "createChatCompletion",
    when: "`logprobs` is `true`",
    applies: (body) => body.logprobs === true,
    json: "logprobs-response",
    stream: "stream-text",
    streamNote: "the spec has no streamed answer with logprobs",
    sample: { example: "logprobs-request" },
  },
  {
    operationId: "createChatCompletion",
    when: "`thinking.type` is `disabled`, or the model is `deepseek-chat`",
    applies: (body) => thinkingType(body) === "disabled" || body.model === "deepseek-chat",
    json: "non-thinking-response",
    stream: "stream-text",
    sample: { example: "basic-request", with: { thinking: { type: "disabled" } } },
  },
  {
    operationId: "createChatCompletion",
    when: "`thinking.type` is `enabled`, `reasoning_effort` is set, or the model is `deepseek-reasoner`",
    applies: (body) =>
      thinkingType(body) === "enabled" ||
      body.reasoning_effort !== undefined ||
      body.model === "deepseek-reasoner",
    json: "reasoning-response",
    stream: "stream-reasoning",
    sample: { example: "reasoning-request" },
  },
  {
    operationId: "createChatCompletion",
    when: "any other chat request (V4 models think by default)",
    applies: () => true,
    json: "basic-response",
    stream: "stream-text",
    streamNote: "the spec's streamed greeting has no `reasoning_content`",
    sample: { example: "basic-request" },
  },
  {
    operationId: "createCompletion",
    when: "a FIM request with `logprobs`",
    applies: (body) => typeof body.logprobs === "number",
    json: "fim-logprobs-response",
    stream: "fim-stream",
    streamNote: "the spec has no streamed FIM answer with logprobs",
    sample: { example: "fim-request", with: { logprobs: 2 } },
  },
  {
    operationId: "createCompletion",
    when: "any other FIM request",
    applies: () => true,
    json: "fim-response",
    stream: "fim-stream",
    sample: { example: "fim-request" },
  },
  always("listModels", "models-flash"),
  always("getUserBalance", "balance"),
  {
    operationId: "createResponse",
    when: "the last `input` item is a `function_call_output`",
    applies: (body) => field(inputItems(body).at(-1), "type") === "function_call_output",
    json: "responses-basic-response",
    stream: "responses-stream-text",
    streamNote: "the spec has no answer to a tool result",
    sample: { example: "responses-tool-result-request" },
  },
  {
    operationId: "createResponse",
    when: "`tools` are offered",
    applies: offersTools,
    json: "responses-tool-call-response",
    stream: "responses-stream-tool-call",
    sample: { example: "responses-tool-call-request" },
  },
  {
    operationId: "createResponse",
    when: "`text.format.type` is `json_schema`",
    applies: (body) => field(field(body.text, "format"), "type") === "json_schema",
    json: "responses-json-schema-response",
    stream: "responses-stream-text",
    streamNote: "the spec has no streamed structured output",
    sample: { example: "responses-json-schema-request" },
  },
  {
    operationId: "createResponse",
    when: "any other Responses request",
    applies: () => true,
    json: "responses-basic-response",
    stream: "responses-stream-text",
    sample: { example: "responses-basic-request" },
  },
  {
    operationId: "uploadFile",
    when: "the form has `expires_after[anchor]` and `expires_after[seconds]`",
    applies: (body) =>
      body["expires_after[anchor]"] !== undefined && body["expires_after[seconds]"] !== undefined,
    json: "file-object-expiring",
    sample: { example: "file-upload-expiring-request" },
  },
  { ...always("uploadFile", "file-object", "any other upload"), sample: { example: "file-upload-request" } },
  always("listFiles", "file-list"),
  always("retrieveFile", "file-object"),
  always("deleteFile", "file-deleted"),
  {
    operationId: "createMessage",
    when: "the last message has a `tool_result` block",
    applies: (body) => blocks(messages(body).at(-1)).some((block) => field(block, "type") === "tool_result"),
    json: "anthropic-basic-response",
    stream: "anthropic-stream-text",
    streamNote: "the spec has no answer to a tool result",
    sample: { example: "anthropic-tool-result-request" },
  },
  {
    operationId: "createMessage",
    when: "`tools` are offered",
    applies: offersTools,
    json: "anthropic-tool-call-response",
    stream: "anthropic-stream-tool-use",
    sample: { example: "anthropic-tool-call-request" },
  },
  {
    operationId: "createMessage",
    when: "any other Anthropic Messages request",
    applies: () => true,
    json: "anthropic-basic-response",
    stream: "anthropic-stream-text",
    sample: { example: "anthropic-basic-request" },
  },
  {
    ...always("uploadAnthropicFile", "anthropic-file-object"),
    sample: { example: "anthropic-file-upload-request" },
  },
  always("listAnthropicFiles", "anthropic-file-list"),
  always("retrieveAnthropicFile", "anthropic-file-object"),
  always("deleteAnthropicFile", "anthropic-file-deleted"),
];

/** The rule that answers a request of `operationId` with `body`; undefined for an operation without rules. */
export function selectRule(operationId: string, body: RequestBody): ExampleRule | undefined {
  return exampleRules.find((rule) => rule.operationId === operationId && rule.applies(body));
}
