import { createDeepSeekClient, createMessage } from "@deepseek-openapi/client";

// The client sends this to the Anthropic-format server, with the key in the header that endpoint reads.
const deepseek = createDeepSeekClient();

const stream = await createMessage(deepseek, REQUEST_BODY);

// Anthropic's named events; the stream ends with message_stop.
for await (const event of stream) {
  if (event.type === "content_block_delta") {
    if (event.delta.type === "thinking_delta")
      process.stderr.write(event.delta.thinking);
    if (event.delta.type === "text_delta")
      process.stdout.write(event.delta.text);
  }
  if (event.type === "message_delta") console.log("\nusage:", event.usage);
}
