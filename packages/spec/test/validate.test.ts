// The validator against a small hand-written document, built inside each test (not at import), so every rule of
// src/validate.ts is reached by a test: the lookups, the status and media-type fallbacks, and each wording.
import { describe, expect, it } from "vitest";
import { createValidator, type OpenApiDocument } from "../src/validate.js";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const document = {
  openapi: "3.1.0",
  paths: {
    "/things": {
      get: { responses: { "204": { description: "No operationId: not indexed." } } },
      post: {
        operationId: "createThing",
        requestBody: { content: { "application/json": { schema: ref("ThingRequest") } } },
        responses: {
          "200": {
            content: {
              "application/json": { schema: ref("Thing") },
              "text/event-stream": { schema: { type: "string" }, "x-itemSchema": ref("ThingEvent") },
            },
          },
          "4XX": { $ref: "#/components/responses/Error" },
          default: { description: "No body." },
        },
      },
    },
    "/inline": {
      put: {
        operationId: "putInline",
        requestBody: {
          content: {
            "application/json": {
              schema: { type: "object", required: ["a"], properties: { a: { type: "integer" } } },
            },
            "text/plain": {},
            "multipart/form-data": { schema: ref("Form") },
          },
        },
        responses: {
          "200": {
            content: { "application/json": { schema: { type: "array", items: { type: "string" } } } },
          },
        },
      },
      delete: { operationId: "deleteInline", responses: { "204": { description: "Gone." } } },
    },
  },
  components: {
    responses: {
      Error: { content: { "application/json": { schema: ref("Error") } } },
    },
    schemas: {
      ThingRequest: {
        type: "object",
        required: ["name"],
        additionalProperties: false,
        properties: {
          name: { type: "string", maxLength: 3 },
          note: { type: ["string", "null"] },
          v2: { type: "integer" },
          kind: { const: "thing", enum: ["thing"] },
          parts: { type: "array", items: ref("Part") },
          source: ref("Source"),
          size: { oneOf: [{ type: "integer" }, { type: "string", enum: ["small", "large"] }] },
        },
      },
      Part: {
        type: "object",
        discriminator: {
          propertyName: "type",
          mapping: { text: "#/components/schemas/Text", image: "#/components/schemas/Image" },
        },
        oneOf: [ref("Text"), ref("Image")],
      },
      Text: {
        type: "object",
        "x-note": "an extension keyword",
        required: ["type", "text"],
        properties: { type: { const: "text" }, text: { type: "string" } },
      },
      Image: {
        type: "object",
        required: ["type", "url"],
        properties: { type: { const: "image" }, url: { type: "string", format: "uri" } },
      },
      Source: {
        type: "object",
        properties: { file_id: { type: "string" }, file_data: { type: "string" } },
        oneOf: [{ required: ["file_id"] }, { required: ["file_data"] }],
      },
      Block: { oneOf: [ref("TextBlock"), ref("ToolBlock"), { type: "string" }] },
      TextBlock: {
        type: "object",
        required: ["type", "text"],
        properties: { type: { const: "text" }, text: { type: "string" } },
      },
      ToolBlock: {
        type: "object",
        required: ["id"],
        properties: { type: { const: "tool" }, id: { type: "string" } },
      },
      Form: {
        type: "object",
        required: ["file"],
        properties: {
          file: { type: "string" },
          count: ref("Count"),
          ratio: { type: ["number", "null"] },
          flag: { type: "boolean" },
          confirmed: { type: "boolean", const: true, enum: [true] },
        },
      },
      Count: { type: "integer", minimum: 1 },
      Pair: { type: "object", properties: { a: {}, b: {} }, dependentRequired: { a: ["b"] } },
      NotNull: { not: { type: "null" } },
      Named: { type: "object", required: ["name"], "x-tags": [{ "x-inner": null }] },
      Thing: { type: "object", required: ["id"], properties: { id: { type: "string" } } },
      ThingEvent: { type: "object", required: ["delta"], properties: { delta: { type: "string" } } },
      Error: { type: "object", required: ["message"], properties: { message: { type: "string" } } },
    },
  },
} as unknown as OpenApiDocument;

const fresh = () => createValidator(structuredClone(document));
const valid = { valid: true, issues: [] };
const invalid = (...issues: { path: string; message: string }[]) => ({ valid: false, issues });

describe("createValidator", () => {
  it("names every component schema", () => {
    expect(fresh().schemaNames).toEqual(Object.keys(document.components.schemas));
  });

  it("compiles x- extension keywords (also nested in arrays), a `required` without `properties`, and two inline schemas", () => {
    const validator = fresh();
    expect(validator.validateSchema("Named", { name: 1 })).toEqual(valid);
    expect(validator.validateSchema("Named", {})).toEqual(invalid({ path: "name", message: "is required" }));
    expect(validator.validateRequest("putInline", { a: 1 })).toEqual(valid);
    expect(validator.validateResponse("putInline", 200, "application/json", ["x"])).toEqual(valid);
    expect(validator.validateResponse("putInline", 200, "application/json", [1])).toEqual(
      invalid({ path: "[0]", message: "must be string; got 1" }),
    );
  });

  it("refuses a schema keyword it does not know (strict), rather than ignoring it", () => {
    const typo = structuredClone(document) as unknown as { components: { schemas: Record<string, unknown> } };
    typo.components.schemas.Typo = { type: "object", requried: ["name"] };
    const validator = createValidator(typo as unknown as OpenApiDocument);
    expect(() => validator.validateSchema("Typo", {})).toThrow(/unknown keyword: "requried"/);
  });

  it("throws on a schema, operation or body the document does not have, naming it", () => {
    const validator = fresh();
    expect(() => validator.validateSchema("Nope", {})).toThrow(
      new Error('no schema named "Nope" in components.schemas'),
    );
    expect(() => validator.validateRequest("nope", {})).toThrow(
      new Error('no operation with operationId "nope"'),
    );
    expect(() => validator.validateRequest("putInline", "x", "text/plain")).toThrow(
      new Error("no schema for putInline request text/plain"),
    );
  });

  it("answers the same when asked twice (compiled once)", () => {
    const validator = fresh();
    for (let i = 0; i < 2; i++) {
      expect(validator.validateSchema("Thing", {})).toEqual(invalid({ path: "id", message: "is required" }));
      expect(validator.validateRequest("createThing", { name: "a" })).toEqual(valid);
    }
  });
});

describe("which schema a request or response is checked against", () => {
  const validator = fresh();

  it("checks an event stream's data against its item schema", () => {
    expect(validator.validateResponse("createThing", 200, "text/event-stream", { delta: "x" })).toEqual(
      valid,
    );
    expect(validator.validateResponse("createThing", 200, "text/event-stream", "x")).toEqual(
      invalid({ path: "(root)", message: 'must be object; got "x"' }),
    );
  });

  it("falls back from the status to its class (4XX) through a $ref, then to default", () => {
    expect(validator.validateResponse("createThing", 404, "application/json", { message: "gone" })).toEqual(
      valid,
    );
    expect(validator.validateResponse("createThing", 429, "application/json", {})).toEqual(
      invalid({ path: "message", message: "is required" }),
    );
    expect(validator.validateResponse("createThing", 500, "application/json", {})).toEqual(
      invalid({ path: "(content-type)", message: 'must be one of no body; got "application/json"' }),
    );
  });

  it("names a request media type the operation does not take, or that it takes no body", () => {
    expect(validator.validateRequest("putInline", {}, "text/csv")).toEqual(
      invalid({
        path: "(content-type)",
        message: 'must be one of application/json, text/plain, multipart/form-data; got "text/csv"',
      }),
    );
    expect(validator.validateRequest("putInline", {}, "multipart/form-data")).toEqual(
      invalid({ path: "file", message: "is required" }),
    );
    expect(validator.validateRequest("deleteInline", {})).toEqual(
      invalid({ path: "(content-type)", message: 'must be one of no body; got "application/json"' }),
    );
  });

  it("reads a form's text fields as the numbers and booleans their properties are, and nothing else", () => {
    const form = (fields: Record<string, unknown>) =>
      validator.validateRequest("putInline", { file: "a.png", ...fields }, "multipart/form-data");
    expect(form({ count: "3600", ratio: "0.5", flag: "true" })).toEqual(valid);
    expect(form({ count: "-1", flag: "false" })).toEqual(
      invalid({ path: "count", message: "must be >= 1; got -1" }),
    );
    expect(form({ count: "soon" })).toEqual(
      invalid({ path: "count", message: 'must be integer; got "soon"' }),
    );
    expect(form({ count: " " })).toEqual(invalid({ path: "count", message: 'must be integer; got " "' }));
    expect(form({ ratio: "Infinity" })).toEqual(
      invalid({ path: "ratio", message: 'must be number or null; got "Infinity"' }),
    );
    expect(form({ flag: "yes" })).toEqual(invalid({ path: "flag", message: 'must be boolean; got "yes"' }));
    expect(form({ confirmed: "true" })).toEqual(valid);
    expect(form({ confirmed: "false" }).valid).toBe(false);
    // A string property keeps its text, digits and all.
    expect(form({ file: "123" })).toEqual(valid);
    expect(form({ file: 1 })).toEqual(invalid({ path: "file", message: "must be string; got 1" }));
    // A form that is not an object of fields is checked as it is.
    for (const [body, got] of [
      ["3600", '"3600"'],
      [null, "null"],
      [["3600"], '["3600"]'],
    ] as const)
      expect(validator.validateRequest("putInline", body, "multipart/form-data")).toEqual(
        invalid({ path: "(root)", message: `must be object; got ${got}` }),
      );
    // A JSON body says its own types: "1" stays a string.
    expect(validator.validateRequest("putInline", { a: "1" })).toEqual(
      invalid({ path: "a", message: 'must be integer; got "1"' }),
    );
  });

  it("names an undocumented status, and the documented media types", () => {
    expect(validator.validateResponse("putInline", 404, "application/json", {})).toEqual(
      invalid({ path: "(status)", message: "404 is not a documented status of putInline" }),
    );
    expect(validator.validateResponse("createThing", 200, "text/plain", "x")).toEqual(
      invalid({
        path: "(content-type)",
        message: 'must be one of application/json, text/event-stream; got "text/plain"',
      }),
    );
  });
});

describe("the issues: one per broken location, most specific first, each saying what was expected and found", () => {
  const validator = fresh();
  const request = (body: unknown) => validator.validateRequest("createThing", body);

  it("reports every broken field (all errors, not the first), the deepest first", () => {
    expect(request({ name: "toolong", note: 5, v2: "x", parts: [{ type: "text" }] })).toEqual(
      invalid(
        { path: "parts[0].text", message: "is required" },
        { path: "name", message: 'must NOT have more than 3 characters; got "toolong"' },
        { path: "note", message: "must be string or null; got 5" },
        { path: "v2", message: 'must be integer; got "x"' },
      ),
    );
  });

  it("names a missing required field at its own path; the root is (root)", () => {
    expect(request({})).toEqual(invalid({ path: "name", message: "is required" }));
    expect(request(null)).toEqual(invalid({ path: "(root)", message: "must be object; got null" }));
  });

  it("writes array indexes in brackets, of any length, and keys with digits as keys", () => {
    const parts = Array.from({ length: 11 }, () => ({ type: "text", text: "t" }));
    parts[10] = { type: "text", text: 7 } as unknown as (typeof parts)[number];
    expect(request({ name: "a", parts })).toEqual(
      invalid({ path: "parts[10].text", message: "must be string; got 7" }),
    );
  });

  it("names a discriminator's unknown value at the tag", () => {
    expect(request({ name: "a", parts: [{ type: "video" }] })).toEqual(
      invalid({ path: "parts[0].type", message: 'must be one of the known values; got "video"' }),
    );
  });

  it("names a constant's value once, though it is written as const and enum", () => {
    expect(request({ name: "a", kind: "other" })).toEqual(
      invalid({ path: "kind", message: 'must be "thing"; got "other"' }),
    );
  });

  it("reports a oneOf by the one variant whose type admits the value", () => {
    expect(request({ name: "a", size: "medium" })).toEqual(
      invalid({
        path: "size",
        message: 'must be one of small, large; got "medium"',
      }),
    );
  });

  it("says one of two alternative fields is needed, or that the one alternative is missing", () => {
    expect(request({ name: "a", source: {} })).toEqual(
      invalid({ path: "source", message: "must have file_id or file_data" }),
    );
    expect(request({ name: "a", source: { file_id: "f", file_data: "d" } })).toEqual(
      invalid({
        path: "source",
        message: "must match exactly one schema in oneOf; got " + '{"file_id":"f","file_data":"d"}',
      }),
    );
  });

  it("names a field the schema does not allow, and cuts a long value it got to 80 characters", () => {
    const long = "x".repeat(100);
    expect(request({ name: "a", extra: long })).toEqual(
      invalid({
        path: "(root)",
        message: `must NOT have additional properties; got ${JSON.stringify({ name: "a", extra: long }).slice(0, 80)}`,
      }),
    );
  });

  it("checks string formats", () => {
    expect(request({ name: "a", parts: [{ type: "image", url: "not a uri" }] })).toEqual(
      invalid({ path: "parts[0].url", message: 'must match format "uri"; got "not a uri"' }),
    );
  });

  it("reports a oneOf of objects told apart by a `type` const by the variant its `type` names, or, without one, the variant that does not require it", () => {
    const block = (value: unknown) => validator.validateSchema("Block", value);
    expect(block("plain")).toEqual(valid);
    expect(block({ type: "text" })).toEqual(invalid({ path: "text", message: "is required" }));
    expect(block({ type: "tool", id: 1 })).toEqual(invalid({ path: "id", message: "must be string; got 1" }));
    expect(block({})).toEqual(invalid({ path: "id", message: "is required" }));
    expect(block([{ type: "text" }])).toEqual(
      invalid({
        path: "(root)",
        message: 'must be object; got [{"type":"text"}]; or must be string; got [{"type":"text"}]',
      }),
    );
  });

  it("names a field another one requires, and a value a `not` excludes", () => {
    expect(validator.validateSchema("Pair", { a: 1 })).toEqual(
      invalid({ path: "b", message: "is required with a" }),
    );
    expect(validator.validateSchema("Pair", { a: 1, b: 2 })).toEqual(valid);
    expect(validator.validateSchema("NotNull", null)).toEqual(
      invalid({ path: "(root)", message: "is not allowed here; got null" }),
    );
  });
});
