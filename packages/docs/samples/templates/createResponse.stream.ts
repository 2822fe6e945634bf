import { createDeepSeekClient, createResponse } from "@deepseek-openapi/client";

const deepseek = createDeepSeekClient();

const stream = await createResponse(deepseek, REQUEST_BODY);

// Named events, no `[DONE]`: the loop ends after response.completed,
// response.incomplete or response.failed.
for await (const event of stream) {
  if (event.type === "response.reasoning_text.delta")
    process.stderr.write(event.delta);
  if (event.type === "response.output_text.delta")
    process.stdout.write(event.delta);
  if (event.type === "response.completed")
    console.log("\nusage:", event.response.usage);
}
