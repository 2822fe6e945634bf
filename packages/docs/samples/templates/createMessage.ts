import { createDeepSeekClient, createMessage } from "@deepseek-openapi/client";

// The client sends this to the Anthropic-format server, with the key in the header that endpoint reads.
const deepseek = createDeepSeekClient();

const message = await createMessage(deepseek, REQUEST_BODY);

// In a tool loop, send message.content back as it is: thinking blocks included (with or without signature).
for (const block of message.content) {
  if (block.type === "thinking") console.log("thinking:", block.thinking);
  if (block.type === "text") console.log(block.text);
}
console.log(message.model, message.usage);
