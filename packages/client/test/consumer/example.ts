// What a user of the published package writes, type-checked with strict settings and run against
// @deepseek-openapi/mock by test/consumer.test.ts. It prints what it got as JSON.
import {
  type ChatMessage,
  collectStream,
  createDeepSeekClient,
  DeepSeekError,
  type ModelId,
} from "@deepseek-openapi/client";

const baseURL = process.argv[2];
const deepseek = createDeepSeekClient({ apiKey: "test", baseURL, maxRetries: 0, timeout: 10_000 });
const model: ModelId = "deepseek-v4-flash";
const messages: ChatMessage[] = [{ role: "user", content: "Hello" }];

const completion = await deepseek.chat.completions.create({ model, messages });
const answer: string | null | undefined = completion.choices[0]?.message.content;

const stream = await deepseek.chat.completions.create({ model, messages, stream: true });
let chunks = 0;
for await (const chunk of stream) {
  const piece: string | null | undefined = chunk.choices[0]?.delta.content;
  if (piece !== undefined) chunks++;
}
const again = await deepseek.chat.completions.create({ model, messages, stream: true });
const streamed = await collectStream(again);
messages.push(streamed.message);

// Optional request fields take `undefined` under exactOptionalPropertyTypes, as the client's own options do.
const settings: { temperature?: number | undefined; name?: string | undefined } = {};
await deepseek.chat.completions.create({
  model,
  messages: [{ role: "user", content: "Hello", name: settings.name }],
  temperature: settings.temperature,
  stream: false,
});
// @ts-expect-error a required field still refuses `undefined`
await deepseek.chat.completions.create({ model: settings.name, messages }).catch(() => undefined);
const fim = await deepseek.completions.create({
  model: "deepseek-v4-pro",
  prompt: "def fib(n):",
  suffix: "    return x",
  max_tokens: settings.temperature,
});
const models = await deepseek.models.list();
const balance = await deepseek.user.getBalance({ timeout: 5_000 });

let failure: { name: string; status: number | undefined } | undefined;
try {
  await deepseek.chat.completions.create({ model, messages: [] });
} catch (error) {
  if (error instanceof DeepSeekError) failure = { name: error.name, status: error.status };
}

console.log(
  JSON.stringify({
    answer,
    chunks,
    streamed: { content: streamed.content, finishReason: streamed.finishReason, usage: streamed.usage },
    fim: fim.choices[0]?.text,
    models: models.data.map((m) => m.id),
    balance: balance.is_available,
    failure,
  }),
);
