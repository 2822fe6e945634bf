import { createDeepSeekClient } from "@deepseek-openapi/client";

// FIM is served on the beta base URL, which the client picks by itself.
const deepseek = createDeepSeekClient();

const completion = await deepseek.completions.create({
  model: "deepseek-v4-pro",
  prompt: "def fib(n):\n",
  suffix: "    return fib(n - 1) + fib(n - 2)\n",
  max_tokens: 128,
});

console.log(completion.choices[0]?.text);
