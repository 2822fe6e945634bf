import { describe, expect, it } from "vitest";
import { accumulateChatStream } from "../src/assertions/chat-stream.js";
import { readChunkStream } from "../src/assertions/event-stream.js";
import type { ApiResponse } from "../src/http.js";
import { recordingContext } from "./helpers/context.js";
import { chatChunk, contentDelta, eventStream } from "./helpers/streams.js";

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
      { path: "chunk[1].id", message: 'must be the same on every chunk (chunk[0] has "a"); got "b"' },
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
