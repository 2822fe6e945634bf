// What compatible providers send differently from DeepSeek, accepted without loosening the types.

import { sendPieces, startServer, type TestServer } from "@deepseek-openapi/test-utils";
import { afterEach, describe, expect, it } from "vitest";
import { collectStream, createDeepSeekClient } from "../src/index.js";
import { chunk, eventStream, readStreamPlainly } from "./support/sse.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Streams `body` from a local server: the client's stream of it. */
async function streamOf(body: string) {
  server = await startServer((_request, response) => sendPieces(response, [body]));
  const client = createDeepSeekClient({ apiKey: "sk-test", baseURL: server.url });
  return client.chat.completions.create({
    model: "deepseek-v4-flash",
    messages: [{ role: "user", content: "hi" }],
    stream: true,
  });
}

/** What the client assembled from `body`, and the plain reading of `body`. */
async function collect(body: string) {
  return { result: await collectStream(await streamOf(body)), expected: readStreamPlainly(body) };
}

const usage = (total: number) => ({ prompt_tokens: 5, completion_tokens: total - 5, total_tokens: total });

describe("usage, wherever the provider puts it", () => {
  it("on a separate last chunk with empty choices", async () => {
    const { result } = await collect(
      eventStream([
        chunk({ content: "Hi" }, { finish_reason: "stop" }),
        chunk({}, { choices: [], usage: usage(7) }),
      ]),
    );
    expect(result).toMatchObject({ content: "Hi", finishReason: "stop", usage: usage(7) });
  });

  it("on every chunk, null or growing: the last non-null one is kept", async () => {
    const { result } = await collect(
      eventStream([
        chunk({ content: "a" }, { usage: usage(6) }),
        chunk({ content: "b" }, { usage: null }),
        chunk({ content: "c" }, { usage: usage(8), finish_reason: "stop" }),
        chunk({}, { choices: [], usage: null }),
      ]),
    );
    expect(result).toMatchObject({ content: "abc", usage: usage(8) });
  });

  it("nowhere: usage is null", async () => {
    const { result } = await collect(eventStream([chunk({ content: "x" }, { finish_reason: "stop" })]));
    expect(result.usage).toBeNull();
  });
});

describe("reasoning under another name", () => {
  it("delta.reasoning becomes reasoning_content, in the chunks and in the message", async () => {
    const body = eventStream([
      chunk({ role: "assistant", reasoning: "Think " }),
      chunk({ reasoning: "hard." }),
      chunk({ content: "42" }, { finish_reason: "stop" }),
    ]);
    const stream = await streamOf(body);
    const reasoning: (string | null | undefined)[] = [];
    for await (const c of stream) reasoning.push(c.choices[0]?.delta.reasoning_content);
    expect(reasoning).toEqual(["Think ", "hard.", undefined]);
  });

  it("collectStream assembles it like reasoning_content", async () => {
    const { result, expected } = await collect(
      eventStream([
        chunk({ reasoning: "Let me see. " }),
        chunk({ reasoning: "Yes." }),
        chunk({ content: "Done" }, { finish_reason: "stop" }),
      ]),
    );
    expect(result.reasoningContent).toBe(expected.reasoningContent);
    expect(result.message).toEqual({
      role: "assistant",
      content: "Done",
      reasoning_content: "Let me see. Yes.",
    });
  });

  it("collectStream keeps an empty reasoning_content the stream carried: thinking-mode tool loops need the field", async () => {
    const call = { index: 0, id: "call_1", type: "function", function: { name: "now", arguments: "{}" } };
    const { result } = await collect(
      eventStream([
        chunk({ role: "assistant", content: null, reasoning_content: "" }),
        chunk({ tool_calls: [call] }, { finish_reason: "tool_calls" }),
      ]),
    );
    expect(result.message).toStrictEqual({
      role: "assistant",
      content: "",
      reasoning_content: "",
      tool_calls: [call],
    });
  });

  it("collectStream leaves reasoning_content out when the stream never carried it", async () => {
    const { result } = await collect(
      eventStream([chunk({ content: "Hi", reasoning_content: null }, { finish_reason: "stop" })]),
    );
    expect(result.message).toStrictEqual({ role: "assistant", content: "Hi" });
  });

  it("reasoning_content wins when a provider sends both", async () => {
    const { result } = await collect(
      eventStream([chunk({ reasoning_content: "real", reasoning: "copy" }, { finish_reason: "stop" })]),
    );
    expect(result.reasoningContent).toBe("real");
  });
});

describe("finish_reason left out", () => {
  it("a last chunk with a null or missing finish_reason before [DONE] is accepted", async () => {
    const { result } = await collect(
      eventStream([
        chunk({ content: "a" }),
        { ...chunk({ content: "b" }), choices: [{ index: 0, delta: { content: "b" } }] },
      ]),
    );
    expect(result).toMatchObject({ content: "ab", finishReason: null });
  });
});

describe("tool calls", () => {
  it("fragments of parallel calls, interleaved, are merged by index", async () => {
    const call = (index: number, fields: Record<string, unknown>) =>
      chunk({ tool_calls: [{ index, ...fields }] });
    const { result, expected } = await collect(
      eventStream([
        chunk({ role: "assistant", content: "" }),
        call(0, { id: "call_0", type: "function", function: { name: "weather", arguments: "" } }),
        call(1, { id: "call_1", type: "function", function: { name: "time", arguments: '{"tz":' } }),
        call(0, { function: { arguments: '{"city":' } }),
        call(1, { function: { arguments: '"UTC"}' } }),
        call(0, { function: { arguments: '"Paris"}' } }),
        chunk({ content: "" }, { finish_reason: "tool_calls" }),
      ]),
    );
    expect(result.toolCalls).toEqual(expected.toolCalls);
    expect(result.toolCalls.map((c) => [c.id, c.function.name, JSON.parse(c.function.arguments)])).toEqual([
      ["call_0", "weather", { city: "Paris" }],
      ["call_1", "time", { tz: "UTC" }],
    ]);
    expect(result.message.tool_calls).toEqual(expected.toolCalls);
    expect(result.finishReason).toBe("tool_calls");
  });

  it("choices and tool call fragments without an index, and a last chunk without a delta, are understood", async () => {
    const bare = (choice: Record<string, unknown>) => ({ ...chunk({}), choices: [choice] });
    const { result } = await collect(
      eventStream([
        bare({ delta: { role: "assistant", content: "On it." } }),
        bare({
          delta: { tool_calls: [{ id: "a", type: "function", function: { name: "f", arguments: "{" } }] },
        }),
        bare({ delta: { tool_calls: [{ function: { arguments: "}" } }] } }),
        bare({
          delta: { tool_calls: [{ id: "b", type: "function", function: { name: "g", arguments: "[]" } }] },
        }),
        bare({ finish_reason: "tool_calls" }),
      ]),
    );
    expect(result.content).toBe("On it.");
    expect(result.toolCalls.map((c) => [c.id, c.function.name, c.function.arguments])).toEqual([
      ["a", "f", "{}"],
      ["b", "g", "[]"],
    ]);
    expect(result.finishReason).toBe("tool_calls");
  });

  it("null tool_calls and roles in every delta (SGLang-style providers) are harmless", async () => {
    const { result } = await collect(
      eventStream([
        chunk({ role: null, content: "x", tool_calls: null }),
        chunk({ role: null, content: "y", tool_calls: null }, { finish_reason: "stop" }),
      ]),
    );
    expect(result).toMatchObject({ content: "xy", toolCalls: [] });
    expect(result.message).toEqual({ role: "assistant", content: "xy" });
  });
});
