// The client has no Files methods yet: this uploads with fetch and FormData, typed by the spec's schemas.
import { readFile } from "node:fs/promises";
import { type components, providerBaseURLs } from "@deepseek-openapi/client";

type FileObject = components["schemas"]["FileObject"];

const form = new FormData();
form.append(
  "file",
  new Blob([await readFile("cat.png")], { type: "image/png" }),
  "cat.png",
);
form.append("purpose", "user_data");
// Optional: expire one day after the upload (3600 to 2592000 seconds); leave both out to keep the file.
form.append("expires_after[anchor]", "created_at");
form.append("expires_after[seconds]", "86400");

const response = await fetch(`${providerBaseURLs.deepseek}/files`, {
  method: "POST",
  headers: { authorization: `Bearer ${process.env.DEEPSEEK_API_KEY}` },
  body: form,
});
if (!response.ok)
  throw new Error(
    `DeepSeek answered ${response.status}: ${await response.text()}`,
  );

const file = (await response.json()) as FileObject;
console.log(file.id, file.bytes, file.expires_at);
