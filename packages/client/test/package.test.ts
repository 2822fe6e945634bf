// The published package: clean for publint and Are-the-Types-Wrong, free of Node built-ins, and small.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { publint } from "publint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packClient } from "./support/pack.js";
import { packageRoot } from "./support/paths.js";

let pack: { tarball: string; folder: string };
beforeAll(() => {
  pack = packClient();
}, 60_000);
afterAll(() => {
  if (pack) rmSync(pack.folder, { recursive: true, force: true });
});

/** Bundles a program that streams one chat completion, for a runtime with fetch and nothing else. */
async function bundleStreamingProgram() {
  const result = await build({
    stdin: {
      contents: `import { createDeepSeekClient } from "./dist/index.js";
        const deepseek = createDeepSeekClient({ apiKey: "k" });
        const stream = await deepseek.chat.completions.create({ model: "deepseek-v4-flash", messages: [{ role: "user", content: "hi" }], stream: true });
        for await (const chunk of stream) console.log(chunk.choices[0]?.delta.content);`,
      resolveDir: packageRoot,
    },
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

describe("the package", () => {
  it("is clean for publint (strict)", async () => {
    const { messages } = await publint({ pkgDir: packageRoot, strict: true, pack: "pnpm" });
    expect(messages).toEqual([]);
  }, 60_000);

  it("is clean for Are-the-Types-Wrong as an ESM-only package", () => {
    const attw = join(packageRoot, "node_modules/.bin/attw");
    const run = () =>
      execFileSync(attw, [pack.tarball, "--profile", "esm-only", "--format", "json"], {
        encoding: "utf8",
        stdio: "pipe",
      });
    let output: string;
    try {
      output = run();
    } catch (error) {
      throw new Error(`attw found problems:\n${(error as { stdout?: string }).stdout}`);
    }
    // The esm-only profile leaves out require() from CommonJS (node16-cjs) and node10, which an ESM-only package
    // cannot serve; attw exits non-zero (caught above) for any other problem.
    const problems = JSON.parse(output).analysis.problems as { resolutionKind?: string }[];
    expect(problems.filter((p) => !["node16-cjs", "node10"].includes(p.resolutionKind ?? ""))).toEqual([]);
  }, 60_000);

  it("needs no Node built-in: it bundles for a platform with fetch only", async () => {
    const code = await bundleStreamingProgram();
    expect(code).not.toMatch(/from\s*["']node:|require\(|import\(["'](?:fs|path|http|stream|util|crypto)/);
    expect(code).toContain("text/event-stream"); // the bundle holds the client, not an empty stub
  });
});
