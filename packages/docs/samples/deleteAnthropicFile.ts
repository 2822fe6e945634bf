// The client has no Anthropic-format methods yet: this calls DELETE /v1/files/{file_id} with fetch, typed by the
// spec's schemas.
import type { components } from "@deepseek-openapi/client";

type AnthropicFileDeleted = components["schemas"]["AnthropicFileDeleted"];

const fileId = "file-api-7f3a9c";
const response = await fetch(
  `https://api.deepseek.com/anthropic/v1/files/${encodeURIComponent(fileId)}`,
  {
    method: "DELETE",
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

const result = (await response.json()) as AnthropicFileDeleted;
console.log(result.id, result.type);
