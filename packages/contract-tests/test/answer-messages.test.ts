import { describe, expect, it } from "vitest";
import { accumulateChatStream } from "../src/assertions/chat-stream.js";
import { readChunkStream } from "../src/assertions/event-stream.js";
import { reasoningChecks } from "../src/checks/reasoning.js";
import { toolChecks } from "../src/checks/tools.js";
import type { ApiResponse } from "../src/http.js";
import { recordingContext } from "./helpers/context.js";
import { chatChunk, contentDelta, eventStream } from "./helpers/streams.js";

const usage = { prompt_tokens: 10, completion_tokens: 8, total_tokens: 18 };

// Answers that used to get a misleading finding, or hid the others: each finding names what really came.

const sse = (text: string, mediaType = "text/event-stream"): ApiResponse => ({
  status: 200,
  mediaType,
  text,
  label: "POST http://127.0.0.1:9/chat/completions",
});

function readStream(response: ApiResponse) {
  const context = recordingContext();
  const stream = readChunkStream(context, response, {
    operationId: "createChatCompletion",
    includeUsage: false,
  });
  if (stream) accumulateChatStream(context, stream);
  return context.failures;
}

describe("a stream with the wrong content type", () => {
  it("is reported, and its events are still checked", () => {
    const text = eventStream([
      chatChunk([contentDelta("Hi")], { id: "a" }),
      chatChunk([contentDelta("!")], { id: "b" }),
    ]);
    expect(readStream(sse(text, ""))).toEqual([
      { path: "(content-type)", message: 'must be text/event-stream for stream: true; got "(none)"' },
      {
        path: "chunk[1].id",
        message: 'must be the same on every chunk (chunk[0] has "a"); got "b"',
        rule: "stream.same-id",
      },
      { path: "(stream)", message: "no chunk ended choice 0 with a finish_reason; exactly one must" },
    ]);
  });

  it("that is not an event stream at all (a JSON completion) is reported once", () => {
    expect(readStream(sse('{"id": "x", "object": "chat.completion"}', "application/json"))).toEqual([
      {
        path: "(content-type)",
        message:
          'must be text/event-stream for stream: true; got "application/json" (body "{\\"id\\": \\"x\\", \\"object\\": \\"chat.completion\\"}")',
      },
    ]);
  });
});

describe("events separated by single newlines", () => {
  it("are reported as merged into one event, not as a cut-off stream, and still checked", () => {
    const text = eventStream(
      [chatChunk([contentDelta("Hi")]), chatChunk([contentDelta("!", "stop")], { id: "other" })],
      "\n",
    );
    expect(readStream(sse(text))).toEqual([
      {
        path: "(stream)",
        message:
          "events must be separated by a blank line; 3 data lines came separated by single newlines, so they merged into one event that is not JSON",
      },
      {
        path: "chunk[1].id",
        message: 'must be the same on every chunk (chunk[0] has "s-1"); got "other"',
        rule: "stream.same-id",
      },
    ]);
  });
});

describe("reasoning under another field name", () => {
  const message = { role: "assistant", content: "9.8 is greater.", reasoning: "Compare 9.11 and 9.80." };

  it("names the field that came (non-streamed)", async () => {
    const completion = {
      id: "r-1",
      object: "chat.completion",
      created: 1781043600,
      model: "deepseek-reasoner",
      choices: [{ index: 0, message, finish_reason: "stop", logprobs: null }],
      usage: { prompt_tokens: 10, completion_tokens: 8, total_tokens: 18 },
    };
    const context = recordingContext({ ...sse(JSON.stringify(completion), "application/json") });
    await reasoningChecks[0]?.run(context);
    expect(context.failures).toEqual([
      {
        path: "choices[0].message.reasoning_content",
        message:
          'must hold the chain of thought in thinking mode; got no reasoning_content, but a field "reasoning": the field must be named reasoning_content',
      },
    ]);
  });

  it("names the field that came (streamed)", async () => {
    const text = eventStream([
      chatChunk([{ index: 0, delta: { role: "assistant", reasoning: "Compare." }, finish_reason: null }]),
      chatChunk([contentDelta("9.8.", "stop")], { usage }),
    ]);
    const context = recordingContext(sse(text));
    await reasoningChecks[1]?.run(context);
    expect(context.failures).toEqual([
      {
        path: "(accumulated) choices[0].message.reasoning_content",
        message:
          'must hold the chain of thought in thinking mode; got no reasoning_content, but a field "reasoning": the field must be named reasoning_content',
      },
    ]);
  });
});

describe("tool-call fragments without index", () => {
  it("are reported by the schema only, not as a missing tool call", async () => {
    const fragment = (fn: Record<string, string>, id?: string) => ({
      index: 0,
      delta: { tool_calls: [{ ...(id ? { id, type: "function" } : {}), function: fn }] },
      finish_reason: null,
    });
    const text = eventStream([
      chatChunk([fragment({ name: "get_weather", arguments: '{"city"' }, "call-1")]),
      chatChunk([fragment({ arguments: ': "Hangzhou"}' })]),
      chatChunk([{ index: 0, delta: {}, finish_reason: "tool_calls" }], {
        usage,
      }),
    ]);
    const context = recordingContext(sse(text));
    await toolChecks[1]?.run(context);
    expect(context.failures).toEqual([
      { path: "chunk[0].choices[0].delta.tool_calls[0].index", message: "is required" },
      { path: "chunk[1].choices[0].delta.tool_calls[0].index", message: "is required" },
    ]);
  });
});
