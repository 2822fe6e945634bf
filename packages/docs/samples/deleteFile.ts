// The client has no Files methods yet: this calls DELETE /files/{file_id} with fetch, typed by the spec's schemas.
import { type components, providerBaseURLs } from "@deepseek-openapi/client";

type FileDeleted = components["schemas"]["FileDeleted"];

const fileId = "file-api-7f3a9c";
const response = await fetch(
  `${providerBaseURLs.deepseek}/files/${encodeURIComponent(fileId)}`,
  {
    method: "DELETE",
    headers: { authorization: `Bearer ${process.env.DEEPSEEK_API_KEY}` },
  },
);
if (!response.ok)
  throw new Error(
    `DeepSeek answered ${response.status}: ${await response.text()}`,
  );

const result = (await response.json()) as FileDeleted;
console.log(result.id, result.deleted ? "deleted" : "not deleted");
