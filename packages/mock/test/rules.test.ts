// The example-selection table: every rule answers its sample request with its named examples, and the README shows
// the table as rulesTable() renders it.
import { readFileSync } from "node:fs";
import { listOperations, loadBundledSpec } from "@deepseek-openapi/spec";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorResponse } from "../src/error-response.js";
import { exampleRules, type RunningMock, rulesTable, selectRule, startMock } from "../src/index.js";
import { callOperation, exampleValue, responseExampleNames } from "./support/spec.js";

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ pace: 0 });
});
afterAll(() => mock?.close());

function sampleBody(rule: (typeof exampleRules)[number]): Record<string, unknown> {
  if (!rule.sample) return {};
  return { ...exampleValue<Record<string, unknown>>(rule.sample.example), ...rule.sample.with };
}

const call = (operationId: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  callOperation(mock.url, operationId, body, headers);

describe("the example-selection rules", () => {
  it("cover every operation of the spec, each ending with a rule that always applies", () => {
    const operations = [...new Set(exampleRules.map((r) => r.operationId))];
    expect([...operations].sort()).toEqual(
      listOperations(loadBundledSpec())
        .map((o) => o.operationId)
        .sort(),
    );
    for (const operationId of operations) {
      expect(
        exampleRules
          .filter((r) => r.operationId === operationId)
          .at(-1)
          ?.applies({}),
      ).toBe(true);
    }
  });

  it("name examples of their operation's 200 answer, as JSON and as a stream", () => {
    for (const rule of exampleRules) {
      expect(
        responseExampleNames(rule.operationId, { status: 200, mediaType: "application/json" }),
        rule.when,
      ).toContain(rule.json);
      if (rule.stream) {
        expect(
          responseExampleNames(rule.operationId, { status: 200, mediaType: "text/event-stream" }),
          rule.when,
        ).toContain(rule.stream);
      }
    }
  });

  for (const rule of exampleRules) {
    it(`${rule.operationId}: ${rule.when} → ${rule.json}`, async () => {
      const body = sampleBody(rule);
      // The sample exercises this rule, not an earlier one.
      expect(selectRule(rule.operationId, body)).toBe(rule);
      const response = await call(rule.operationId, rule.stream ? { ...body, stream: false } : body);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(await response.json()).toEqual(exampleValue(rule.json));
    });

    if (rule.stream) {
      it(`${rule.operationId}: ${rule.when}, with "stream": true → ${rule.stream}`, async () => {
        // No Accept header: the body alone asks for the stream, as with DeepSeek.
        const response = await call(rule.operationId, { ...sampleBody(rule), stream: true });
        expect(response.status).toBe(200);
        expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
        expect(response.headers.get("content-length")).toBeNull();
        expect(await response.text()).toBe(exampleValue(rule.stream ?? ""));
      });
    }
  }

  it("Prefer: example= overrides the rules, at the example's own status", async () => {
    const response = await call("createChatCompletion", exampleValue("tool-call-request"), {
      prefer: "example=length-response",
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(exampleValue("length-response"));
    const rateLimited = await call("listModels", {}, { prefer: "example=error-429-rate-limit" });
    expect(rateLimited.status).toBe(429);
    expect(await rateLimited.json()).toEqual(exampleValue("error-429-rate-limit"));
  });

  it("Prefer: example= of a stream example streams it, even without stream in the body", async () => {
    const response = await call("createChatCompletion", exampleValue("basic-request"), {
      prefer: "example=stream-usage-chunk",
    });
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(await response.text()).toBe(exampleValue("stream-usage-chunk"));
  });

  it("Prefer: code= answers with the first example of that status", async () => {
    const response = await call("createChatCompletion", exampleValue("basic-request"), {
      prefer: "code=503",
    });
    expect(response.status).toBe(503);
    // The spec's example of the header: a client's retry logic can read it.
    expect(response.headers.get("retry-after")).toBe("1");
    expect(await response.json()).toEqual(exampleValue("error-503-overloaded"));
  });

  it("a Prefer header naming no example of the operation is a 400 that lists the operation's examples", async () => {
    const response = await call("listModels", {}, { prefer: "example=tool-call-response" });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual(
      errorResponse(
        `Prefer: example=tool-call-response names no example of listModels; its examples are ${responseExampleNames("listModels").join(", ")}`,
      ),
    );
  });

  it('are the table of the README\'s section "How the mock chooses its answer"', () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const section = readme.split(/^## /m).find((s) => s.startsWith("How the mock chooses its answer")) ?? "";
    const table = section
      .split("\n")
      .filter((line) => line.startsWith("|"))
      .join("\n");
    expect(table).toBe(rulesTable());
  });
});
