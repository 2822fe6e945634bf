import {
  createDeepSeekClient,
  retrieveAnthropicFile,
} from "@deepseek-openapi/client";

const deepseek = createDeepSeekClient();

const file = await retrieveAnthropicFile(deepseek, "file-api-7f3a9c");
console.log(file.filename, file.size_bytes, file.mime_type, file.created_at);
