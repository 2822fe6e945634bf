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
  generateOpenapiTypescript,
  generateZodClient,
  importZodClient,
  scratchDir,
  spectralFindings,
  typeCheck,
  type ZodClientModule,
  type ZodLike,
} from "./support/portability.js";
import { namedExamples, operations, spec, streamPayloads } from "./support/spec.js";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** The zod issues of a parse, as `code at path`. */
function issuesOf(schema: ZodLike, value: unknown): string[] {
  const result = schema.safeParse(value);
  return (result.error?.issues ?? []).map((issue) => `${issue.code} at ${issue.path.join(".")}`);
}

/** The schema name of the `x-itemSchema` $ref of an operation's event-stream response. */
function itemSchemaName(operationId: string): string {
  const found = operations().find(({ operation }) => operation.operationId === operationId);
  const media = found?.operation.responses["200"]?.content?.["text/event-stream"] as
    | { "x-itemSchema"?: { $ref: string } }
    | undefined;
  const ref = media?.["x-itemSchema"]?.$ref;
  if (!ref) throw new Error(`${operationId} has no x-itemSchema $ref`);
  return ref.split("/").at(-1) as string;
}

describe("the bundled spec through stock generators, with their default options", () => {
  const scratch = scratchDir();
  const files: string[] = [];
  let zodClient: ZodClientModule;
  let zodClientAllSchemas: ZodClientModule;

  beforeAll(async () => {
    files.push(await generateHeyApi(fileURLToPath(bundledSpecPaths.json), join(scratch.dir, "hey-api")));
    files.push(await generateOpenapiTypescript(spec, scratch.dir));
    files.push(await generateZodClient(spec, scratch.dir, "zod-client"));
    files.push(await generateZodClient(spec, scratch.dir, "zod-client-all", { exportAllSchemas: true }));
    zodClient = await importZodClient(join(scratch.dir, "zod-client.ts"));
    zodClientAllSchemas = await importZodClient(join(scratch.dir, "zod-client-all.ts"));
  }, 60_000);
  afterAll(() => scratch.remove());

  it("type-checks (strict) what @hey-api/openapi-ts, openapi-typescript and openapi-zod-client generate", () => {
    expect(files.length).toBe(4);
    expect(typeCheck(files, scratch.dir)).toEqual([]);
  }, 60_000);

  /** The zod schema openapi-zod-client gives an operation's JSON request body or its response of a status. */
  function bodySchema(operationId: string, where: "request" | "response", status = 200): ZodLike | undefined {
    const endpoint = zodClient.api.api.find((candidate) => candidate.alias === operationId);
    if (where === "request")
      return endpoint?.parameters?.find((parameter) => parameter.type === "Body")?.schema;
    if (status === 200) return endpoint?.response;
    return endpoint?.errors?.find((error) => error.status === status)?.schema;
  }

  it("parses every JSON request and response example with the zod schema of its operation's body", () => {
    const json = namedExamples().filter((example) => example.mediaType === "application/json");
    const failures = json.flatMap((example) => {
      const schema = bodySchema(example.operationId, example.where, example.status);
      if (!schema) return [`${example.operationId} ${example.name}: no zod schema`];
      return issuesOf(schema, example.value).map(
        (issue) => `${example.operationId} ${example.name}: ${issue}`,
      );
    });
    expect(failures).toEqual([]);
    expect(json.filter((example) => example.where === "request").length).toBeGreaterThan(10);
    expect(
      json.filter((example) => example.where === "response" && example.status !== 200).length,
    ).toBeGreaterThan(5);
  });

  it("parses every event of every stream example with the item schema's zod schema (with --export-schemas)", () => {
    const streams = namedExamples().filter((example) => example.mediaType === "text/event-stream");
    const failures = streams.flatMap((example) => {
      const name = itemSchemaName(example.operationId);
      const schema = zodClientAllSchemas.schemas[name];
      if (!schema) return [`${example.name}: no zod schema ${name}`];
      return streamPayloads(example.value as string).flatMap((payload, index) =>
        issuesOf(schema, payload).map((issue) => `${example.name} event ${index}: ${issue}`),
      );
    });
    expect(failures).toEqual([]);
    expect(streams.length).toBeGreaterThan(3);
  });

  it("rejects documents the spec rejects, at the field that broke", () => {
    const examples = new Map(namedExamples().map((example) => [example.name, example.value]));
    const request = structuredClone(examples.get("basic-request")) as { messages: { role: string }[] };
    (request.messages[1] as { role: string }).role = "wizard";
    const response = structuredClone(examples.get("basic-response")) as {
      choices: { finish_reason: string }[];
    };
    (response.choices[0] as { finish_reason: string }).finish_reason = "done";
    expect(issuesOf(bodySchema("createChatCompletion", "request") as ZodLike, request)).toEqual([
      "invalid_union_discriminator at messages.1.role",
    ]);
    expect(issuesOf(bodySchema("createChatCompletion", "response") as ZodLike, response)).toEqual([
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

describe("the checks fail on unportable schemas", () => {
  const scratch = scratchDir();
  afterAll(() => scratch.remove());

  it("openapi-zod-client's module throws on import for a discriminator whose values are `const` without `enum`", async () => {
    const file = await generateZodClient(
      discriminated((value) => ({ const: value })),
      scratch.dir,
      "const-only",
    );
    await expect(importZodClient(file)).rejects.toThrow(
      "A discriminator value for key `kind` could not be extracted from all schema options",
    );
    const fixed = await generateZodClient(
      discriminated((value) => ({ const: value, enum: [value] })),
      scratch.dir,
      "const-and-enum",
    );
    await expect(importZodClient(fixed)).resolves.toHaveProperty("schemas.Body");
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
