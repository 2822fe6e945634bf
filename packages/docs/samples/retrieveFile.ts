// The client has no Files methods yet: this calls GET /files/{file_id} with fetch, typed by the spec's schemas.
import { type components, providerBaseURLs } from "@deepseek-openapi/client";

type FileObject = components["schemas"]["FileObject"];

const fileId = "file-api-7f3a9c";
const response = await fetch(
  `${providerBaseURLs.deepseek}/files/${encodeURIComponent(fileId)}`,
  {
    headers: { authorization: `Bearer ${process.env.DEEPSEEK_API_KEY}` },
  },
);
if (!response.ok)
  throw new Error(
    `DeepSeek answered ${response.status}: ${await response.text()}`,
  );

const file = (await response.json()) as FileObject;
console.log(file.filename, file.bytes, file.expires_at ?? "kept until deleted");
