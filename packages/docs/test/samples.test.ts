/**
 * The code samples as source files: the TypeScript ones compile against the built client (and a broken one does not),
 * the Python ones are valid Python, and both name only models and base URLs that the spec itself lists.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { retryableStatuses } from "@deepseek-openapi/client";
import { bundledSpecPaths, knownModels, listOperations } from "@deepseek-openapi/spec";
import { afterAll, describe, expect, it } from "vitest";
import { typecheckSamples } from "../src/build.js";
import { samplesDir, testOutputDir } from "../src/paths.js";

const spec = JSON.parse(readFileSync(bundledSpecPaths.json, "utf8"));
const sampleFiles = readdirSync(samplesDir).filter((name) => /\.(ts|py)$/.test(name));
const pythonFiles = sampleFiles.filter((name) => name.endsWith(".py"));

// Broken copies live under packages/docs so that `@deepseek-openapi/client` resolves from them as from samples/.
const scratch = join(testOutputDir, "samples-scratch");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of samples/ whose tsconfig extends the real one, with `file` rewritten by `edit`. */
function brokenCopy(file: string, edit: (source: string) => string): string {
  mkdirSync(scratch, { recursive: true });
  const dir = mkdtempSync(join(scratch, "broken-"));
  cpSync(samplesDir, dir, { recursive: true });
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({ extends: join(samplesDir, "tsconfig.json"), include: ["*.ts"] }),
  );
  const source = readFileSync(join(dir, file), "utf8");
  const edited = edit(source);
  expect(edited, "the edit must change the sample").not.toBe(source);
  writeFileSync(join(dir, file), edited);
  return dir;
}

describe("TypeScript samples", () => {
  it("type-check strictly against the built client", () => {
    expect(() => typecheckSamples()).not.toThrow();
  });

  it("fail the build when a request field is renamed", () => {
    const dir = brokenCopy("createChatCompletion.ts", (source) => source.replace("messages:", "mesages:"));
    expect(() => typecheckSamples(dir)).toThrow(/mesages/);
  });

  it("fail the build when a response field is renamed", () => {
    const dir = brokenCopy("createChatCompletion.ts", (source) =>
      source.replace("message?.reasoning_content", "message?.reasoningContent"),
    );
    expect(() => typecheckSamples(dir)).toThrow(/reasoningContent/);
  });
});

describe("Python samples", () => {
  it("exist", () => expect(pythonFiles.length).toBeGreaterThan(0));

  it.each(pythonFiles)("%s is valid Python", (name) => {
    const result = spawnSync("python3", ["-m", "py_compile", join(samplesDir, name)], {
      encoding: "utf8",
      // Keeps the bytecode out of samples/.
      env: { ...process.env, PYTHONPYCACHEPREFIX: join(testOutputDir, "pycache") },
    });
    expect(result.error, "python3 must be installed").toBeUndefined();
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("py_compile rejects a syntax error (the check can fail)", () => {
    mkdirSync(testOutputDir, { recursive: true });
    const file = join(testOutputDir, "broken_sample.py");
    writeFileSync(file, "print('unclosed'\n");
    const result = spawnSync("python3", ["-m", "py_compile", file], { encoding: "utf8" });
    expect(result.status).not.toBe(0);
  });
});

describe("samples agree with the spec", () => {
  const currentModels = knownModels(spec)
    .filter((model) => model.status === "current")
    .map((model) => model.id);
  const serverUrls = new Set<string>(
    [
      ...spec.servers,
      ...listOperations(spec).flatMap(({ operation, pathItem }) => [
        ...(operation.servers ?? []),
        ...(pathItem.servers ?? []),
      ]),
    ].map((server: { url: string }) => server.url),
  );

  it.each(sampleFiles)("%s uses only model IDs that KnownModelId's x-models marks current", (name) => {
    const source = readFileSync(join(samplesDir, name), "utf8");
    const models = [...source.matchAll(/model\s*[:=]\s*["']([^"']+)["']/g)].map((match) => match[1]);
    expect(currentModels.length).toBeGreaterThan(0);
    for (const model of models) expect(currentModels, `${name}: ${model}`).toContain(model);
  });

  it.each(pythonFiles)("%s points the openai package at a server the spec lists", (name) => {
    const source = readFileSync(join(samplesDir, name), "utf8");
    const baseUrl = source.match(/base_url="([^"]+)"/)?.[1];
    expect(baseUrl, `${name} sets base_url`).toBeDefined();
    expect([...serverUrls]).toContain(baseUrl);
  });

  it("FIM samples use the server the FIM operation names", () => {
    const fim = listOperations(spec).find((op) => op.operationId === "createCompletion");
    const source = readFileSync(join(samplesDir, "createCompletion.py"), "utf8");
    expect(source).toContain(`base_url="${fim?.operation.servers[0].url}"`);
  });
});

describe("the error samples state the retry statuses of the one list", () => {
  /** The comment lines of a sample that say what is retried, as one line. */
  const retryComment = (name: string) =>
    readFileSync(join(samplesDir, name), "utf8")
      .split("\n")
      .filter((line) => /^\s*(\/\/|#)/.test(line))
      .join(" ")
      .match(/retries[^;]*;/)?.[0] ?? "";
  const statusesIn = (text: string) => [...text.matchAll(/\b[1-5]\d\d\b/g)].map((match) => Number(match[0]));

  it("the TypeScript one names exactly the client's retryableStatuses", () => {
    const comment = retryComment("createChatCompletion.errors.ts");
    expect(comment).toContain("network errors");
    expect(statusesIn(comment)).toEqual([...retryableStatuses]);
  });

  it("the Python one names the 4xx statuses of retryableStatuses and covers its 5xx ones with 5xx", () => {
    const comment = retryComment("createChatCompletion.errors.py");
    expect(statusesIn(comment)).toEqual(retryableStatuses.filter((status) => status < 500));
    expect(comment).toContain("5xx");
    expect(retryableStatuses.filter((status) => status >= 500).length).toBeGreaterThan(0);
  });
});

describe("the Errors guide states the retry statuses of the one list", () => {
  /** The rows of the table under `## Errors` in info.description: status and its Retry? cell. */
  const errorRows = () => {
    const section =
      (spec.info.description as string).split(/^## /m).find((s) => s.startsWith("Errors\n")) ?? "";
    return section
      .split("\n")
      .filter((line) => /^\| \d{3} \|/.test(line))
      .map((line) => {
        const cells = line.split("|").map((cell) => cell.trim());
        return { status: Number(cells[1]), retried: (cells.at(-2) ?? "").startsWith("Yes") };
      });
  };

  it("marks a status retryable exactly when the client's retryableStatuses has it", () => {
    const rows = errorRows();
    expect(rows.length).toBeGreaterThan(0);
    for (const { status, retried } of rows)
      expect({ status, retried }).toEqual({ status, retried: retryableStatuses.includes(status) });
  });
});
