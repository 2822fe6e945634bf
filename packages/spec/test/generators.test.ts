// People generate code from the published spec with stock tools and default options. openapi-typescript is the
// one this project uses; with its defaults, every schema must still come out as a usable type.
import openapiTS, { astToString } from "openapi-typescript";
import { describe, expect, it } from "vitest";
import { spec } from "./support/spec.js";

/** `name: <type>` of every schema under `components.schemas`, from openapi-typescript's output. */
function schemaTypes(source: string): Map<string, string> {
  const start = source.indexOf("    schemas: {\n");
  const end = source.indexOf("\n    };\n", start);
  const types = new Map<string, string>();
  // Each schema starts at the indentation of a `schemas` member and runs until the next one.
  const members = source
    .slice(start, end)
    .split(/\n {8}(?=[A-Za-z_]\w*: )/)
    .slice(1);
  for (const member of members) {
    const colon = member.indexOf(": ");
    types.set(member.slice(0, colon), member.slice(colon + 2));
  }
  return types;
}

/** Whether a type is `unknown` or a union that has `unknown` at its top level (which makes it `unknown`). */
const collapsesToUnknown = (type: string) => /^unknown;|[}\]a-z"] \| unknown\b|\bunknown \| /.test(type);

describe("code generated from the spec by stock tools", () => {
  it("gives every schema a usable type with openapi-typescript's default options", async () => {
    const source = astToString(await openapiTS(structuredClone(spec) as never, { silent: true }));
    const types = schemaTypes(source);
    expect([...types.keys()].sort()).toEqual(Object.keys(spec.components.schemas).sort());
    const unusable = [...types].filter(([, type]) => collapsesToUnknown(type)).map(([name]) => name);
    expect(unusable).toEqual([]);
  });

  it("would catch a schema that collapses to unknown", () => {
    expect(collapsesToUnknown("{\n a: string;\n } | unknown | {\n b: string;\n };")).toBe(true);
    expect(collapsesToUnknown("unknown;")).toBe(true);
    expect(collapsesToUnknown("{\n [key: string]: unknown;\n };")).toBe(false);
    expect(collapsesToUnknown('"a" | "b";')).toBe(false);
  });
});
