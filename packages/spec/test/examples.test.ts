import { describe, expect, it } from "vitest";
import { namedExamples, operations, parseSse, streamPayloads, validator } from "./support/spec.js";

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

  const json = examples.filter((e) => e.mediaType === "application/json");
  it.each(json.map((e) => [`${e.operationId} ${e.where} ${e.status ?? ""} ${e.name}`, e] as const))(
    "%s",
    (_, e) => {
      const result =
        e.where === "request"
          ? validator.validateRequest(e.operationId, e.value)
          : validator.validateResponse(e.operationId, e.status ?? 0, e.mediaType, e.value);
      expect(result.issues).toEqual([]);
    },
  );

  const streams = examples.filter((e) => e.mediaType === "text/event-stream");
  it.each(streams.map((e) => [`${e.operationId} stream ${e.name}`, e] as const))(
    "%s: every event",
    (_, e) => {
      expect(typeof e.value).toBe("string");
      const payloads = streamPayloads(e.value as string);
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
