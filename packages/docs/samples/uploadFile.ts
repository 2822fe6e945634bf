import { readFile } from "node:fs/promises";
import { createDeepSeekClient, uploadFile } from "@deepseek-openapi/client";

const deepseek = createDeepSeekClient();

// A Blob or a File (a File keeps its own name); sent as multipart/form-data.
const image = new Blob([await readFile("cat.png")], { type: "image/png" });
const file = await uploadFile(deepseek, {
  file: image,
  filename: "cat.png",
  purpose: "user_data",
  // Optional: expire one day after the upload (3600 to 2592000 seconds); leave both out to keep the file.
  "expires_after[anchor]": "created_at",
  "expires_after[seconds]": 86400,
});
console.log(file.id, file.bytes, file.expires_at);
