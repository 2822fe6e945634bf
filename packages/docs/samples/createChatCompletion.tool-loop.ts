import { type ChatMessage, createDeepSeekClient, type Tool } from "@deepseek-openapi/client";

const deepseek = createDeepSeekClient();

const tools: Tool[] = [
  {
    type: "function",
    function: { name: "get_local_weather", description: "Tomorrow's forecast where the user is." },
  },
];
const messages: ChatMessage[] = [{ role: "user", content: "Will it rain here tomorrow?" }];

const first = await deepseek.chat.completions.create({ model: "deepseek-v4-flash", messages, tools });
const assistant = first.choices[0]?.message;
if (!assistant?.tool_calls?.length) throw new Error("expected a tool call");

// In thinking mode, send the assistant message back as received, WITH its reasoning_content and tool_calls:
// without reasoning_content DeepSeek answers 400.
messages.push({
  role: "assistant",
  content: assistant.content,
  reasoning_content: assistant.reasoning_content,
  tool_calls: assistant.tool_calls,
});
for (const call of assistant.tool_calls) {
  messages.push({ role: "tool", tool_call_id: call.id, content: JSON.stringify({ forecast: "light rain" }) });
}

const second = await deepseek.chat.completions.create({ model: "deepseek-v4-flash", messages, tools });
console.log(second.choices[0]?.message.content);
