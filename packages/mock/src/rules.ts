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
    applies: (body) => Array.isArray(body.tools) && body.tools.length > 0,
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
  { operationId: "listModels", when: "`GET /models`", applies: () => true, json: "models-flash" },
  { operationId: "getUserBalance", when: "`GET /user/balance`", applies: () => true, json: "balance" },
];

/** The rule that answers a request of `operationId` with `body`; undefined for an operation without rules. */
export function selectRule(operationId: string, body: RequestBody): ExampleRule | undefined {
  return exampleRules.find((rule) => rule.operationId === operationId && rule.applies(body));
}
