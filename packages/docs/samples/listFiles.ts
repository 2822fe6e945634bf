// The client has no Files methods yet: this pages through GET /files with fetch, typed by the spec's schemas.
import { type components, providerBaseURLs } from "@deepseek-openapi/client";

type FileList = components["schemas"]["FileList"];

let after: string | null | undefined;
do {
  const query = new URLSearchParams({
    limit: "100",
    order: "desc",
    ...(after ? { after } : {}),
  });
  const response = await fetch(`${providerBaseURLs.deepseek}/files?${query}`, {
    headers: { authorization: `Bearer ${process.env.DEEPSEEK_API_KEY}` },
  });
  if (!response.ok)
    throw new Error(
      `DeepSeek answered ${response.status}: ${await response.text()}`,
    );
  const page = (await response.json()) as FileList;
  for (const file of page.data) console.log(file.id, file.filename, file.bytes);
  after = page.has_more ? page.last_id : undefined;
} while (after);
