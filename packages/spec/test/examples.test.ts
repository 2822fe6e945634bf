import { describe, expect, it } from "vitest";
import {
  namedExamples,
  operations,
  parseSse,
  streamFraming,
  streamPayloads,
  validator,
} from "./support/spec.js";

const examples = namedExamples();

describe("every example in the spec validates against its schema", () => {
  it("finds examples on every operation's request (if any) and every response", () => {
    for (const { operation } of operations()) {
      const own = examples.filter((e) => e.operationId === operation.operationId);
      if (operation.requestBody) expect(own.some((e) => e.where === "request")).toBe(true);
      for (const status of Object.keys(operation.responses)) {
        expect(own.some((e) => e.where === "response" && e.status === Number(status))).toBe(true);
      }
    }
  });

  // JSON bodies, and multipart forms (their fields as an object).
  const documents = examples.filter((e) => ["application/json", "multipart/form-data"].includes(e.mediaType));
  it.each(
    documents.map(
      (e) => [`${e.operationId} ${e.where} ${e.status ?? ""} ${e.mediaType} ${e.name}`, e] as const,
    ),
  )("%s", (_, e) => {
    const result =
      e.where === "request"
        ? validator.validateRequest(e.operationId, e.value, e.mediaType)
        : validator.validateResponse(e.operationId, e.status ?? 0, e.mediaType, e.value);
    expect(result.issues).toEqual([]);
  });

  it("checks every example of every media type the spec uses, the multipart uploads included", () => {
    const checked = new Set([...documents, ...examples.filter((e) => e.mediaType === "text/event-stream")]);
    const unchecked = examples.filter((e) => !checked.has(e) && e.mediaType !== "text/plain");
    expect(unchecked.map((e) => `${e.operationId} ${e.mediaType} ${e.name}`)).toEqual([]);
    const multipart = examples.filter((e) => e.mediaType === "multipart/form-data").map((e) => e.operationId);
    expect([...new Set(multipart)].sort()).toEqual(["uploadAnthropicFile", "uploadFile"]);
  });

  const streams = examples.filter((e) => e.mediaType === "text/event-stream");
  it.each(streams.map((e) => [`${e.operationId} stream ${e.name}`, e] as const))(
    "%s: every event",
    (_, e) => {
      expect(typeof e.value).toBe("string");
      const payloads = streamPayloads(e.value as string, streamFraming(e.operationId));
      expect(payloads.length).toBeGreaterThan(1);
      for (const payload of payloads) {
        expect(validator.validateResponse(e.operationId, e.status ?? 0, e.mediaType, payload).issues).toEqual(
          [],
        );
      }
    },
  );

  it("has a full SSE example with a keep-alive comment, usage and the [DONE] terminator", () => {
    const full = streams.find((e) => e.name === "stream-text");
    const { events, comments } = parseSse(full?.value as string);
    expect(comments.map((c) => c.trim())).toContain("keep-alive");
    expect(events.at(-1)?.data).toBe("[DONE]");
    const payloads = streamPayloads(full?.value as string) as { usage?: unknown }[];
    expect(payloads.some((p) => p.usage)).toBe(true);
  });

  it("frames chat and FIM streams with data: [DONE], the Responses and Anthropic ones with named events", () => {
    const framings = Object.fromEntries(
      [...new Set(streams.map((e) => e.operationId))].map((id) => [id, streamFraming(id)]),
    );
    expect(framings).toEqual({
      createChatCompletion: "done-terminated",
      createCompletion: "done-terminated",
      createResponse: "named-events",
      createMessage: "named-events",
    });
  });

  it("has a full Responses stream: keep-alive, created first, text deltas, and response.completed with usage last", () => {
    const full = streams.find((e) => e.name === "responses-stream-text");
    const { comments } = parseSse(full?.value as string);
    expect(comments.map((c) => c.trim())).toContain("keep-alive");
    const payloads = streamPayloads(full?.value as string, "named-events") as {
      type: string;
      sequence_number: number;
      response?: { usage?: unknown };
    }[];
    expect(payloads[0]?.type).toBe("response.created");
    expect(payloads.map((p) => p.type)).toContain("response.output_text.delta");
    expect(payloads.at(-1)?.type).toBe("response.completed");
    expect(payloads.at(-1)?.response?.usage).toBeDefined();
    const sequence = payloads.map((p) => p.sequence_number);
    expect(sequence).toEqual([...sequence].sort((a, b) => a - b));
  });

  it("ends every Responses stream with a terminal event and every Anthropic stream with message_stop", () => {
    const terminal = ["response.completed", "response.incomplete", "response.failed"];
    for (const e of streams.filter((each) => streamFraming(each.operationId) === "named-events")) {
      const types = (streamPayloads(e.value as string, "named-events") as { type: string }[]).map(
        (p) => p.type,
      );
      if (e.operationId === "createResponse") {
        expect(terminal, e.name).toContain(types.at(-1));
        expect(
          types.slice(0, -1).filter((t) => terminal.includes(t)),
          e.name,
        ).toEqual([]);
      } else {
        expect([types[0], types.at(-1)], e.name).toEqual(["message_start", "message_stop"]);
      }
    }
  });

  it("reads a stream's framing strictly: [DONE] in a named stream, a name that is not the type, or no [DONE]", () => {
    const named = 'event: ping\ndata: {"type":"ping"}\n\n';
    expect(streamPayloads(named, "named-events")).toEqual([{ type: "ping" }]);
    expect(() => streamPayloads(`${named}data: [DONE]\n\n`, "named-events")).toThrow(
      "event 1: a stream of named events has no data: [DONE]",
    );
    expect(() => streamPayloads('event: message_stop\ndata: {"type":"ping"}\n\n', "named-events")).toThrow(
      'event 0: its event: name "message_stop" differs from its payload\'s type "ping"',
    );
    expect(() => streamPayloads(named)).toThrow("stream does not end with data: [DONE]");
  });

  it("keeps plain-text error examples as strings", () => {
    const plain = examples.filter((e) => e.mediaType === "text/plain");
    expect(plain.length).toBeGreaterThan(0);
    for (const e of plain) expect(e.value).toMatch(/Failed to deserialize/);
  });

  it("covers reasoning, tool-call, JSON-mode, logprobs, FIM and error cases", () => {
    const names = new Set(examples.map((e) => e.name));
    for (const name of [
      "reasoning-request",
      "reasoning-response",
      "tool-call-request",
      "tool-call-response",
      "tool-result-request",
      "json-mode-request",
      "json-mode-response",
      "logprobs-request",
      "logprobs-response",
      "fim-request",
      "fim-response",
      "stream-reasoning",
      "stream-tool-call",
      "error-401-authentication-fails",
      "error-422-plain-text",
    ]) {
      expect(names).toContain(name);
    }
  });
});
