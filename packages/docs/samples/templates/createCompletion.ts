import { createDeepSeekClient } from "@deepseek-openapi/client";

// FIM is served on the beta base URL, which the client picks by itself.
const deepseek = createDeepSeekClient();

const completion = await deepseek.completions.create(REQUEST_BODY);

console.log(completion.choices[0]?.text);
