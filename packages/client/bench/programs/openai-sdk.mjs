// The reference SDK: openai, pointed at the same server.
import OpenAI from "openai";
import { VERSION } from "openai/version";

export { chat, streamChat } from "./chat-calls.mjs";

export const name = `openai ${VERSION}`;

export function connect(baseURL) {
  return new OpenAI({ apiKey: "sk-bench", baseURL });
}
