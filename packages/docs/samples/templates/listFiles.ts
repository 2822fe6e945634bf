import { createDeepSeekClient, listFiles } from "@deepseek-openapi/client";

const deepseek = createDeepSeekClient();

// Pages forward with `after`, the last ID of the page before.
let after: string | undefined;
do {
  const page = await listFiles(deepseek, { limit: 100, order: "desc", after });
  for (const file of page.data) console.log(file.id, file.filename, file.bytes);
  after = page.has_more ? (page.last_id ?? undefined) : undefined;
} while (after);
