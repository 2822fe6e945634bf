// The packed tarball, installed into a fresh project: a strict TypeScript program type-checks against it and runs
// against @deepseek-openapi/mock, getting the spec's examples that the mock's rules choose for its requests.
import { execFile, execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { type RunningMock, selectRule, startMock } from "@deepseek-openapi/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChatCompletion, Completion, ModelList, UserBalance } from "../src/index.js";
import { specExample } from "./support/examples.js";
import { packClient } from "./support/pack.js";
import { packageRoot, repoRoot } from "./support/paths.js";
import { readStreamPlainly } from "./support/sse.js";

/** The example the mock answers a request of test/consumer/example.ts with, by the mock's own rules. */
function mockAnswer<T>(operationId: string, body: Record<string, unknown> = {}): T {
  const rule = selectRule(operationId, body);
  const name = body.stream === true ? rule?.stream : rule?.json;
  if (!name) throw new Error(`the mock has no rule for ${operationId}`);
  return specExample<T>(name);
}
const hello = { model: "deepseek-v4-flash", messages: [{ role: "user", content: "Hello" }] };

/** Runs a command in the project; its output is in the error when it fails. */
function run(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { cwd: project, encoding: "utf8", stdio: "pipe" });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(" ")} failed:\n${stdout}\n${stderr}`);
  }
}

/** Runs a program in the project without blocking this process, where the mock answers it. */
async function runAlongside(command: string, args: string[]): Promise<string> {
  try {
    return (await promisify(execFile)(command, args, { cwd: project, encoding: "utf8" })).stdout;
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
let mock: RunningMock;

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
  const mockStarting = startMock({ pace: 0 });
  run("npm", [
    "install",
    "--no-audit",
    "--no-fund",
    "--prefer-offline",
    pack.tarball,
    "typescript@5.9.3",
    "@types/node@20.19.43",
  ]);
  mock = await mockStarting;
}, 180_000);

afterAll(async () => {
  await mock?.close();
  if (pack) rmSync(pack.folder, { recursive: true, force: true });
});

describe("the published package, in a fresh project", () => {
  it("installs nothing else at run time", () => {
    const installed = JSON.parse(
      readFileSync(join(project, "node_modules/@deepseek-openapi/client/package.json"), "utf8"),
    );
    expect(Object.keys(installed.dependencies ?? {})).toEqual([]);
  });

  it("the README has TypeScript samples to check", () => {
    expect(readmeSamples().length).toBeGreaterThanOrEqual(7);
  });

  it("type-checks a strict TypeScript program (and the README's samples) and runs it against the mock", async () => {
    run(join(project, "node_modules/.bin/tsc"), ["-p", "tsconfig.json"]);
    const result = JSON.parse(
      await runAlongside(process.execPath, [join(project, "out/example.js"), mock.url]),
    );
    const completion = mockAnswer<ChatCompletion>("createChatCompletion", hello);
    const stream = readStreamPlainly(mockAnswer<string>("createChatCompletion", { ...hello, stream: true }));
    const fim = mockAnswer<Completion>("createCompletion", {
      model: "deepseek-v4-pro",
      prompt: "def fib(n):",
    });
    const models = mockAnswer<ModelList>("listModels");
    const balance = mockAnswer<UserBalance>("getUserBalance");
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
