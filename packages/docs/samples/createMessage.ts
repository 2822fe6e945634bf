// The client has no Anthropic-format methods yet: this calls POST /v1/messages with fetch, typed by the spec's
// schemas. Tools built for Anthropic's API only need their base URL set to the one below.
import type { components } from "@deepseek-openapi/client";

type AnthropicMessageRequest = components["schemas"]["AnthropicMessageRequest"];
type AnthropicMessage = components["schemas"]["AnthropicMessage"];

const request: AnthropicMessageRequest = {
  model: "deepseek-flash",
  max_tokens: 1024,
  system: "You are a helpful assistant.",
  messages: [{ role: "user", content: "Hello!" }],
};
const response = await fetch("https://api.deepseek.com/anthropic/v1/messages", {
  method: "POST",
  headers: {
    "x-api-key": process.env.DEEPSEEK_API_KEY ?? "",
    "content-type": "application/json",
  },
  body: JSON.stringify(request),
});
if (!response.ok)
  throw new Error(
    `DeepSeek answered ${response.status}: ${await response.text()}`,
  );

const message = (await response.json()) as AnthropicMessage;
// In a tool loop, send message.content back as it is: thinking blocks included (with or without signature).
for (const block of message.content) {
  if (block.type === "thinking") console.log("thinking:", block.thinking);
  if (block.type === "text") console.log(block.text);
}
