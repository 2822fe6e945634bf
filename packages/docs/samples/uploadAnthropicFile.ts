// The client has no Anthropic-format methods yet: this uploads with fetch and FormData, typed by the spec's schemas.
import { readFile } from "node:fs/promises";
import type { components } from "@deepseek-openapi/client";

type AnthropicFileObject = components["schemas"]["AnthropicFileObject"];

const form = new FormData();
form.append(
  "file",
  new Blob([await readFile("cat.png")], { type: "image/png" }),
  "cat.png",
);

const response = await fetch("https://api.deepseek.com/anthropic/v1/files", {
  method: "POST",
  headers: {
    "x-api-key": process.env.DEEPSEEK_API_KEY ?? "",
    "anthropic-beta": "files-api-2025-04-14",
  },
  body: form,
});
if (!response.ok)
  throw new Error(
    `DeepSeek answered ${response.status}: ${await response.text()}`,
  );

const file = (await response.json()) as AnthropicFileObject;
// Use it in an image block: {"type": "image", "source": {"type": "file", "file_id": file.id}}.
console.log(file.id, file.size_bytes, file.mime_type);
