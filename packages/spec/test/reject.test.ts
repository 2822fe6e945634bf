import { describe, expect, it } from "vitest";
import { type MustReject, mustReject } from "./fixtures/must-reject.js";
import { validator } from "./support/spec.js";
import { copyOfBase, validateAt } from "./support/targets.js";

const caseNamed = (name: string) => mustReject.find((c) => c.name === name) as MustReject;

/** The base document of the must-reject case `name`, broken as that case breaks it, and where it is validated. */
function brokenDocument(name: string): { target: MustReject["target"]; doc: unknown } {
  const c = caseNamed(name);
  const doc = copyOfBase(c.base);
  c.breakIt(doc);
  return { target: c.target, doc };
}

describe("documents the spec must reject", () => {
  it("has at least 25 of them", () => {
    expect(mustReject.length).toBeGreaterThanOrEqual(25);
  });

  it.each(mustReject.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const doc = copyOfBase(c.base);
    expect(validateAt(c.target, doc).issues).toEqual([]);
    c.breakIt(doc);
    const result = validateAt(c.target, doc);
    expect(result.valid).toBe(false);
    expect(result.issues.map((i) => i.path)).toContain(c.rejectedAt);
  });

  it("says which field broke, what was expected and what it got", () => {
    const doc = copyOfBase(caseNamed("finish_reason done").base) as {
      choices: [{ finish_reason: string }];
    };
    doc.choices[0].finish_reason = "done";
    const result = validator.validateResponse("createChatCompletion", 200, "application/json", doc);
    expect(result.issues).toEqual([
      {
        path: "choices[0].finish_reason",
        message:
          'must be one of stop, length, content_filter, tool_calls, insufficient_system_resource, aborted; got "done"',
      },
    ]);
  });

  it("says which of the file part's exclusive fields clash, or that one of them is missing", () => {
    const issuesOf = (name: string) =>
      validator
        .validateRequest("createChatCompletion", brokenDocument(name).doc)
        .issues.filter((issue) => issue.path.startsWith("messages[0].content["));
    expect(issuesOf("file part with both file_id and file_data")).toEqual([
      {
        path: "messages[0].content[1].file_data",
        message: 'is not allowed with the other fields given here; got "data:image/png;base64,iVBORw0KGgo="',
      },
      {
        path: "messages[0].content[1].file_id",
        message: 'is not allowed with the other fields given here; got "file-api-7f3a9c"',
      },
    ]);
    expect(issuesOf("file part with neither file_id nor file_data")).toEqual([
      { path: "messages[0].content[1]", message: "must have file_id or file_data" },
    ]);
  });

  it.each(
    Object.entries({
      "Responses function_call item without call_id": [{ path: "input[2].call_id", message: "is required" }],
      "Responses input_image with neither image_url nor file_id": [
        { path: "input[0].content[2]", message: "must have image_url or file_id" },
      ],
      "Responses image in a system message": [
        { path: "input[0].content[1].type", message: 'is not allowed here; got "input_image"' },
        { path: "input[0].content[2].type", message: 'is not allowed here; got "input_image"' },
      ],
      "Responses stream event with an unknown type": [
        { path: "type", message: 'must be one of the known values; got "response.text.delta"' },
      ],
      "file upload with an expiry anchor but no seconds": [
        { path: "expires_after[seconds]", message: "is required with expires_after[anchor]" },
      ],
      "Anthropic tool_use block without id": [{ path: "messages[1].content[1].id", message: "is required" }],
    }),
  )(
    "names only the broken field of a Responses, Files or Anthropic document, not every variant it is not: %s",
    (name, issues) => {
      const { target, doc } = brokenDocument(name);
      expect(validateAt(target, doc).issues).toEqual(issues);
    },
  );

  it("says which media types an operation's request has when given another", () => {
    expect(validator.validateRequest("uploadFile", { purpose: "user_data" })).toEqual({
      valid: false,
      issues: [
        { path: "(content-type)", message: 'must be one of multipart/form-data; got "application/json"' },
      ],
    });
  });

  it("names a constant's one value once, though the spec writes it as `const` and `enum`", () => {
    const doc = copyOfBase("basic-response") as { object: string };
    doc.object = "chat.complete";
    const result = validator.validateResponse("createChatCompletion", 200, "application/json", doc);
    expect(result.issues).toEqual([
      { path: "object", message: 'must be "chat.completion"; got "chat.complete"' },
    ]);
  });
});
