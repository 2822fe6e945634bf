// Every common generator can read the published spec: the bundle goes through stock generators and Spectral with
// their default options, and what they produce type-checks and parses the spec's own examples.
// The decisions behind the spec's forms: docs/decisions/0001-generator-portability.md.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledSpecPaths } from "../src/index.js";
import {
  generateHeyApi,
  generateHeyApiZod,
  generateOpenapiTypescript,
  generateZodClient,
  importGenerated,
  scratchDir,
  spectralFindings,
  typeCheck,
  type ZodLike,
} from "./support/portability.js";
import {
  type NamedExample,
  namedExamples,
  operations,
  spec,
  streamFraming,
  streamPayloads,
} from "./support/spec.js";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** The zod issues of a parse, as `code at path`. */
function issuesOf(schema: ZodLike, value: unknown): string[] {
  const result = schema.safeParse(value);
  return (result.error?.issues ?? []).map((issue) => `${issue.code} at ${issue.path.join(".")}`);
}

/** The component name a `$ref` points to. */
const refName = (node: unknown) => ((node as { $ref?: string }).$ref ?? "").split("/").at(-1) ?? "";

/**
 * The component schema an example is an instance of: the request body's, the response's, or the stream item's
 * (`x-itemSchema`).
 */
function schemaNameOf(example: NamedExample): string {
  const { operation } = operations().find((each) => each.operation.operationId === example.operationId) ?? {};
  if (!operation) throw new Error(`no operation ${example.operationId}`);
  if (example.where === "request")
    return refName((operation.requestBody?.content[example.mediaType] as MediaTypeRefs | undefined)?.schema);
  const declared = operation.responses[String(example.status)];
  const response = declared?.$ref ? spec.components.responses[refName(declared)] : declared;
  const media = (response as { content?: Record<string, MediaTypeRefs> } | undefined)?.content?.[
    example.mediaType
  ];
  return refName(example.mediaType === "text/event-stream" ? media?.["x-itemSchema"] : media?.schema);
}
interface MediaTypeRefs {
  schema?: unknown;
  "x-itemSchema"?: unknown;
}

/** A zod module's schema for an example, or `undefined` when the module has none. */
type SchemaFor = (example: NamedExample, name: string) => ZodLike | undefined;

// A text/plain body (an old deployment's error message) is a plain string: no generator gives it a schema.
const examplesToParse = namedExamples().filter((example) => example.mediaType !== "text/plain");

/**
 * A multipart example as a client sends it: its `format: binary` fields (written as text in the spec) as a `File`,
 * which is what openapi-zod-client's `z.instanceof(File)` for them expects.
 */
function withFiles(example: NamedExample, name: string): unknown {
  const schema = spec.components.schemas[name] as { properties?: Record<string, { format?: string }> };
  const value = { ...(example.value as Record<string, unknown>) };
  for (const [key, property] of Object.entries(schema.properties ?? {}))
    if (property.format === "binary" && typeof value[key] === "string")
      value[key] = new File([value[key] as string], "upload");
  return value;
}

/** What parsing every example (each event of a stream example) with `schemaFor`'s schemas reports. */
function exampleFailures(schemaFor: SchemaFor, filesAsFile = false): string[] {
  return examplesToParse.flatMap((example) => {
    const name = schemaNameOf(example);
    const schema = schemaFor(example, name);
    if (!schema) return [`${example.operationId} ${example.name}: no zod schema for ${name}`];
    const values =
      example.mediaType === "text/event-stream"
        ? streamPayloads(example.value as string, streamFraming(example.operationId))
        : example.mediaType === "multipart/form-data" && filesAsFile
          ? [withFiles(example, name)]
          : [example.value];
    return values.flatMap((value) =>
      issuesOf(schema, value).map((issue) => `${example.operationId} ${example.name}: ${issue}`),
    );
  });
}

interface ZodClientModule {
  schemas: Record<string, ZodLike>;
}

describe("the bundled spec through stock generators, with their default options", () => {
  const scratch = scratchDir();
  const files: string[] = [];
  let zod: Record<string, ZodLike>;
  let zodClient: ZodClientModule;
  let zodClientAllSchemas: ZodClientModule;

  beforeAll(async () => {
    const specFile = fileURLToPath(bundledSpecPaths.json);
    files.push(await generateHeyApi(specFile, join(scratch.dir, "hey-api")));
    files.push(await generateHeyApiZod(specFile, join(scratch.dir, "hey-api-zod")));
    files.push(await generateOpenapiTypescript(spec, scratch.dir));
    files.push(await generateZodClient(spec, scratch.dir, "zod-client"));
    files.push(await generateZodClient(spec, scratch.dir, "zod-client-all", { exportAllSchemas: true }));
    zod = await importGenerated(files[1] as string);
    zodClient = await importGenerated(files[3] as string);
    zodClientAllSchemas = await importGenerated(files[4] as string);
  }, 60_000);
  afterAll(() => scratch.remove());

  it("type-checks (strict) what @hey-api/openapi-ts (types, SDK, client; zod), openapi-typescript and openapi-zod-client generate", () => {
    expect(files.length).toBe(5);
    expect(typeCheck(files, scratch.dir)).toEqual([]);
  }, 90_000);

  it("has request, response and stream examples to parse", () => {
    const kinds = new Set(examplesToParse.map((example) => `${example.where} ${example.mediaType}`));
    expect([...kinds].sort()).toEqual([
      "request application/json",
      "request multipart/form-data",
      "response application/json",
      "response text/event-stream",
    ]);
  });

  it("parses every request and response example, and every event of a stream example, with openapi-zod-client's schemas", () => {
    // Its default output holds the schemas an operation's JSON body reaches; the stream's item schema (reached only
    // through `x-itemSchema`) needs its `--export-schemas` flag (docs/decisions/0001-generator-portability.md, 4).
    const schemaFor: SchemaFor = (example, name) =>
      example.mediaType === "text/event-stream" ? zodClientAllSchemas.schemas[name] : zodClient.schemas[name];
    expect(exampleFailures(schemaFor, true)).toEqual([]);
  });

  it("parses every request and response example, and every event of a stream example, with hey-api's zod schemas", () => {
    expect(exampleFailures((_, name) => zod[`z${name}`])).toEqual([]);
  });

  it("uses each operation's own body and 200 response schema for its examples", () => {
    for (const { operation } of operations()) {
      const id = operation.operationId.charAt(0).toUpperCase() + operation.operationId.slice(1);
      const media = operation.responses["200"]?.content?.["application/json"] as MediaTypeRefs | undefined;
      expect(zod[`z${id}Response`], id).toBe(zod[`z${refName(media?.schema)}`]);
      const body = operation.requestBody?.content["application/json"] as MediaTypeRefs | undefined;
      if (body) expect(zod[`z${id}Body`], id).toBe(zod[`z${refName(body.schema)}`]);
    }
  });

  it("rejects documents the spec rejects, at the field that broke", () => {
    const examples = new Map(namedExamples().map((example) => [example.name, example.value]));
    const request = structuredClone(examples.get("basic-request")) as { messages: { role: string }[] };
    (request.messages[1] as { role: string }).role = "wizard";
    const response = structuredClone(examples.get("basic-response")) as {
      choices: { finish_reason: string }[];
    };
    (response.choices[0] as { finish_reason: string }).finish_reason = "done";
    expect(issuesOf(zod.zCreateChatCompletionBody as ZodLike, request)).toEqual([
      "invalid_union at messages.1",
    ]);
    expect(issuesOf(zod.zCreateChatCompletionResponse as ZodLike, response)).toEqual([
      "invalid_enum_value at choices.0.finish_reason",
    ]);
    expect(issuesOf(zodClient.schemas.ChatCompletionRequest as ZodLike, request)).toEqual([
      "invalid_union_discriminator at messages.1.role",
    ]);
    expect(issuesOf(zodClient.schemas.ChatCompletion as ZodLike, response)).toEqual([
      "invalid_enum_value at choices.0.finish_reason",
    ]);
  });
});

describe("Spectral's spectral:oas ruleset on the bundled spec", () => {
  it("reports nothing: 0 errors, 0 warnings", async () => {
    expect(await spectralFindings(spec)).toEqual([]);
  });
});

/** A small OpenAPI 3.1 document whose one operation takes and returns `components.schemas.Body`. */
function craftedSpec(schemas: Record<string, unknown>): object {
  const body = { schema: { $ref: "#/components/schemas/Body" } };
  return {
    openapi: "3.1.0",
    info: { title: "Crafted", version: "1.0.0", description: "A crafted document.", contact: { name: "x" } },
    servers: [{ url: "https://api.example.test" }],
    tags: [{ name: "Things", description: "Things." }],
    paths: {
      "/things": {
        post: {
          operationId: "createThing",
          tags: ["Things"],
          summary: "Create a thing",
          description: "Creates a thing.",
          requestBody: { required: true, content: { "application/json": body } },
          responses: { "200": { description: "The thing.", content: { "application/json": body } } },
        },
      },
    },
    components: { schemas },
  };
}

/** A oneOf of two objects discriminated by `kind`, whose values `kind(value)` writes. */
function discriminated(kind: (value: string) => object) {
  const variant = (value: string) => ({
    type: "object",
    required: ["kind"],
    properties: { kind: { type: "string", ...kind(value) } },
  });
  return craftedSpec({
    Body: { oneOf: [variant("cat"), variant("dog")], discriminator: { propertyName: "kind" } },
  });
}

/** A body that is a text part or a file part (discriminated by `type`), whose file-ID/inline exclusion is `exclusion`. */
function filePartSpec(exclusion: object) {
  const typeOf = (value: string) => ({ type: "string", const: value, enum: [value] });
  return craftedSpec({
    Body: {
      oneOf: [{ $ref: "#/components/schemas/Text" }, { $ref: "#/components/schemas/File" }],
      discriminator: { propertyName: "type" },
    },
    Text: {
      type: "object",
      required: ["type", "text"],
      properties: { type: typeOf("text"), text: { type: "string" } },
    },
    File: {
      type: "object",
      required: ["type"],
      properties: { type: typeOf("file"), file_id: { type: "string" }, file_data: { type: "string" } },
      ...exclusion,
    },
  });
}

describe("the checks fail on unportable schemas", () => {
  const scratch = scratchDir();
  afterAll(() => scratch.remove());

  it("openapi-zod-client's module throws on import for a discriminator whose values are `const` without `enum`", async () => {
    const file = await generateZodClient(
      discriminated((value) => ({ const: value })),
      scratch.dir,
      "const-only",
    );
    await expect(importGenerated(file)).rejects.toThrow(
      "A discriminator value for key `kind` could not be extracted from all schema options",
    );
    const fixed = await generateZodClient(
      discriminated((value) => ({ const: value, enum: [value] })),
      scratch.dir,
      "const-and-enum",
    );
    await expect(importGenerated(fixed)).resolves.toHaveProperty("schemas.Body");
  });

  it("openapi-zod-client cannot read a file part whose exclusions are a `oneOf`, but can when they are `dependentSchemas`", async () => {
    const withFalse = filePartSpec({
      oneOf: [
        { required: ["file_id"], properties: { file_data: false } },
        { required: ["file_data"], properties: { file_id: false } },
      ],
    });
    await expect(generateZodClient(withFalse, scratch.dir, "file-part-false")).rejects.toThrow(
      "Schema is required",
    );
    // Without boolean schemas the oneOf becomes a z.union, which z.discriminatedUnion cannot take as an option.
    const withNot = await generateZodClient(
      filePartSpec({
        oneOf: [
          { required: ["file_id"], not: { required: ["file_data"] } },
          { required: ["file_data"], not: { required: ["file_id"] } },
        ],
      }),
      scratch.dir,
      "file-part-not",
    );
    await expect(importGenerated(withNot)).rejects.toThrow(
      "Cannot read properties of undefined (reading 'type')",
    );
    const dependent = await generateZodClient(
      filePartSpec({
        dependentSchemas: {
          file_id: { properties: { file_data: false } },
          file_data: { properties: { file_id: false } },
        },
      }),
      scratch.dir,
      "file-part-dependent",
    );
    await expect(importGenerated(dependent)).resolves.toHaveProperty("schemas.Body");
  });

  it("openapi-zod-client's module does not type-check with a `null` inside an `enum`, but does with a null variant", async () => {
    const nullInEnum = await generateZodClient(
      craftedSpec({ Body: { type: ["string", "null"], enum: ["low", "high", null] } }),
      scratch.dir,
      "null-in-enum",
    );
    const nullVariant = await generateZodClient(
      craftedSpec({ Body: { oneOf: [{ type: "string", enum: ["low", "high"] }, { type: "null" }] } }),
      scratch.dir,
      "null-variant",
    );
    // One program for both (loading zod's types is the slow part): only the `null` inside the `enum` fails.
    expect(typeCheck([nullInEnum, nullVariant], scratch.dir)).toEqual([
      "null-in-enum.ts:4: TS2769 No overload matches this call.",
    ]);
  }, 60_000);

  it("Spectral reports an array without `items`, also inside `then`", async () => {
    const findings = await spectralFindings(
      craftedSpec({
        Body: {
          type: "object",
          properties: { list: { type: ["array", "null"], items: { type: "string" } } },
          if: { required: ["other"] },
          // biome-ignore lint/suspicious/noThenProperty: the JSON Schema keyword; the object is never awaited.
          then: { properties: { list: { type: "array", minItems: 1 } } },
        },
      }),
    );
    expect(findings).toEqual([
      { code: "array-items", severity: "error", path: "components.schemas.Body.then.properties.list" },
    ]);
  });

  it("`redocly lint` with the project's rules reports a `const` without `enum` and a `null` inside an `enum`", () => {
    const file = join(scratch.dir, "crafted.json");
    writeFileSync(
      file,
      JSON.stringify(
        craftedSpec({
          Body: {
            type: "object",
            description: "A body.",
            properties: {
              kind: { type: "string", const: "cat", description: "Without enum." },
              fixed: { type: "string", const: "cat", enum: ["cat"], description: "With enum." },
              effort: { type: ["string", "null"], enum: ["low", null], description: "With null." },
            },
          },
        }),
      ),
    );
    // It exits 1 on errors: the report on stdout is what counts.
    const { stdout: output } = spawnSync(
      "pnpm",
      ["exec", "redocly", "lint", file, "--config", "redocly.yaml", "--format=json"],
      { cwd: repoRoot, encoding: "utf8" },
    );
    const report = JSON.parse(output.slice(output.indexOf("{"))) as {
      problems: { ruleId: string; location: { pointer: string }[] }[];
    };
    const portability = report.problems
      .filter((problem) => ["rule/const-has-enum", "rule/enum-without-null"].includes(problem.ruleId))
      .map((problem) => `${problem.ruleId} ${problem.location[0]?.pointer}`);
    expect(portability).toEqual([
      "rule/const-has-enum #/components/schemas/Body/properties/kind/enum",
      "rule/enum-without-null #/components/schemas/Body/properties/effort/enum",
    ]);
  });
});
