import { readFile } from "node:fs/promises";
import {
  createDeepSeekClient,
  uploadAnthropicFile,
} from "@deepseek-openapi/client";

const deepseek = createDeepSeekClient();

// The client sends the anthropic-beta header the Files API requires.
const image = new File([await readFile("image.png")], "image.png", {
  type: "image/png",
});
const file = await uploadAnthropicFile(deepseek, REQUEST_BODY);
// Use it in an image block: {"type": "image", "source": {"type": "file", "file_id": file.id}}.
console.log(file.id, file.size_bytes, file.mime_type);
