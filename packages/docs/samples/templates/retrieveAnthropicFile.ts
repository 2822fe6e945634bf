import {
  createDeepSeekClient,
  retrieveAnthropicFile,
} from "@deepseek-openapi/client";

const deepseek = createDeepSeekClient();

const file = await retrieveAnthropicFile(deepseek, PATH_file_id);
console.log(file.filename, file.size_bytes, file.mime_type, file.created_at);
