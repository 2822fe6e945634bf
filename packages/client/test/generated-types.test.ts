// What scripts/generate-types.ts adds to openapi-typescript's output: each enum value's description from the spec,
// in the doc comment an editor shows for the type (the reference shows the same texts as its model table).
import { readFileSync } from "node:fs";
import { loadBundledSpec } from "@deepseek-openapi/spec";
import { describe, expect, it } from "vitest";

const generated = readFileSync(new URL("../src/generated/openapi.ts", import.meta.url), "utf8");
const schemas = (loadBundledSpec() as { components: { schemas: Record<string, Record<string, unknown>> } })
  .components.schemas;
const described = Object.entries(schemas).filter(([, schema]) => schema["x-enumDescriptions"]);

/** The doc comment openapi-typescript wrote above `components.schemas[name]`, without its ` * ` gutters. */
function docComment(name: string): string {
  const declaration = generated.indexOf(`\n        ${name}: `);
  const start = generated.lastIndexOf("/**", declaration);
  return generated
    .slice(start, declaration)
    .split("\n")
    .map((line) => line.replace(/^\s*\*(\s{1,5}|\/|$)/, "").replace(/^\/\*\*\s*/, ""))
    .join("\n");
}

describe("the generated types' doc comments", () => {
  it("find a schema with x-enumDescriptions in the spec (KnownModelId)", () => {
    expect(described.map(([name]) => name)).toContain("KnownModelId");
  });

  it.each(described)("list every value of %s with its description, in the spec's order", (name, schema) => {
    const lines = docComment(name)
      .split("\n")
      .filter((line) => line.startsWith("- `"));
    const expected = Object.entries(schema["x-enumDescriptions"] as Record<string, string>).map(
      ([value, text]) => `- \`${value}\`: ${text}`,
    );
    expect(lines).toEqual(expected);
  });
});
