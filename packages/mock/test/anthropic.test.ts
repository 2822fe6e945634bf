// The `@anthropic-ai/sdk` pointed at the mock's Anthropic base URL, as Claude-style tools are: x-api-key, no Prefer.
import Anthropic from "@anthropic-ai/sdk";
import { splitEventStream } from "@deepseek-openapi/spec";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningMock, startMock } from "../src/index.js";
import { exampleValue, ruleExample } from "./support/spec.js";

let mock: RunningMock;
let anthropic: Anthropic;
beforeAll(async () => {
  mock = await startMock({ pace: 2 });
  anthropic = new Anthropic({ baseURL: `${mock.url}/anthropic`, apiKey: "sk-mock-test", maxRetries: 0 });
});
afterAll(() => mock?.close());

const hello = {
  model: "deepseek-v4-flash",
  max_tokens: 256,
  messages: [{ role: "user" as const, content: "Hello!" }],
};

describe("the Anthropic SDK against the mock", () => {
  it("creates a message", async () => {
    const message = await anthropic.messages.create(hello);
    expect(message).toEqual(exampleValue(ruleExample("createMessage")));
  });

  it("streams a message: the SDK yields each named event of the spec's stream, in order", async () => {
    const stream = await anthropic.messages.create({ ...hello, stream: true });
    const types: string[] = [];
    for await (const event of stream) types.push(event.type);
    // The SDK consumes `ping` events itself; every other event reaches the caller.
    const expected = splitEventStream(
      exampleValue(ruleExample("createMessage", { stream: true })),
    ).events.filter((event) => event.event !== "ping");
    expect(types.length).toBeGreaterThanOrEqual(5);
    expect(types).toEqual(expected.map((event) => event.event));
    expect(types.at(-1)).toBe("message_stop");
  });
});
