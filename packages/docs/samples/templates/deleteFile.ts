import { createDeepSeekClient, deleteFile } from "@deepseek-openapi/client";

const deepseek = createDeepSeekClient();

const result = await deleteFile(deepseek, PATH_file_id);
console.log(result.id, result.deleted ? "deleted" : "not deleted");
