import {
  type ChatMessage,
  createDeepSeekClient,
  type Tool,
} from "@deepseek-openapi/client";

const deepseek = createDeepSeekClient();
const model = "deepseek-flash";

const tools: Tool[] = [
  {
    type: "function",
    function: {
      name: "get_weather",
      description: "The weather forecast for a city.",
      parameters: {
        type: "object",
        properties: { city: { type: "string" } },
        required: ["city"],
      },
    },
  },
];
const messages: ChatMessage[] = [
  { role: "user", content: "Will it rain in Hangzhou tomorrow?" },
];

const first = await deepseek.chat.completions.create({
  model,
  messages,
  tools,
});
const assistant = first.choices[0]?.message;
if (!assistant?.tool_calls?.length) throw new Error("expected a tool call");

// Thinking mode: send the assistant message back as received, WITH its
// reasoning_content and tool_calls, or DeepSeek answers 400.
messages.push({
  role: "assistant",
  content: assistant.content,
  reasoning_content: assistant.reasoning_content,
  tool_calls: assistant.tool_calls,
});
for (const call of assistant.tool_calls) {
  const { city } = JSON.parse(call.function.arguments) as { city: string };
  const forecast = JSON.stringify({ city, forecast: "light rain" });
  messages.push({ role: "tool", tool_call_id: call.id, content: forecast });
}

const second = await deepseek.chat.completions.create({
  model,
  messages,
  tools,
});
console.log(second.choices[0]?.message.content);
