import { createDeepSeekClient, createResponse } from "@deepseek-openapi/client";

// Reads the API key from DEEPSEEK_API_KEY.
const deepseek = createDeepSeekClient();

const response = await createResponse(deepseek, REQUEST_BODY);

for (const item of response.output) {
  // In thinking mode a reasoning item comes first, then the message.
  if (item.type === "reasoning")
    console.log("thinking:", item.content?.map((part) => part.text).join(""));
  if (item.type === "message")
    console.log(item.content.map((part) => part.text).join(""));
}
console.log(response.usage);
