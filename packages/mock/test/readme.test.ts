// The README's TypeScript samples type-check against the real packages (the client's sample is checked by the
// client's own consumer test of the mock: a devDependency on the client here would make a cycle).
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const packageRoot = fileURLToPath(new URL("..", import.meta.url));
const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const samples = [...readme.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((m) => m[1] ?? "");
const checkable = samples.filter((sample) => !sample.includes('"@deepseek-openapi/client"'));

describe("the README's samples", () => {
  it("are there: openai, the AI SDK, the client and the vitest globalSetup", () => {
    expect(samples.map((s) => /from "([^"]+)"/.exec(s)?.[1])).toEqual([
      "openai",
      "@ai-sdk/deepseek",
      "@deepseek-openapi/client",
      "@deepseek-openapi/mock",
    ]);
  });

  it("type-check with strict settings", () => {
    const folder = `${packageRoot}test-output/readme-samples/`;
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    for (const [i, sample] of checkable.entries()) writeFileSync(`${folder}sample-${i + 1}.ts`, sample);
    // A test of the suite the globalSetup sample serves, as the sample's comment says to write it.
    writeFileSync(
      `${folder}reads-the-url.ts`,
      'import { inject } from "vitest";\nexport const baseURL: string = inject("deepseekBaseUrl");\n',
    );
    writeFileSync(
      `${folder}tsconfig.json`,
      JSON.stringify({
        extends: "../../tsconfig.json",
        compilerOptions: { noEmit: true, noUnusedLocals: false },
        include: ["*.ts"],
      }),
    );
    const tsc = `${packageRoot}node_modules/.bin/tsc`;
    let output = "";
    try {
      execFileSync(tsc, ["-p", `${folder}tsconfig.json`], { encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      output = (error as { stdout?: string }).stdout ?? String(error);
    }
    expect(output).toBe("");
  }, 60_000);
});
