import { createDeepSeekClient, createMessage } from "@deepseek-openapi/client";

// Calls https://api.deepseek.com/anthropic/v1/messages with the key in x-api-key.
const deepseek = createDeepSeekClient();

const message = await createMessage(deepseek, {
  // A DeepSeek model ID; tools that send claude-* names work too: claude-opus* maps
  // to deepseek-v4-pro, claude-sonnet*, claude-haiku* and other names to deepseek-flash.
  model: "deepseek-flash",
  max_tokens: 1024,
  system: "You are a helpful assistant.",
  messages: [{ role: "user", content: "Hello!" }],
});

// In a tool loop, send message.content back as it is: thinking blocks included (with or without signature).
for (const block of message.content) {
  if (block.type === "thinking") console.log("thinking:", block.thinking);
  if (block.type === "text") console.log(block.text);
}
console.log(message.model, message.usage);
