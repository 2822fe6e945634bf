import {
  createDeepSeekClient,
  listAnthropicFiles,
} from "@deepseek-openapi/client";

const deepseek = createDeepSeekClient();

// Pages forward with `after_id`, the last ID of the page before.
let afterId: string | undefined;
do {
  const page = await listAnthropicFiles(deepseek, {
    limit: 100,
    after_id: afterId,
  });
  for (const file of page.data)
    console.log(file.id, file.filename, file.created_at);
  afterId = page.has_more ? (page.last_id ?? undefined) : undefined;
} while (afterId);
