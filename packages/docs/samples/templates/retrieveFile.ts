import { createDeepSeekClient, retrieveFile } from "@deepseek-openapi/client";

const deepseek = createDeepSeekClient();

const file = await retrieveFile(deepseek, PATH_file_id);
console.log(file.filename, file.bytes, file.expires_at ?? "kept until deleted");
