// The client against @deepseek-openapi/mock, as an app's test suite would use the two: every operation, a stream
// read as it arrives, a tool call, FIM through the beta base URL.
import { type RunningMock, selectRule, startMock } from "@deepseek-openapi/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectStream, createDeepSeekClient, type DeepSeekClient } from "../src/index.js";
import type { ChatCompletion, Completion, ModelList, UserBalance } from "../src/types.js";
import { specExample } from "./support/examples.js";
import { readStreamPlainly } from "./support/sse.js";

let mock: RunningMock;
let deepseek: DeepSeekClient;
beforeAll(async () => {
  mock = await startMock({ pace: 2 });
  deepseek = createDeepSeekClient({ apiKey: "sk-mock-test", baseURL: mock.url, maxRetries: 0 });
}, 60_000);
afterAll(() => mock?.close());

const hello = { model: "deepseek-v4-flash", messages: [{ role: "user" as const, content: "Hello!" }] };
const weatherTool = {
  type: "function" as const,
  function: { name: "get_weather", parameters: { type: "object", properties: { city: { type: "string" } } } },
};

describe("the client against @deepseek-openapi/mock", () => {
  it("gets a chat completion", async () => {
    const completion = await deepseek.chat.completions.create(hello);
    expect(completion).toEqual(specExample<ChatCompletion>("basic-response"));
  });

  it("streams a chat completion in several chunks with text", async () => {
    const stream = await deepseek.chat.completions.create({ ...hello, stream: true });
    const texts: string[] = [];
    for await (const chunk of stream) {
      const text = chunk.choices[0]?.delta.content;
      if (text) texts.push(text);
    }
    const example = selectRule("createChatCompletion", { ...hello, stream: true })?.stream ?? "";
    const expected = readStreamPlainly(specExample<string>(example))
      .events.map((event) => event.choices[0]?.delta.content)
      .filter(Boolean);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(texts).toEqual(expected);
  });

  it("gets a tool call when it sends tools, and the final answer when it sends the tool's result", async () => {
    const stream = await deepseek.chat.completions.create({ ...hello, tools: [weatherTool], stream: true });
    const turn = await collectStream(stream);
    expect(turn.finishReason).toBe("tool_calls");
    expect(turn.message.tool_calls?.map((c) => [c.function.name, JSON.parse(c.function.arguments)])).toEqual([
      ["get_weather", { city: "Hangzhou" }],
    ]);
    const answer = await deepseek.chat.completions.create({
      ...hello,
      tools: [weatherTool],
      messages: [
        ...hello.messages,
        turn.message,
        {
          role: "tool",
          tool_call_id: turn.message.tool_calls?.[0]?.id ?? "",
          content: '{"temperature_c": 24}',
        },
      ],
    });
    expect(answer).toEqual(specExample<ChatCompletion>("tool-result-response"));
  });

  it("gets a FIM completion through the beta base URL", async () => {
    const beta = createDeepSeekClient({ apiKey: "sk-mock-test", baseURL: `${mock.url}/beta`, maxRetries: 0 });
    const completion = await beta.completions.create({ model: "deepseek-v4-pro", prompt: "def fib(n):\n" });
    expect(completion).toEqual(specExample<Completion>("fim-response"));
    expect(mock.exchanges.at(-1)).toMatchObject({ path: "/beta/completions", example: "fim-response" });
  });

  it("lists the models and reads the balance", async () => {
    expect(await deepseek.models.list()).toEqual(
      specExample<ModelList>(selectRule("listModels", {})?.json ?? ""),
    );
    expect(await deepseek.user.getBalance()).toEqual(specExample<UserBalance>("balance"));
  });
});
