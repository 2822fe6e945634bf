// The AI SDK (`ai` + `@ai-sdk/deepseek`) pointed at the mock.
import { createDeepSeek } from "@ai-sdk/deepseek";
import { generateText, jsonSchema, streamText, tool } from "ai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningMock, startMock } from "../src/index.js";
import { exampleValue, ruleExample, streamedContent } from "./support/spec.js";

type Completion = { choices: { message: { content: string; reasoning_content?: string } }[] };

let mock: RunningMock;
let deepseek: ReturnType<typeof createDeepSeek>;
beforeAll(async () => {
  mock = await startMock({ pace: 2 });
  deepseek = createDeepSeek({ baseURL: mock.url, apiKey: "sk-mock-test" });
});
afterAll(() => mock?.close());

const weather = {
  get_weather: tool({
    description: "Get the current weather in a city.",
    inputSchema: jsonSchema<{ city: string }>({
      type: "object",
      properties: { city: { type: "string" } },
      required: ["city"],
    }),
  }),
};

describe("the AI SDK against the mock", () => {
  it("generateText gets the answer and its reasoning", async () => {
    const result = await generateText({
      model: deepseek("deepseek-v4-flash"),
      prompt: "Hello!",
      maxRetries: 0,
    });
    const message = exampleValue<Completion>("basic-response").choices[0]?.message;
    expect(result.text).toBe(message?.content);
    expect(result.reasoningText).toBe(message?.reasoning_content);
    expect(result.finishReason).toBe("stop");
  });

  it("streamText streams the text in several parts and finishes with stop", async () => {
    const result = streamText({ model: deepseek("deepseek-v4-flash"), prompt: "Hello!", maxRetries: 0 });
    const parts: string[] = [];
    for await (const part of result.textStream) parts.push(part);
    const expected = streamedContent(ruleExample("createChatCompletion", { stream: true }));
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(parts.filter((p) => p !== "")).toEqual(expected);
    expect(await result.finishReason).toBe("stop");
  });

  it("generateText with tools gets the tool call", async () => {
    const result = await generateText({
      model: deepseek("deepseek-v4-flash"),
      prompt: "How is the weather in Hangzhou?",
      tools: weather,
      maxRetries: 0,
    });
    expect(result.finishReason).toBe("tool-calls");
    expect(result.toolCalls.map((c) => ({ name: c.toolName, input: c.input }))).toEqual([
      { name: "get_weather", input: { city: "Hangzhou" } },
    ]);
  });

  it("streamText with tools streams the tool call", async () => {
    const result = streamText({
      model: deepseek("deepseek-v4-flash"),
      prompt: "How is the weather in Hangzhou?",
      tools: weather,
      maxRetries: 0,
    });
    const calls = await result.toolCalls;
    expect(calls.map((c) => ({ name: c.toolName, input: c.input }))).toEqual([
      { name: "get_weather", input: { city: "Hangzhou" } },
    ]);
    expect(await result.finishReason).toBe("tool-calls");
  });

  it("thinking disabled gets an answer without reasoning", async () => {
    const result = await generateText({
      model: deepseek("deepseek-v4-flash"),
      prompt: "Hello!",
      providerOptions: { deepseek: { thinking: { type: "disabled" } } },
      maxRetries: 0,
    });
    expect(result.text).toBe(exampleValue<Completion>("non-thinking-response").choices[0]?.message.content);
    expect(result.reasoningText).toBeUndefined();
  });
});
