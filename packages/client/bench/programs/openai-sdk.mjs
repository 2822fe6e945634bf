// The reference SDK: openai, pointed at the same server.
import OpenAI from "openai";
import { VERSION } from "openai/version";

export const name = `openai ${VERSION}`;

export function connect(baseURL) {
  return new OpenAI({ apiKey: "sk-bench", baseURL });
}

export async function streamChat(client) {
  const stream = await client.chat.completions.create({
    model: "deepseek-v4-flash",
    messages: [{ role: "user", content: "Tell me a long story." }],
    stream: true,
  });
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
