import { createDeepSeekClient } from "@deepseek-openapi/client";

const deepseek = createDeepSeekClient();

const stream = await deepseek.chat.completions.create(REQUEST_BODY);

// The client parses the SSE framing, skips `: keep-alive` comments
// and ends the loop at `data: [DONE]`.
for await (const chunk of stream) {
  const delta = chunk.choices[0]?.delta;
  // Thinking mode: the reasoning streams first, then the answer.
  if (delta?.reasoning_content) process.stderr.write(delta.reasoning_content);
  if (delta?.content) process.stdout.write(delta.content);
  // On the last chunk, or on an extra chunk with no choices.
  if (chunk.usage) console.log("\nusage:", chunk.usage);
}
