import {
  createDeepSeekClient,
  deleteAnthropicFile,
} from "@deepseek-openapi/client";

const deepseek = createDeepSeekClient();

const result = await deleteAnthropicFile(deepseek, PATH_file_id);
console.log(result.id, result.type);
