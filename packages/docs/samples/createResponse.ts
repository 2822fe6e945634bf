// The client has no Responses method yet: this calls POST /responses with fetch, typed by the spec's schemas.
import { type components, providerBaseURLs } from "@deepseek-openapi/client";

type ResponseRequest = components["schemas"]["ResponseRequest"];
type ResponseObject = components["schemas"]["ResponseObject"];

const request: ResponseRequest = {
  model: "deepseek-flash",
  instructions: "You are a helpful assistant.",
  input: "Hello!",
};
const response = await fetch(`${providerBaseURLs.deepseek}/responses`, {
  method: "POST",
  headers: {
    authorization: `Bearer ${process.env.DEEPSEEK_API_KEY}`,
    "content-type": "application/json",
  },
  body: JSON.stringify(request),
});
if (!response.ok)
  throw new Error(
    `DeepSeek answered ${response.status}: ${await response.text()}`,
  );

const result = (await response.json()) as ResponseObject;
for (const item of result.output) {
  // In thinking mode a reasoning item comes first, then the message.
  if (item.type === "reasoning")
    console.log("thinking:", item.content?.map((part) => part.text).join(""));
  if (item.type === "message")
    console.log(item.content.map((part) => part.text).join(""));
}
