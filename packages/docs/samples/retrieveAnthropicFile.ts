// The client has no Anthropic-format methods yet: this calls GET /v1/files/{file_id} with fetch, typed by the
// spec's schemas.
import type { components } from "@deepseek-openapi/client";

type AnthropicFileObject = components["schemas"]["AnthropicFileObject"];

const fileId = "file-api-7f3a9c";
const response = await fetch(
  `https://api.deepseek.com/anthropic/v1/files/${encodeURIComponent(fileId)}`,
  {
    headers: {
      "x-api-key": process.env.DEEPSEEK_API_KEY ?? "",
      "anthropic-beta": "files-api-2025-04-14",
    },
  },
);
if (!response.ok)
  throw new Error(
    `DeepSeek answered ${response.status}: ${await response.text()}`,
  );

const file = (await response.json()) as AnthropicFileObject;
console.log(file.filename, file.size_bytes, file.mime_type, file.created_at);
