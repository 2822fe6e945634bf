import { describe, expect, it } from "vitest";
import { type MustReject, mustReject, type Target } from "./fixtures/must-reject.js";
import { namedExamples, validator } from "./support/spec.js";

const examples = new Map(namedExamples().map((e) => [e.name, e.value]));

function validate(target: Target, doc: unknown) {
  if ("request" in target) return validator.validateRequest(target.request, doc);
  if ("response" in target) {
    return validator.validateResponse(
      target.response,
      target.status,
      target.mediaType ?? "application/json",
      doc,
    );
  }
  return validator.validateSchema(target.schema, doc);
}

function baseOf(c: MustReject): unknown {
  const base = typeof c.base === "string" ? examples.get(c.base) : c.base;
  if (base === undefined) throw new Error(`no spec example named ${String(c.base)}`);
  return structuredClone(base);
}

describe("documents the spec must reject", () => {
  it("has at least 25 of them", () => {
    expect(mustReject.length).toBeGreaterThanOrEqual(25);
  });

  it.each(mustReject.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const doc = baseOf(c);
    expect(validate(c.target, doc).issues).toEqual([]);
    c.breakIt(doc);
    const result = validate(c.target, doc);
    expect(result.valid).toBe(false);
    expect(result.issues.map((i) => i.path)).toContain(c.rejectedAt);
  });

  it("says which field broke, what was expected and what it got", () => {
    const doc = baseOf(mustReject.find((c) => c.name === "finish_reason done") as MustReject) as {
      choices: [{ finish_reason: string }];
    };
    doc.choices[0].finish_reason = "done";
    const result = validator.validateResponse("createChatCompletion", 200, "application/json", doc);
    expect(result.issues).toEqual([
      {
        path: "choices[0].finish_reason",
        message:
          'must be one of stop, length, content_filter, tool_calls, insufficient_system_resource; got "done"',
      },
    ]);
  });

  it("names a constant's one value once, though the spec writes it as `const` and `enum`", () => {
    const doc = structuredClone(examples.get("basic-response")) as { object: string };
    doc.object = "chat.complete";
    const result = validator.validateResponse("createChatCompletion", 200, "application/json", doc);
    expect(result.issues).toEqual([
      { path: "object", message: 'must be "chat.completion"; got "chat.complete"' },
    ]);
  });
});
