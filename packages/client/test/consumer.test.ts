// The packed tarball, installed into a fresh project: a strict TypeScript program type-checks against it and runs
// against a Prism mock of the spec, getting what the spec's first examples say.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { listExamples, listOperations, loadBundledSpec } from "@deepseek-openapi/spec";
import { type PrismMock, startPrismMock } from "@deepseek-openapi/spec/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChatCompletion, Completion, ModelList, UserBalance } from "../src/index.js";
import { packClient } from "./support/pack.js";
import { packageRoot, repoRoot } from "./support/paths.js";
import { readStreamPlainly } from "./support/sse.js";

const spec = loadBundledSpec();

/** The first example of an operation's 200 answer in `mediaType`: what Prism 5.14 serves. */
function firstExample<T>(path: string, method: string, mediaType: string): T {
  const found = listExamples(spec).find(
    (example) =>
      example.where === "response" &&
      example.status === 200 &&
      example.mediaType === mediaType &&
      example.operationId ===
        listOperations(spec).find((op) => op.path === path && op.method === method)?.operationId,
  );
  if (!found) throw new Error(`${method.toUpperCase()} ${path} has no 200 ${mediaType} example`);
  return found.value as T;
}

/** Runs a command in the project; its output is in the error when it fails. */
function run(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { cwd: project, encoding: "utf8", stdio: "pipe" });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(" ")} failed:\n${stdout}\n${stderr}`);
  }
}

/** The ```ts blocks of the package README and of the root README's "Use the client" section. */
function readmeSamples(): string[] {
  const blocks = (markdown: string) =>
    [...markdown.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((m) => m[1] ?? "");
  const root = readFileSync(join(repoRoot, "README.md"), "utf8");
  const useTheClient = root.split(/^## /m).find((section) => section.startsWith("Use the client")) ?? "";
  return [...blocks(readFileSync(join(packageRoot, "README.md"), "utf8")), ...blocks(useTheClient)];
}

let project: string;
let pack: { tarball: string; folder: string };
let prism: PrismMock;

beforeAll(async () => {
  pack = packClient();
  project = join(pack.folder, "consumer");
  mkdirSync(project);
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }),
  );
  for (const file of ["example.ts", "tsconfig.json"]) {
    copyFileSync(join(packageRoot, "test/consumer", file), join(project, file));
  }
  // The README's TypeScript samples are type-checked with the example, each as its own module.
  readmeSamples().forEach((sample, i) => {
    writeFileSync(join(project, `readme-sample-${i + 1}.ts`), sample);
  });
  const prismStarting = startPrismMock();
  run("npm", [
    "install",
    "--no-audit",
    "--no-fund",
    "--prefer-offline",
    pack.tarball,
    "typescript@5.9.3",
    "@types/node@20.19.43",
  ]);
  prism = await prismStarting;
}, 180_000);

afterAll(async () => {
  await prism?.stop();
  if (pack) rmSync(pack.folder, { recursive: true, force: true });
});

describe("the published package, in a fresh project", () => {
  it("installs only what it needs at run time", () => {
    const installed = JSON.parse(
      readFileSync(join(project, "node_modules/@deepseek-openapi/client/package.json"), "utf8"),
    );
    expect(Object.keys(installed.dependencies ?? {})).toEqual(["openapi-fetch"]);
  });

  it("the README has TypeScript samples to check", () => {
    expect(readmeSamples().length).toBeGreaterThanOrEqual(7);
  });

  it("type-checks a strict TypeScript program (and the README's samples) and runs it against Prism", () => {
    run(join(project, "node_modules/.bin/tsc"), ["-p", "tsconfig.json"]);
    const result = JSON.parse(run(process.execPath, [join(project, "out/example.js"), prism.baseUrl]));
    const completion = firstExample<ChatCompletion>("/chat/completions", "post", "application/json");
    const stream = readStreamPlainly(firstExample<string>("/chat/completions", "post", "text/event-stream"));
    const fim = firstExample<Completion>("/completions", "post", "application/json");
    const models = firstExample<ModelList>("/models", "get", "application/json");
    const balance = firstExample<UserBalance>("/user/balance", "get", "application/json");
    expect(result).toEqual({
      answer: completion.choices[0]?.message.content,
      chunks: stream.events.length,
      streamed: { content: stream.content, finishReason: stream.finishReason, usage: stream.usage },
      fim: fim.choices[0]?.text,
      models: models.data.map((m) => m.id),
      balance: balance.is_available,
      failure: { name: "DeepSeekError", status: 422 },
    });
  });
});
