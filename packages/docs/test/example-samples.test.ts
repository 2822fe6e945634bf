/** The samples generated for every request example, from one template per operation and language. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundledSpecPaths } from "@deepseek-openapi/spec";
import { describe, expect, it } from "vitest";
import {
  generateSamples,
  namedRequestExamples,
  nestFormFields,
  pythonSample,
  typescriptSample,
} from "../src/example-samples.js";
import { binaryFormFields, operationsOf } from "../src/inject-code-samples.js";
import { templatesDir } from "../src/paths.js";
import { pythonKeywords } from "../src/python-sdk-keywords.js";
import { stringLeaves } from "./support/sample-check.js";

const spec = JSON.parse(readFileSync(bundledSpecPaths.json, "utf8"));
const generated = generateSamples(spec, templatesDir);

function sourceOf(label: string, samples: { label: string; source: string }[]): string {
  return samples.find((sample) => sample.label === label)?.source ?? "";
}

/** Runs `check` against a copy of the templates directory that `change` has modified. */
function withTemplatesCopy(change: (dir: string) => void, check: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), "docs-templates-"));
  try {
    cpSync(templatesDir, dir, { recursive: true });
    change(dir);
    check(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("generateSamples", () => {
  it("makes one sample set per request example, and one for an operation without a body", () => {
    const expected = operationsOf(spec).flatMap((op) => {
      const examples = namedRequestExamples(spec, op.operation).map((example) => example.name);
      return (examples.length > 0 ? examples : ["(no body)"]).map((name) => `${op.operationId} ${name}`);
    });
    expect(
      generated.map((set) => `${set.operation.operationId} ${set.example?.name ?? "(no body)"}`),
    ).toEqual(expected);
    expect(expected.filter((name) => name.startsWith("createChatCompletion "))).toHaveLength(18);
  });

  it("gives each set curl, TypeScript and Python, in that order", () => {
    for (const { operation, example, samples } of generated)
      expect(
        samples.map((sample) => sample.label),
        `${operation.operationId} ${example?.name}`,
      ).toEqual(["curl", "TypeScript", "Python"]);
  });

  it("sends each example's body in curl: its -d JSON equals the example, or its -F fields are the form's", () => {
    for (const { operation, example, samples } of generated) {
      if (!example) continue;
      const curl = sourceOf("curl", samples);
      if (example.mediaType === "application/json") {
        const body = curl.match(/-d '([\s\S]*)'$/)?.[1]?.replaceAll(`'\\''`, "'");
        expect(JSON.parse(body ?? "null"), `${operation.operationId} ${example.name}`).toEqual(example.value);
      } else {
        const binary = binaryFormFields(spec, operation.operation);
        const fields = Object.entries(example.value as object).map(([name, value]) =>
          binary.includes(name) ? `${name}=@image.png` : `${name}=${value}`,
        );
        const sent = [...curl.matchAll(/-F '?([^'\n]+?)'?(?: \\|$)/g)].map((match) => match[1]);
        expect(sent, `${operation.operationId} ${example.name}`).toEqual(fields);
      }
    }
  });

  it("writes every string of each example into its TypeScript and Python samples", () => {
    for (const { operation, example, samples } of generated) {
      if (!example) continue;
      const binary = binaryFormFields(spec, operation.operation);
      const value = Object.fromEntries(
        Object.entries(example.value as object).filter(([name]) => !binary.includes(name)),
      );
      for (const label of ["TypeScript", "Python"])
        for (const leaf of stringLeaves(value))
          expect(sourceOf(label, samples), `${operation.operationId} ${example.name} ${label}`).toContain(
            JSON.stringify(leaf),
          );
    }
  });

  it("uses the streaming template for an example that streams", () => {
    const streaming = generated.filter(({ example }) => (example?.value as { stream?: boolean })?.stream);
    expect(streaming.map(({ example }) => example?.name)).toEqual(
      expect.arrayContaining([
        "streaming-request",
        "fim-stream-request",
        "responses-stream-request",
        "anthropic-stream-request",
      ]),
    );
    for (const { operation, example, samples } of streaming) {
      expect(sourceOf("TypeScript", samples), `${operation.operationId} ${example?.name}`).toMatch(
        /for await \(const \w+ of stream\)/,
      );
      expect(sourceOf("Python", samples), `${operation.operationId} ${example?.name}`).toMatch(
        /for \w+ in stream:/,
      );
    }
  });

  it("passes chat's DeepSeek-only fields to the openai package in extra_body", () => {
    const reasoning = generated.find(({ example }) => example?.name === "reasoning-request");
    const python = sourceOf("Python", reasoning?.samples ?? []);
    expect(python).toContain('    extra_body={"thinking": {"type": "enabled"}},\n)');
    expect(pythonKeywords["chat.completions.create"]).not.toContain("thinking");
  });

  it("uploads the file of a form example from image.png, and nests Python's name[key] fields", () => {
    const expiring = generated.find(({ example }) => example?.name === "file-upload-expiring-request");
    expect(sourceOf("TypeScript", expiring?.samples ?? [])).toContain(
      '{\n  file: image,\n  purpose: "user_data",\n  "expires_after[anchor]": "created_at",\n  "expires_after[seconds]": 86400,\n}',
    );
    expect(sourceOf("Python", expiring?.samples ?? [])).toContain(
      '        file=image,\n        purpose="user_data",\n        expires_after={"anchor": "created_at", "seconds": 86400},\n',
    );
  });
});

describe("generateSamples refuses templates that do not fit the spec", () => {
  it("fails when an operation has no template for a language", () => {
    withTemplatesCopy(
      (dir) => rmSync(join(dir, "listModels.py")),
      (dir) =>
        expect(() => generateSamples(spec, dir)).toThrow(`no template listModels.py: add it to ${dir}`),
    );
  });

  it("fails when a streaming example has no streaming template", () => {
    withTemplatesCopy(
      (dir) => rmSync(join(dir, "createCompletion.stream.ts")),
      (dir) => expect(() => generateSamples(spec, dir)).toThrow("no template createCompletion.stream.ts"),
    );
  });

  it("fails when a template serves no operation", () => {
    withTemplatesCopy(
      (dir) => writeFileSync(join(dir, "deleteModel.ts"), "export {};\n"),
      (dir) =>
        expect(() => generateSamples(spec, dir)).toThrow(
          `templates no request example uses: deleteModel.ts (in ${dir})`,
        ),
    );
  });

  it("fails when a template of an operation with a body has no placeholder", () => {
    withTemplatesCopy(
      (dir) => writeFileSync(join(dir, "createCompletion.ts"), "console.log(1);\n"),
      (dir) =>
        expect(() => generateSamples(spec, dir)).toThrow(
          "createCompletion.ts (fim-request): expected one REQUEST_BODY (the operation has request body), found 0",
        ),
    );
  });

  // A path parameter goes where PATH_<name> stands: one per parameter of the operation, none of another.
  it.each([
    [
      "listModels.py",
      "print(PATH_file_id)",
      "expected no PATH_file_id (the operation has no path parameter file_id), found one",
    ],
    [
      "retrieveFile.ts",
      "console.log(1);",
      "expected one PATH_file_id (the operation has the path parameter file_id), found 0",
    ],
  ])(
    "fails when the path placeholders of %s do not match its operation's path parameters",
    (file, source, message) => {
      withTemplatesCopy(
        (dir) => writeFileSync(join(dir, file), `${source}\n`),
        (dir) => expect(() => generateSamples(spec, dir)).toThrow(new Error(`${file}: ${message}`)),
      );
    },
  );

  it("fails when two request examples of an operation share a summary", () => {
    const doubled = structuredClone(spec);
    doubled.components.examples["fim-stream-request"].summary =
      doubled.components.examples["fim-request"].summary;
    expect(() => generateSamples(doubled, templatesDir)).toThrow(
      "createCompletion: request examples share a summary (Fill in the middle of a function)",
    );
  });
});

describe("typescriptSample and pythonSample", () => {
  it("puts the body in place of REQUEST_BODY, its later lines at the placeholder line's indent", () => {
    const template = "const a = 1;\n  const r = await create(REQUEST_BODY);\nconsole.log(r);";
    const body = { model: "m", messages: [{ role: "user", content: "x".repeat(60) }] };
    expect(typescriptSample(template, body)).toBe(
      [
        "const a = 1;",
        "  const r = await create({",
        '    model: "m",',
        "    messages: [",
        "      {",
        '        role: "user",',
        `        content: "${"x".repeat(60)}",`,
        "      },",
        "    ],",
        "  });",
        "console.log(r);",
      ].join("\n"),
    );
  });

  it("replaces the REQUEST_ARGUMENTS line with keyword arguments for the method the call names", () => {
    const template = "r = client.completions.create(\n    REQUEST_ARGUMENTS\n)";
    expect(pythonSample(template, { model: "m", echo: true, top_k: 5 })).toBe(
      'r = client.completions.create(\n    model="m",\n    echo=True,\n    extra_body={"top_k": 5},\n)',
    );
  });

  it("says which call has no keyword list, and where the placeholder must stand", () => {
    expect(() => pythonSample("r = client.images.create(\n    REQUEST_ARGUMENTS\n)", {}, "x.py")).toThrow(
      "x.py: no keyword list for images.create in src/python-sdk-keywords.ts",
    );
    expect(() => pythonSample("r = create(REQUEST_ARGUMENTS)", {}, "x.py")).toThrow(
      'x.py: REQUEST_ARGUMENTS must stand alone on the line after a call "client.<method>("',
    );
    expect(() => typescriptSample("f(REQUEST_BODY, REQUEST_BODY)", {}, "x.ts")).toThrow(
      "x.ts: expected one REQUEST_BODY (the operation has request body), found 2",
    );
    expect(() => typescriptSample("f(REQUEST_BODY)", undefined, "x.ts")).toThrow(
      "x.ts: expected no REQUEST_BODY (the operation has no request body), found 1",
    );
  });

  it("nests a form's name[key] fields and leaves the others alone", () => {
    expect(nestFormFields({ purpose: "p", "a[b]": 1, "a[c]": "d", "x[y][z]": 2 })).toEqual({
      purpose: "p",
      a: { b: 1, c: "d" },
      "x[y][z]": 2,
    });
  });
});
