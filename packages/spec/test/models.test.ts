// GET /models: DeepSeek's list since 2026-09 describes each model; every new field is optional, so the older
// ID-only lists (examples and recordings) keep validating.
import { describe, expect, it } from "vitest";
import { namedExamples, spec, validator } from "./support/spec.js";

interface ModelEntry {
  id: string;
  [field: string]: unknown;
}
const examples = new Map(namedExamples().map((e) => [e.name, e.value]));
const detailed = examples.get("models-flash") as { object: string; data: ModelEntry[] };
const modelProperties = Object.keys(
  (spec.components.schemas.Model as { properties: Record<string, unknown> }).properties,
);
const validateList = (list: unknown) =>
  validator.validateResponse("listModels", 200, "application/json", list).issues;

describe("the models list", () => {
  it("has DeepSeek's detailed example: the current models, with every field the docs give (only `created` missing)", () => {
    expect(detailed.data.map((model) => model.id)).toEqual(["deepseek-flash", "deepseek-v4-pro"]);
    const given = new Set(detailed.data.flatMap((model) => Object.keys(model)));
    expect(modelProperties.filter((field) => !given.has(field))).toEqual(["created"]);
    expect(validateList(detailed)).toEqual([]);
  });

  it("accepts each model with only the fields it must have, and with any one new field alone", () => {
    const required = ["id", "object", "owned_by"];
    for (const model of detailed.data) {
      const bare = Object.fromEntries(required.map((field) => [field, model[field]]));
      expect(validateList({ object: "list", data: [bare] })).toEqual([]);
      for (const field of Object.keys(model).filter((f) => !required.includes(f))) {
        expect({
          field,
          issues: validateList({ object: "list", data: [{ ...bare, [field]: model[field] }] }),
        }).toEqual({ field, issues: [] });
      }
    }
  });

  it("accepts effort without a default level and api_capabilities without the Anthropic entry", () => {
    const [model] = structuredClone(detailed.data) as [ModelEntry & { effort: { default_level?: string } }];
    delete model.effort.default_level;
    model.api_capabilities = {};
    expect(validateList({ object: "list", data: [model] })).toEqual([]);
  });
});
