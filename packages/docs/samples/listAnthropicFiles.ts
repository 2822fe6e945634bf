// The client has no Anthropic-format methods yet: this pages through GET /v1/files with fetch, typed by the
// spec's schemas.
import type { components } from "@deepseek-openapi/client";

type AnthropicFileList = components["schemas"]["AnthropicFileList"];

let afterId: string | null | undefined;
do {
  const query = new URLSearchParams({
    limit: "100",
    ...(afterId ? { after_id: afterId } : {}),
  });
  const response = await fetch(
    `https://api.deepseek.com/anthropic/v1/files?${query}`,
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
  const page = (await response.json()) as AnthropicFileList;
  for (const file of page.data)
    console.log(file.id, file.filename, file.created_at);
  afterId = page.has_more ? page.last_id : undefined;
} while (afterId);
