import { createDeepSeekClient } from "@deepseek-openapi/client";

const deepseek = createDeepSeekClient();

const stream = await deepseek.chat.completions.create({
  model: "deepseek-v4-flash",
  messages: [{ role: "user", content: "Write a haiku about the sea." }],
  stream: true,
  stream_options: { include_usage: true },
});

// The client parses the SSE framing, skips `: keep-alive` comments and stops at `data: [DONE]`.
for await (const chunk of stream) {
  const delta = chunk.choices[0]?.delta;
  if (delta?.reasoning_content) process.stderr.write(delta.reasoning_content); // thinking comes first
  if (delta?.content) process.stdout.write(delta.content);
  if (chunk.usage) console.log("\nusage:", chunk.usage); // on the last chunk, or on an extra one with no choices
}
