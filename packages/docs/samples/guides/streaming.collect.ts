import { collectStream, createDeepSeekClient } from "@deepseek-openapi/client";

const deepseek = createDeepSeekClient();

const stream = await deepseek.chat.completions.create({
  model: "deepseek-v4-pro",
  messages: [{ role: "user", content: "9.11 and 9.8, which is greater?" }],
  stream: true,
});

// Merges the chunks into one result: text, reasoning, tool calls
// (joined by index), finish reason and usage.
const result = await collectStream(stream);
console.log(result.reasoningContent);
console.log(result.content, result.finishReason, result.usage);
