import { createDeepSeekClient, retrieveFile } from "@deepseek-openapi/client";

const deepseek = createDeepSeekClient();

const file = await retrieveFile(deepseek, "file-api-7f3a9c");
console.log(file.filename, file.bytes, file.expires_at ?? "kept until deleted");
