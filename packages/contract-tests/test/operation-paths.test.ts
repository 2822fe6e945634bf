import { readdirSync, readFileSync } from "node:fs";
import { listOperations, loadBundledSpec } from "@deepseek-openapi/spec";
import { describe, expect, it } from "vitest";
import { literalOperationPaths } from "./helpers/literal-paths.js";

// The suite addresses every request by its operationId (src/operations.ts), so that a path the spec changes is
// changed for every check: no other file of src/ may spell out a path of the spec's operations.

const operationPaths = listOperations(loadBundledSpec()).map((operation) => operation.path);
const sourceDirectory = new URL("../src/", import.meta.url);

function suiteSources(): { name: string; text: string }[] {
  return readdirSync(sourceDirectory, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts") && name !== "operations.ts")
    .map((name) => ({ name: `src/${name}`, text: readFileSync(new URL(name, sourceDirectory), "utf8") }));
}

describe("the suite's source", () => {
  it("spells out no path of the spec's operations outside src/operations.ts", () => {
    const sources = suiteSources();
    expect(sources.map((source) => source.name)).toEqual(
      expect.arrayContaining(["src/runner.ts", "src/checks/models.ts", "src/checks/requests.ts"]),
    );
    expect(literalOperationPaths(sources, operationPaths)).toEqual([]);
  });

  it("would be caught naming file, line and the spec's path, and words that only look like one are not", () => {
    const sample = [
      'const balancePath = "/user/balance";',
      'title: "GET /models is a valid ModelList",',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text that builds a URL with a template
      "const url = `${base}/files/${id}`;",
      'import { filesChecks } from "./files.js";',
      '{ mockExample: "models-v4" }',
      'send({ path: "/v1/files" }); // and /chat/completions',
      "// see https://api.deepseek.com/responses.",
      'const other = "/modelsx" + "/beta";',
    ].join("\n");
    expect(literalOperationPaths([{ name: "src/sample.ts", text: sample }], operationPaths)).toEqual([
      { file: "src/sample.ts", line: 1, path: "/user/balance" },
      { file: "src/sample.ts", line: 2, path: "/models" },
      { file: "src/sample.ts", line: 3, path: "/files/{file_id}" },
      { file: "src/sample.ts", line: 6, path: "/v1/files" },
      { file: "src/sample.ts", line: 6, path: "/chat/completions" },
      { file: "src/sample.ts", line: 7, path: "/responses" },
    ]);
  });
});
