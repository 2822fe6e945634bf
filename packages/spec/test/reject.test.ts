import { describe, expect, it } from "vitest";
import { type MustReject, mustReject } from "./fixtures/must-reject.js";
import { validator } from "./support/spec.js";
import { copyOfBase, validateAt } from "./support/targets.js";

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
    const doc = copyOfBase((mustReject.find((c) => c.name === "finish_reason done") as MustReject).base) as {
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
    const issuesOf = (name: string) => {
      const c = mustReject.find((each) => each.name === name) as MustReject;
      const doc = copyOfBase(c.base);
      c.breakIt(doc);
      return validator
        .validateRequest("createChatCompletion", doc)
        .issues.filter((issue) => issue.path.startsWith("messages[0].content["));
    };
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

  it("names only the broken field of a Responses, Files or Anthropic document, not every variant it is not", () => {
    const issuesOf = (name: string) => {
      const c = mustReject.find((each) => each.name === name) as MustReject;
      const doc = copyOfBase(c.base);
      c.breakIt(doc);
      return validateAt(c.target, doc).issues;
    };
    expect(issuesOf("Responses function_call item without call_id")).toEqual([
      { path: "input[2].call_id", message: "is required" },
    ]);
    expect(issuesOf("Responses input_image with neither image_url nor file_id")).toEqual([
      { path: "input[0].content[2]", message: "must have image_url or file_id" },
    ]);
    expect(issuesOf("Responses image in a system message")).toEqual([
      { path: "input[0].content[1].type", message: 'is not allowed here; got "input_image"' },
      { path: "input[0].content[2].type", message: 'is not allowed here; got "input_image"' },
    ]);
    expect(issuesOf("Responses stream event with an unknown type")).toEqual([
      { path: "type", message: 'must be one of the known values; got "response.text.delta"' },
    ]);
    expect(issuesOf("file upload with an expiry anchor but no seconds")).toEqual([
      { path: "expires_after[seconds]", message: "is required with expires_after[anchor]" },
    ]);
    expect(issuesOf("Anthropic tool_use block without id")).toEqual([
      { path: "messages[1].content[1].id", message: "is required" },
    ]);
  });

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
