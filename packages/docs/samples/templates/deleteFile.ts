import { createDeepSeekClient, deleteFile } from "@deepseek-openapi/client";

const deepseek = createDeepSeekClient();

const result = await deleteFile(deepseek, "file-api-7f3a9c");
console.log(result.id, result.deleted ? "deleted" : "not deleted");
