import { describe, expect, it } from "vitest";
import { accumulateChatStream } from "../src/assertions/chat-stream.js";
import { readChunkStream } from "../src/assertions/event-stream.js";
import { recordingContext } from "./helpers/context.js";
import { chatChunk, contentDelta } from "./helpers/streams.js";

// The stream rules on hand-made streams: the placements of usage the spec allows, and the ones it does not.

const usage = { prompt_tokens: 4, completion_tokens: 2, total_tokens: 6 };
function check(chunks: unknown[], includeUsage = true, ending = "data: [DONE]\n\n") {
  const context = recordingContext();
  const text = `: keep-alive\n\n${chunks.map((c) => `data: ${JSON.stringify(c)}\n\n`).join("")}${ending}`;
  const stream = readChunkStream(
    context,
    { status: 200, mediaType: "text/event-stream", text, label: "t" },
    { operationId: "createChatCompletion", includeUsage },
  );
  const completion = stream && accumulateChatStream(context, stream);
  return { failures: context.failures, completion };
}

describe("usage in a stream", () => {
  it("is accepted on the finish chunk", () => {
    expect(
      check([chatChunk([contentDelta("Hi")]), chatChunk([contentDelta("!", "stop")], { usage })]).failures,
    ).toEqual([]);
  });

  it("is accepted on a separate last chunk with empty choices", () => {
    expect(check([chatChunk([contentDelta("Hi", "stop")]), chatChunk([], { usage })]).failures).toEqual([]);
  });

  it("is accepted on every chunk (as some providers send it)", () => {
    expect(
      check([chatChunk([contentDelta("Hi")], { usage }), chatChunk([contentDelta("!", "stop")], { usage })])
        .failures,
    ).toEqual([]);
  });

  it("is not accepted on an empty-choices chunk before the finish", () => {
    const { failures } = check([chatChunk([], { usage }), chatChunk([contentDelta("Hi", "stop")])]);
    expect(failures.map((f) => f.path)).toEqual(["chunk[0]"]);
  });

  it("is required when include_usage was asked for, and only then", () => {
    const chunks = [chatChunk([contentDelta("Hi", "stop")])];
    expect(check(chunks, true).failures.map((f) => f.path)).toEqual(["usage"]);
    expect(check(chunks, false).failures).toEqual([]);
  });
});

describe("the accumulated message", () => {
  it("is what the deltas add up to, tool calls merged by index", () => {
    const { failures, completion } = check(
      [
        chatChunk([
          { index: 0, delta: { role: "assistant", reasoning_content: "Think." }, finish_reason: null },
        ]),
        chatChunk([
          {
            index: 0,
            delta: {
              tool_calls: [
                { index: 0, id: "c1", type: "function", function: { name: "f", arguments: '{"a"' } },
              ],
            },
            finish_reason: null,
          },
        ]),
        chatChunk([
          {
            index: 0,
            delta: { tool_calls: [{ index: 0, function: { arguments: ": 1}" } }] },
            finish_reason: null,
          },
        ]),
        chatChunk([{ index: 0, delta: { content: "" }, finish_reason: "tool_calls" }], { usage }),
      ],
      true,
      "data: [DONE]\n", // the closing blank line eaten, as by Prism: still the end of the event
    );
    expect(failures).toEqual([]);
    expect(completion).toMatchObject({
      id: "s-1",
      object: "chat.completion",
      choices: [
        {
          finish_reason: "tool_calls",
          message: {
            reasoning_content: "Think.",
            tool_calls: [{ index: 0, id: "c1", function: { name: "f", arguments: '{"a": 1}' } }],
          },
        },
      ],
    });
  });

  it('fails a finish_reason "tool_calls" whose deltas carried no tool call', () => {
    const { failures } = check([chatChunk([contentDelta("Hi", "tool_calls")])], false);
    expect(failures.map((f) => f.path)).toEqual(["(accumulated) choices[0].finish_reason"]);
  });

  it("fails a stream with no finish_reason at all", () => {
    const { failures } = check([chatChunk([contentDelta("Hi")])], false);
    expect(failures.map((f) => f.message)).toContain(
      "no chunk ended choice 0 with a finish_reason; exactly one must",
    );
  });
});
