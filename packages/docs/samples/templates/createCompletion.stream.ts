import { createDeepSeekClient } from "@deepseek-openapi/client";

// FIM is served on the beta base URL, which the client picks by itself.
const deepseek = createDeepSeekClient();

const stream = await deepseek.completions.create(REQUEST_BODY);

// The client parses the SSE framing and ends the loop at `data: [DONE]`.
for await (const chunk of stream) {
  const text = chunk.choices[0]?.text;
  if (text) process.stdout.write(text);
  // On the last chunk, when stream_options.include_usage is set.
  if (chunk.usage) console.log("\nusage:", chunk.usage);
}
