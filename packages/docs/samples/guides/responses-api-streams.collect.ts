import {
  collectResponse,
  createDeepSeekClient,
  createResponse,
} from "@deepseek-openapi/client";

const deepseek = createDeepSeekClient();

const stream = await createResponse(deepseek, {
  model: "deepseek-v4-pro",
  input: "9.11 and 9.8, which is greater?",
  stream: true,
});

// Reads the stream to its end; a response.failed event throws a DeepSeekError.
const result = await collectResponse(stream);
console.log(result.reasoning);
console.log(result.text, result.status, result.usage);
// For the next turn, send result.output back in `input` (reasoning included).
