import {
  createDeepSeekClient,
  deleteAnthropicFile,
} from "@deepseek-openapi/client";

const deepseek = createDeepSeekClient();

const result = await deleteAnthropicFile(deepseek, "file-api-7f3a9c");
console.log(result.id, result.type);
