/**
 * The code samples as source: the generated TypeScript ones and the guide programs compile against the built client
 * (and a broken one does not), the Python ones are valid Python, and both name only models and base URLs that the
 * spec itself lists.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { retryableStatuses } from "@deepseek-openapi/client";
import {
  bundledSpecPaths,
  findOperation,
  knownModels,
  listOperations,
  listProviders,
  operationServer,
  serverUrl,
} from "@deepseek-openapi/spec";
import { afterAll, describe, expect, it } from "vitest";
import { typecheckSamples, writeTypescriptSamples } from "../src/build.js";
import { type ExampleSamples, generateSamples } from "../src/example-samples.js";
import { guideProgramsDir, templatesDir, testOutputDir } from "../src/paths.js";

const spec = JSON.parse(readFileSync(bundledSpecPaths.json, "utf8"));
const generated = generateSamples(spec, templatesDir);
const guideFiles = readdirSync(guideProgramsDir).filter((name) => /\.(ts|py)$/.test(name));

// Scratch copies live under packages/docs so that `@deepseek-openapi/client` resolves from them as from samples/.
const scratch = join(testOutputDir, "samples-scratch");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function scratchDir(prefix: string): string {
  mkdirSync(scratch, { recursive: true });
  return mkdtempSync(join(scratch, prefix));
}

/** The generated samples with the TypeScript sample of `operationId`'s first example rewritten by `edit`. */
function withBrokenTypescript(operationId: string, edit: (source: string) => string): ExampleSamples[] {
  const index = generated.findIndex((set) => set.operation.operationId === operationId);
  return generated.map((set, at) => {
    if (at !== index) return set;
    const samples = set.samples.map((sample) => {
      if (sample.label !== "TypeScript") return sample;
      const source = edit(sample.source);
      expect(source, "the edit must change the sample").not.toBe(sample.source);
      return { ...sample, source };
    });
    return { ...set, samples };
  });
}

describe("TypeScript samples", () => {
  it("type-check strictly against the built client, every example's and the guide programs", () => {
    const dir = writeTypescriptSamples(generated, scratchDir("all-"));
    expect(readdirSync(dir).filter((name) => name.endsWith(".ts"))).toHaveLength(generated.length);
    expect(() => typecheckSamples(dir)).not.toThrow();
  });

  it("fail the build when a request field is renamed, naming the example's file", () => {
    const broken = withBrokenTypescript("createChatCompletion", (source) =>
      source.replace("messages:", "mesages:"),
    );
    expect(() => typecheckSamples(writeTypescriptSamples(broken, scratchDir("request-")))).toThrow(
      /createChatCompletion\.basic-request\.ts\(\d+,\d+\): error TS\d+: [\s\S]*mesages/,
    );
  });

  it("fail the build when a response field is renamed", () => {
    const broken = withBrokenTypescript("createChatCompletion", (source) =>
      source.replace("message?.reasoning_content", "message?.reasoningContent"),
    );
    expect(() => typecheckSamples(writeTypescriptSamples(broken, scratchDir("response-")))).toThrow(
      /reasoningContent/,
    );
  });

  it("fail the build when a guide program breaks", () => {
    const guides = scratchDir("guides-");
    for (const name of guideFiles)
      writeFileSync(join(guides, name), readFileSync(join(guideProgramsDir, name)));
    const file = join(guides, "streaming.collect.ts");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace("result.reasoningContent", "result.reasoning_content"),
    );
    expect(() =>
      typecheckSamples(writeTypescriptSamples(generated, scratchDir("with-guides-"), guides)),
    ).toThrow(/streaming\.collect\.ts\(\d+,\d+\): error TS\d+: .*reasoning_content/);
  });
});

/** `python3 -m py_compile` of files: its exit status and what it printed (each error names its file). */
function pyCompile(...files: string[]) {
  return spawnSync("python3", ["-m", "py_compile", ...files], {
    encoding: "utf8",
    // Keeps the bytecode out of samples/.
    env: { ...process.env, PYTHONPYCACHEPREFIX: join(testOutputDir, "pycache") },
  });
}

describe("Python samples", () => {
  const pythonSamples = generated.map(({ operation, example, samples }) => ({
    name: `${operation.operationId}.${example?.name ?? "operation"}.py`,
    source: samples.find((sample) => sample.label === "Python")?.source ?? "",
  }));

  it("every example's Python sample is valid Python", () => {
    const dir = scratchDir("python-");
    const files = pythonSamples.map(({ name, source }) => {
      writeFileSync(join(dir, name), `${source}\n`);
      return join(dir, name);
    });
    expect(files).toHaveLength(generated.length);
    const result = pyCompile(...files);
    expect(result.error, "python3 must be installed").toBeUndefined();
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it.each(guideFiles.filter((name) => name.endsWith(".py")))("guide program %s is valid Python", (name) => {
    const result = pyCompile(join(guideProgramsDir, name));
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("py_compile rejects a syntax error among valid files, naming the file (the check can fail)", () => {
    const dir = scratchDir("broken-python-");
    writeFileSync(join(dir, "good.py"), "print('closed')\n");
    writeFileSync(join(dir, "broken_sample.py"), "print('unclosed'\n");
    const result = pyCompile(join(dir, "good.py"), join(dir, "broken_sample.py"));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("broken_sample.py");
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

  // The generated samples carry each example's own model (a provider's, a retired one): the spec's examples decide.
  it.each(guideFiles)(
    "guide program %s uses only model IDs that KnownModelId's x-models marks current",
    (name) => {
      const source = readFileSync(join(guideProgramsDir, name), "utf8");
      const models = [...source.matchAll(/model\s*[:=]\s*["']([^"']+)["']/g)].map((match) => match[1]);
      expect(currentModels.length).toBeGreaterThan(0);
      for (const model of models) expect(currentModels, `${name}: ${model}`).toContain(model);
    },
  );

  /** The spec's first provider: DeepSeek's own servers. */
  const deepseekProvider = () => {
    const [first] = listProviders(spec);
    if (!first?.baseUrl) throw new Error("the spec's first server must be a provider with a fixed URL");
    return first;
  };

  const pythonOf = ({ samples }: ExampleSamples) =>
    samples.find((sample) => sample.label === "Python")?.source ?? "";

  it.each(guideFiles.filter((name) => name.endsWith(".py")))(
    "guide program %s points its SDK at a server the spec lists",
    (name) => {
      const baseUrl = readFileSync(join(guideProgramsDir, name), "utf8").match(/base_url="([^"]+)"/)?.[1];
      expect(baseUrl, `${name} sets base_url`).toBeDefined();
      expect([...serverUrls]).toContain(baseUrl);
    },
  );

  it("every Python sample points its SDK at its operation's own server: anthropic's for the Anthropic format", () => {
    const pointed = new Set(
      generated.map((set) => {
        const source = pythonOf(set);
        const sdk = source
          .match(/^(?:from (openai|anthropic) import|import (openai|anthropic))\b/m)
          ?.slice(1)
          .find(Boolean);
        return `${set.operation.operationId}: ${sdk} ${source.match(/base_url="([^"]+)"/)?.[1]}`;
      }),
    );
    const deepseek = deepseekProvider();
    const anthropic = serverUrl(operationServer(spec, findOperation(spec, "createMessage")));
    expect([...pointed].sort()).toEqual(
      [
        `createChatCompletion: openai ${deepseek.baseUrl}`,
        `createCompletion: openai ${deepseek.betaBaseUrl}`,
        `createResponse: openai ${deepseek.baseUrl}`,
        `deleteFile: openai ${deepseek.baseUrl}`,
        `getUserBalance: openai ${deepseek.baseUrl}`,
        `listFiles: openai ${deepseek.baseUrl}`,
        `listModels: openai ${deepseek.baseUrl}`,
        `retrieveFile: openai ${deepseek.baseUrl}`,
        `uploadFile: openai ${deepseek.baseUrl}`,
        `createMessage: anthropic ${anthropic}`,
        `deleteAnthropicFile: anthropic ${anthropic}`,
        `listAnthropicFiles: anthropic ${anthropic}`,
        `retrieveAnthropicFile: anthropic ${anthropic}`,
        `uploadAnthropicFile: anthropic ${anthropic}`,
      ].sort(),
    );
    for (const url of pointed) expect([...serverUrls]).toContain(url.split(" ").pop());
  });

  it("FIM samples use the beta server the FIM operation names", () => {
    const fim = generated.filter((set) => set.operation.operationId === "createCompletion");
    expect(fim.length).toBeGreaterThan(0);
    for (const set of fim)
      expect(pythonOf(set).match(/base_url="([^"]+)"/)?.[1], set.example?.name).toBe(
        deepseekProvider().betaBaseUrl,
      );
  });
});

describe("the Errors guide's programs state the retry statuses of the one list", () => {
  /** The comment lines of a guide program that say what is retried, as one line. */
  const retryComment = (name: string) =>
    readFileSync(join(guideProgramsDir, name), "utf8")
      .split("\n")
      .filter((line) => /^\s*(\/\/|#)/.test(line))
      .join(" ")
      .match(/retries[^;]*;/)?.[0] ?? "";
  const statusesIn = (text: string) => [...text.matchAll(/\b[1-5]\d\d\b/g)].map((match) => Number(match[0]));

  it("the TypeScript one names exactly the client's retryableStatuses", () => {
    const comment = retryComment("errors.retries.ts");
    expect(comment).toContain("network errors");
    expect(statusesIn(comment)).toEqual([...retryableStatuses]);
  });

  it("the Python one names the 4xx statuses of retryableStatuses and covers its 5xx ones with 5xx", () => {
    const comment = retryComment("errors.retries.py");
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
