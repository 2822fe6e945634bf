// The contender under test: @deepseek-openapi/client (the built dist/, as published).
import { createDeepSeekClient } from "../../dist/index.js";

export const name = "@deepseek-openapi/client";

export function connect(baseURL) {
  return createDeepSeekClient({ apiKey: "sk-bench", baseURL });
}

export async function streamChat(client) {
  const stream = await client.chat.completions.create({
    model: "deepseek-v4-flash",
    messages: [{ role: "user", content: "Tell me a long story." }],
    stream: true,
  });
  // The same loop as the other contenders: the same work, measured alike (collectStream would do this too).
  let reasoning = "";
  let content = "";
  for await (const chunk of stream) {
    const delta = chunk.choices[0]?.delta;
    reasoning += delta?.reasoning_content ?? "";
    content += delta?.content ?? "";
  }
  return { reasoning, content };
}

export function chat(client) {
  return client.chat.completions.create({
    model: "deepseek-v4-flash",
    messages: [{ role: "user", content: "Hi" }],
  });
}
