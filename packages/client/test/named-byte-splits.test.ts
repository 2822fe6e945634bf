// The Responses and Anthropic-format streams (named events, no [DONE]) must read the same however the network cuts
// them: into two writes at every byte offset, through multi-byte characters, CRLF line ends and keep-alive comments.
import { type RecordedRequest, sendPieces, startServer, type TestServer } from "@deepseek-openapi/test-utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  collectMessage,
  collectResponse,
  createDeepSeekClient,
  createMessage,
  createResponse,
} from "../src/index.js";
import { everyOffset } from "./support/offsets.js";

/** The bytes of a stream of named events: `event: <type>` then its data, each event ended by a blank line. */
function namedStream(events: { type: string }[], eol = "\r\n"): string {
  const named = events.map((e) => `event: ${e.type}${eol}data: ${JSON.stringify(e)}${eol}${eol}`);
  return `: keep-alive${eol}${eol}${named.join("")}`;
}

const reasoningPieces = ["Überlege: ", "深度求索 ", "🤔"];
const textPieces = ["Grüße, ", "世界 ", "👋🏽!"];
const argumentPieces = ['{"city":', ' "Zürich"}'];
const seq = (() => {
  let n = 0;
  return () => n++;
})();

const call = {
  type: "function_call",
  id: "fc_1",
  call_id: "call_1",
  name: "weather",
  arguments: "",
} as const;
const responseUsage = { input_tokens: 3, output_tokens: 9, total_tokens: 12 };
const responseBase = { id: "resp_1", object: "response", created_at: 1, model: "deepseek-v4-flash" };
const responseEvents = [
  {
    type: "response.created",
    sequence_number: seq(),
    response: { ...responseBase, status: "in_progress", output: [] },
  },
  {
    type: "response.output_item.added",
    sequence_number: seq(),
    output_index: 0,
    item: { type: "reasoning", id: "rs_1", summary: [], content: [] },
  },
  ...reasoningPieces.map((delta) => ({
    type: "response.reasoning_text.delta",
    sequence_number: seq(),
    item_id: "rs_1",
    output_index: 0,
    content_index: 0,
    delta,
  })),
  {
    type: "response.output_item.added",
    sequence_number: seq(),
    output_index: 1,
    item: { type: "message", id: "msg_1", role: "assistant", status: "in_progress", content: [] },
  },
  ...textPieces.map((delta) => ({
    type: "response.output_text.delta",
    sequence_number: seq(),
    item_id: "msg_1",
    output_index: 1,
    content_index: 0,
    delta,
  })),
  { type: "response.output_item.added", sequence_number: seq(), output_index: 2, item: call },
  ...argumentPieces.map((delta) => ({
    type: "response.function_call_arguments.delta",
    sequence_number: seq(),
    item_id: "fc_1",
    output_index: 2,
    delta,
  })),
  // The terminal response with an empty output: the collector must assemble the items from the deltas.
  {
    type: "response.completed",
    sequence_number: seq(),
    response: {
      ...responseBase,
      status: "completed",
      output: [],
      usage: responseUsage,
    },
  },
];

const signature = "c2lnbmVk";
const toolInput = { city: "Zürich", days: 2 };
const inputJson = JSON.stringify(toolInput);
const messageEvents = [
  {
    type: "message_start",
    message: {
      id: "msg_1",
      type: "message",
      role: "assistant",
      model: "deepseek-v4-flash",
      content: [],
      stop_reason: null,
      usage: { input_tokens: 5, output_tokens: 0 },
    },
  },
  // A thinking block the server signs, and one it leaves unsigned (as DeepSeek did in 2026-05).
  { type: "content_block_start", index: 0, content_block: { type: "thinking", thinking: "" } },
  ...reasoningPieces.map((thinking) => ({
    type: "content_block_delta",
    index: 0,
    delta: { type: "thinking_delta", thinking },
  })),
  { type: "content_block_delta", index: 0, delta: { type: "signature_delta", signature } },
  { type: "content_block_stop", index: 0 },
  { type: "ping" },
  { type: "content_block_start", index: 1, content_block: { type: "thinking", thinking: "" } },
  { type: "content_block_delta", index: 1, delta: { type: "thinking_delta", thinking: "ß" } },
  { type: "content_block_stop", index: 1 },
  { type: "content_block_start", index: 2, content_block: { type: "text", text: "" } },
  ...textPieces.map((text) => ({
    type: "content_block_delta",
    index: 2,
    delta: { type: "text_delta", text },
  })),
  { type: "content_block_stop", index: 2 },
  {
    type: "content_block_start",
    index: 3,
    content_block: { type: "tool_use", id: "toolu_1", name: "weather", input: {} },
  },
  ...[inputJson.slice(0, 9), inputJson.slice(9)].map((partial_json) => ({
    type: "content_block_delta",
    index: 3,
    delta: { type: "input_json_delta", partial_json },
  })),
  { type: "content_block_stop", index: 3 },
  {
    type: "message_delta",
    delta: { stop_reason: "tool_use", stop_sequence: null },
    usage: { output_tokens: 21 },
  },
  { type: "message_stop" },
];

const bodies = new Map<string, Buffer>([
  ["responses", Buffer.from(namedStream(responseEvents), "utf8")],
  ["messages", Buffer.from(namedStream(messageEvents, "\n"), "utf8")],
]);

let server: TestServer;
beforeAll(async () => {
  server = await startServer((request: RecordedRequest, response) => {
    const body = bodies.get(String(request.headers["x-body"])) as Buffer;
    const at = Number(request.headers["x-split"]);
    return sendPieces(response, [body.subarray(0, at), body.subarray(at)]);
  });
});
afterAll(() => server.close());

const client = () => createDeepSeekClient({ apiKey: "sk-test", baseURL: server.url, maxRetries: 0 });
const split = (name: string, at: number) => ({ headers: { "x-body": name, "x-split": String(at) } });

describe("a named-event stream split into two network writes", () => {
  it("assembles the crafted Responses stream the same at every byte offset", async () => {
    await everyOffset(bodies.get("responses")?.length ?? 0, async (at) => {
      const stream = await createResponse(
        client(),
        { model: "deepseek-v4-flash", input: "hi", stream: true },
        split("responses", at),
      );
      const { text, reasoning, functionCalls, output, status, usage } = await collectResponse(stream);
      expect({ at, text, reasoning, status, usage, functionCalls }).toEqual({
        at,
        text: textPieces.join(""),
        reasoning: reasoningPieces.join(""),
        status: "completed",
        usage: responseUsage,
        functionCalls: [{ ...call, arguments: argumentPieces.join("") }],
      });
      expect(output.map((item) => item.type)).toEqual(["reasoning", "message", "function_call"]);
      expect(output[0]).toMatchObject({
        content: [{ type: "reasoning_text", text: reasoningPieces.join("") }],
      });
      expect(output[1]).toMatchObject({ content: [{ type: "output_text", text: textPieces.join("") }] });
    });
  }, 60_000);

  it("assembles the crafted Anthropic stream the same at every byte offset, signatures only where sent", async () => {
    await everyOffset(bodies.get("messages")?.length ?? 0, async (at) => {
      const request = {
        model: "deepseek-v4-flash",
        max_tokens: 99,
        messages: [{ role: "user" as const, content: "hi" }],
        stream: true as const,
      };
      const { text, thinking, message } = await collectMessage(
        await createMessage(client(), request, split("messages", at)),
      );
      expect({ at, text, thinking, stop: message.stop_reason, usage: message.usage }).toEqual({
        at,
        text: textPieces.join(""),
        thinking: `${reasoningPieces.join("")}ß`,
        stop: "tool_use",
        usage: { input_tokens: 5, output_tokens: 21 },
      });
      expect(message.content).toEqual([
        { type: "thinking", thinking: reasoningPieces.join(""), signature },
        { type: "thinking", thinking: "ß" },
        { type: "text", text: textPieces.join("") },
        { type: "tool_use", id: "toolu_1", name: "weather", input: toolInput },
      ]);
    });
  }, 60_000);
});

describe("named-event streams that fail", () => {
  const serve = (name: string, text: string) => bodies.set(name, Buffer.from(text, "utf8"));

  it("a Responses stream cut off before its terminal event is a response_error", async () => {
    serve("cut", namedStream(responseEvents.slice(0, -1)));
    const stream = await createResponse(client(), { model: "m", input: "hi", stream: true }, split("cut", 0));
    await expect(collectResponse(stream)).rejects.toMatchObject({
      type: "response_error",
      message: "Stream cut off before response.completed or response.incomplete or response.failed",
    });
  });

  it("a Responses stream ended by chat's [DONE] line instead of its terminal event is not whole", async () => {
    serve("done", `${namedStream(responseEvents.slice(0, 3))}data: [DONE]\n\n`);
    const stream = await createResponse(
      client(),
      { model: "m", input: "hi", stream: true },
      split("done", 0),
    );
    const read = async () => {
      for await (const _event of stream);
    };
    await expect(read()).rejects.toMatchObject({ type: "response_error" });
  });

  it("response.failed throws its error; Anthropic's error event throws its type and message", async () => {
    const failed = {
      ...responseBase,
      status: "failed",
      output: [],
      error: { code: "server_error", message: "Busy" },
    };
    serve(
      "failed",
      namedStream([{ type: "response.failed", sequence_number: 0, response: failed } as never]),
    );
    const stream = await createResponse(
      client(),
      { model: "m", input: "hi", stream: true },
      split("failed", 5),
    );
    await expect(collectResponse(stream)).rejects.toMatchObject({ message: "Busy", code: "server_error" });
    serve(
      "error",
      namedStream([
        messageEvents[0],
        { type: "error", error: { type: "overloaded_error", message: "Overloaded" } },
      ] as never),
    );
    const request = {
      model: "m",
      max_tokens: 9,
      messages: [{ role: "user" as const, content: "hi" }],
      stream: true as const,
    };
    const messages = await createMessage(client(), request, split("error", 7));
    await expect(collectMessage(messages)).rejects.toMatchObject({
      message: "Overloaded",
      type: "overloaded_error",
    });
  });

  it("a tool call's input that is not JSON is a response_error naming the block", async () => {
    const broken = messageEvents.map((e) =>
      "delta" in e && e.delta && "partial_json" in e.delta
        ? { ...e, delta: { ...e.delta, partial_json: "{" } }
        : e,
    );
    serve("broken", namedStream(broken));
    const request = {
      model: "m",
      max_tokens: 9,
      messages: [{ role: "user" as const, content: "hi" }],
      stream: true as const,
    };
    await expect(
      collectMessage(await createMessage(client(), request, split("broken", 0))),
    ).rejects.toMatchObject({
      type: "response_error",
      message: "The input of tool call block 3 is not JSON: {{",
    });
  });
});
