import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkDrift, committedOutputs } from "../src/drift.ts";
import { git, repoRoot, temporaryRepos, write } from "./helpers.ts";

const newRepo = temporaryRepos("drift-gate-");

/** A repository whose client commits a generated file, with the real turbo.json and .gitignore. */
function fixtureRepo(): string {
  const root = newRepo();
  write(root, "turbo.json", readFileSync(join(repoRoot, "turbo.json"), "utf8"));
  write(root, ".gitignore", readFileSync(join(repoRoot, ".gitignore"), "utf8"));
  // What turbo needs to find the workspace's packages.
  write(
    root,
    "package.json",
    JSON.stringify({ name: "root", private: true, packageManager: "pnpm@10.33.0" }),
  );
  write(root, "pnpm-workspace.yaml", "packages:\n  - packages/*\n");
  const scripts = { generate: "tsx generate.ts", build: "tsc" };
  write(root, "packages/client/package.json", JSON.stringify({ name: "@deepseek-openapi/client", scripts }));
  write(
    root,
    "packages/spec/package.json",
    JSON.stringify({ name: "@deepseek-openapi/spec", scripts: { build: "tsc" } }),
  );
  write(root, "packages/client/src/generated/openapi.ts", "export interface paths {}\n");
  write(root, "packages/client/src/index.ts", "export {};\n");
  git(root, "add", "-A");
  git(root, "commit", "-q", "-m", "initial");
  // What a build writes and git ignores.
  write(root, "packages/client/dist/index.js", "export {};\n");
  write(root, "packages/spec/dist/openapi.json", "{}\n");
  return root;
}

describe("drift gate", () => {
  it("watches the committed build outputs from turbo.json, not the ignored ones", () => {
    const outputs = committedOutputs(fixtureRepo());
    expect(outputs).toContain("packages/client/src/generated");
    expect(outputs.some((path) => path.endsWith("/dist"))).toBe(false);
  });

  it("watches a task's outputs only in the packages that have its script", () => {
    const root = fixtureRepo();
    expect(committedOutputs(root)).not.toContain("packages/spec/src/generated");
    write(root, "packages/client/package.json", JSON.stringify({ name: "@deepseek-openapi/client" }));
    expect(committedOutputs(root)).not.toContain("packages/client/src/generated");
  });

  it("passes when the build reproduced the committed files", () => {
    const root = fixtureRepo();
    write(root, "packages/client/src/generated/openapi.ts", "export interface paths {}\n");
    const result = checkDrift(root, { wholeTree: false });
    expect(result.ok).toBe(true);
    expect(result.lines[0]).toMatch(/^drift: PASS/);
    expect(checkDrift(root, { wholeTree: true }).ok).toBe(true);
  });

  it.each([
    ["a generated file changed", "openapi.ts", "export interface paths { '/new': {} }\n", " M"],
    ["the build wrote a new, untracked generated file", "extra.ts", "export {};\n", "??"],
  ])("fails when %s, and shows it", (_, file, text, status) => {
    const root = fixtureRepo();
    write(root, `packages/client/src/generated/${file}`, text);
    const result = checkDrift(root, { wholeTree: false });
    expect(result.ok).toBe(false);
    expect(result.lines.join("\n")).toContain(`${status} packages/client/src/generated/${file}`);
  });

  it("fails when a generated file was deleted", () => {
    const root = fixtureRepo();
    rmSync(join(root, "packages/client/src/generated/openapi.ts"));
    expect(checkDrift(root, { wholeTree: false }).ok).toBe(false);
  });

  it("ignores other edits locally, but not in CI's whole-tree mode", () => {
    const root = fixtureRepo();
    write(root, "packages/client/src/index.ts", "export const edited = true;\n");
    expect(checkDrift(root, { wholeTree: false }).ok).toBe(true);
    const ci = checkDrift(root, { wholeTree: true });
    expect(ci.ok).toBe(false);
    expect(ci.lines[0]).toContain("the working tree");
  });
});
