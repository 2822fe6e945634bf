import { createDeepSeekClient, DeepSeekError } from "@deepseek-openapi/client";

// The client itself retries network errors and 408, 409, 429, 500, 502, 503
// and 504 (with backoff, honouring Retry-After); the others are thrown at once.
const deepseek = createDeepSeekClient({ maxRetries: 3 });

try {
  const completion = await deepseek.chat.completions.create({
    model: "deepseek-flash",
    messages: [{ role: "user", content: "Hello!" }],
  });
  console.log(completion.choices[0]?.message.content);
} catch (error) {
  if (!(error instanceof DeepSeekError)) throw error;
  // 400 and 422: fix the request. 401: fix the key. 402: top up the balance.
  // Quote the request ID (the x-ds-trace-id header) when you report a problem.
  console.error(error.status, error.type, error.message, error.requestId);
}
