import { readFile } from "node:fs/promises";
import { createDeepSeekClient, uploadFile } from "@deepseek-openapi/client";

const deepseek = createDeepSeekClient();

// A File keeps its name (a Blob takes a `filename`); sent as multipart/form-data.
const image = new File([await readFile("image.png")], "image.png", {
  type: "image/png",
});
const file = await uploadFile(deepseek, REQUEST_BODY);
// Use it in a message: {"type": "file", "file_id": file.id} in chat, or an input_image in Responses.
console.log(file.id, file.bytes, file.expires_at ?? "kept until deleted");
