import { createDeepSeekClient } from "@deepseek-openapi/client";

// Reads the API key from DEEPSEEK_API_KEY.
const deepseek = createDeepSeekClient();

const completion = await deepseek.chat.completions.create(REQUEST_BODY);

const message = completion.choices[0]?.message;
// The chain of thought: V4 models think by default.
console.log(message?.reasoning_content);
console.log(message?.content);
console.log(completion.usage);
