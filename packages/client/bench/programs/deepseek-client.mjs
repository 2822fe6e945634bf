// The contender under test: @deepseek-openapi/client (the built dist/, as published).
import { collectResponse, createDeepSeekClient, createResponse } from "../../dist/index.js";

export { chat, streamChat } from "./chat-calls.mjs";

export const name = "@deepseek-openapi/client";

export function connect(baseURL) {
  return createDeepSeekClient({ apiKey: "sk-bench", baseURL });
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
