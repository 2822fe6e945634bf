/** The browser test's checker of shown samples, on hand-written samples: it passes what is right and names what is not. */
import { describe, expect, it } from "vitest";
import { type CheckedExample, sampleFindings } from "./support/sample-check.js";

const json: CheckedExample = {
  operation: "createThing",
  name: "thing-request",
  mediaType: "application/json",
  value: { model: "m", text: 'it\'s "quoted"\n', n: 1 },
  fileFields: [],
};
const curl = `curl https://x/things \\\n  -H "Content-Type: application/json" \\\n  -d '{"model": "m", "text": "it'\\''s \\"quoted\\"\\n", "n": 1}'`;
const code = 'create({ model: "m", text: "it\'s \\"quoted\\"\\n", n: 1 })';

describe("sampleFindings", () => {
  it("finds nothing when each language carries the example and the copy is what is shown", () => {
    expect(
      sampleFindings(json, [
        { language: "curl", shown: curl, copied: curl },
        { language: "TypeScript", shown: code, copied: code },
      ]),
    ).toEqual([]);
  });

  it("names a curl body that differs, a missing string and a copy that differs", () => {
    const other = curl.replace('"n": 1', '"n": 2');
    expect(
      sampleFindings(json, [
        { language: "curl", shown: other, copied: other },
        { language: "Python", shown: code.replace('"m"', '"x"'), copied: code },
      ]),
    ).toEqual([
      { operation: "createThing", example: "thing-request", language: "curl", rule: "curl-body-differs" },
      {
        operation: "createThing",
        example: "thing-request",
        language: "Python",
        rule: "string-missing",
        value: "m",
      },
      { operation: "createThing", example: "thing-request", language: "Python", rule: "copy-differs" },
    ]);
  });

  it("checks a form's -F fields, a file field by its @ alone, and skips file fields in the code", () => {
    const form: CheckedExample = {
      operation: "upload",
      name: "upload-request",
      mediaType: "multipart/form-data",
      value: { file: "(bytes)", purpose: "user data", "a[b]": 3 },
      fileFields: ["file"],
    };
    const sent =
      "curl https://x/files \\\n  -F file=@image.png \\\n  -F 'purpose=user data' \\\n  -F 'a[b]=3'";
    expect(sampleFindings(form, [{ language: "curl", shown: sent, copied: sent }])).toEqual([]);
    const python = 'create(file=image, purpose="user data", a={"b": 3})';
    expect(sampleFindings(form, [{ language: "Python", shown: python, copied: python }])).toEqual([]);
    const wrong = sent.replace("'a[b]=3'", "'a[b]=4'");
    expect(sampleFindings(form, [{ language: "curl", shown: wrong, copied: wrong }])).toEqual([
      { operation: "upload", example: "upload-request", language: "curl", rule: "curl-fields-differ" },
    ]);
  });
});
