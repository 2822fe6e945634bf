// The contender under test: @deepseek-openapi/client (the built dist/, as published).
import { collectResponse, createDeepSeekClient, createResponse } from "../../dist/index.js";

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

export async function streamResponse(client) {
  const stream = await createResponse(client, {
    model: "deepseek-v4-flash",
    input: "Tell me a long story.",
    stream: true,
  });
  // The collector, as a program would use it: it assembles the output items too, beyond the two texts.
  const { reasoning, text } = await collectResponse(stream);
  return { reasoning, content: text };
}
