/**
 * The request bodies the checks send. They are small and ask for short answers: a real provider bills them.
 * Thinking is disabled unless a check is about reasoning, so that `max_tokens` budgets go to the answer.
 */

const noThinking = { thinking: { type: "disabled" } } as const;

/** Whether a streamed request asks for a usage chunk (`stream_options.include_usage`). */
export function asksForUsage(body: Record<string, unknown>): boolean {
  return (body.stream_options as { include_usage?: unknown } | undefined)?.include_usage === true;
}

/** A request body: what the check sends, with the model it is run against. */
type RequestBody = Record<string, unknown>;

/** A builder of one kind of request body: `fields` for the model, and a check's `extra` fields over them. */
function requestBody(fields: RequestBody): (model: string, extra?: RequestBody) => RequestBody {
  return (model, extra = {}) => ({ model, ...fields, ...extra });
}

const simpleChatFields = {
  messages: [{ role: "user", content: "Say hello in one short sentence." }],
  max_tokens: 64,
  ...noThinking,
};

export const simpleChat = requestBody(simpleChatFields);

export const reasoningChat = requestBody({
  messages: [{ role: "user", content: "Which is greater, 9.11 or 9.8? Answer in one sentence." }],
  thinking: { type: "enabled" },
});

/** A prompt whose answer runs long, so that any small `max_tokens` cuts it. */
export const longAnswerChat = requestBody({
  ...simpleChatFields,
  messages: [{ role: "user", content: "Write a long essay about the sea." }],
});

const countingPrompt = "Count from 1 to 10, separated by commas, and nothing else.";

/** A prompt whose answer is known, so that a check can see where a stop sequence cut it. */
export const countingChat = requestBody({
  ...simpleChatFields,
  messages: [{ role: "user", content: countingPrompt }],
});

export const weatherTool = {
  type: "function",
  function: {
    name: "get_weather",
    description: "Get the current weather in a city.",
    parameters: {
      type: "object",
      properties: { city: { type: "string", description: "City name, e.g. Hangzhou" } },
      required: ["city"],
    },
  },
} as const;

export const toolCallChat = requestBody({
  messages: [{ role: "user", content: "How is the weather in Hangzhou? Use the tool." }],
  tools: [weatherTool],
  tool_choice: "auto",
  ...noThinking,
});

export const jsonModeChat = requestBody({
  messages: [
    { role: "system", content: 'Answer in JSON: {"question": string, "answer": string}.' },
    { role: "user", content: "Which is the longest river in the world?" },
  ],
  response_format: { type: "json_object" },
  max_tokens: 128,
  ...noThinking,
});

export const fimRequest = requestBody({
  prompt: "def fib(n):\n",
  suffix: "    return fib(n - 1) + fib(n - 2)\n",
  max_tokens: 64,
});

/** The assistant's prefix that chat prefix completion must continue: only a working prefix answers " 6, 7, …". */
export const countingPrefix = "1, 2, 3, 4, 5,";

export const prefixCompletionChat = requestBody({
  messages: [
    { role: "user", content: countingPrompt },
    { role: "assistant", content: countingPrefix, prefix: true },
  ],
  max_tokens: 32,
  ...noThinking,
});

export const responsesRequest = requestBody({
  input: "Say hello in one short sentence.",
  max_output_tokens: 64,
  reasoning: { effort: "none" },
});

export const anthropicMessageRequest = requestBody({
  max_tokens: 64,
  messages: [{ role: "user", content: "Say hello in one short sentence." }],
});

/** A 1×1 PNG: DeepSeek recognises an upload's type by its content, so the bytes must be a real image. */
export const uploadPng = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==",
  "base64",
);
export const uploadFilename = "contract-test.png";

export const uploadMediaType = "image/png";

/** The form of an Anthropic-format upload: the PNG alone. */
export function anthropicFileUploadForm(): FormData {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(uploadPng)], { type: uploadMediaType }), uploadFilename);
  return form;
}

/** The form of an upload to the Files API (`uploadFile`): the PNG, purpose `user_data`. */
export function fileUploadForm(): FormData {
  const form = anthropicFileUploadForm();
  form.append("purpose", "user_data");
  return form;
}
