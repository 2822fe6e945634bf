import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPendingChangesets } from "../src/changesets.ts";
import { repoRoot, temporaryFolders } from "./helpers.ts";

// `changeset version` in a temporary copy of the workspace's manifests and changeset config: the real versions
// are never bumped by a test.
const temporaryFolder = temporaryFolders("version-packages-");

function workspaceCopy(options: { pendingChangesets: boolean }): string {
  const copy = temporaryFolder();
  for (const file of ["package.json", "pnpm-workspace.yaml"]) cpSync(join(repoRoot, file), join(copy, file));
  mkdirSync(join(copy, ".changeset"));
  for (const file of readdirSync(join(repoRoot, ".changeset")))
    if (options.pendingChangesets || !/\.md$/.test(file) || file === "README.md")
      cpSync(join(repoRoot, ".changeset", file), join(copy, ".changeset", file));
  for (const dir of readdirSync(join(repoRoot, "packages"))) {
    const manifest = join(repoRoot, "packages", dir, "package.json");
    if (!existsSync(manifest)) continue;
    mkdirSync(join(copy, "packages", dir), { recursive: true });
    cpSync(manifest, join(copy, "packages", dir, "package.json"));
  }
  return copy;
}

const manifest = (copy: string, dir: string) =>
  JSON.parse(readFileSync(join(copy, "packages", dir, "package.json"), "utf8")) as {
    name: string;
    version: string;
  };
const changelog = (copy: string, dir: string) => {
  const file = join(copy, "packages", dir, "CHANGELOG.md");
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
};
const changesetVersion = (copy: string) =>
  execFileSync(join(repoRoot, "node_modules/.bin/changeset"), ["version"], {
    cwd: copy,
    encoding: "utf8",
    stdio: "pipe",
  });

describe("changesets: `changeset version` in a copy of the workspace", () => {
  it("the pending changesets are valid and version the packages", () => {
    expect(() => readPendingChangesets(repoRoot)).not.toThrow();
    const copy = workspaceCopy({ pendingChangesets: true });
    changesetVersion(copy);
    expect(readPendingChangesets(copy)).toEqual([]); // consumed
  });

  it("spec and client are fixed: a minor change to the spec releases both at one version, with a CHANGELOG each", () => {
    const copy = workspaceCopy({ pendingChangesets: false });
    const before = manifest(copy, "spec").version;
    writeFileSync(
      join(copy, ".changeset/new-field.md"),
      '---\n"@deepseek-openapi/spec": minor\n---\n\nAdd a field.\n',
    );
    changesetVersion(copy);
    const spec = manifest(copy, "spec").version;
    expect(spec).not.toBe(before);
    expect(manifest(copy, "client").version).toBe(spec);
    expect(changelog(copy, "spec")).toContain(`## ${spec}`);
    expect(changelog(copy, "spec")).toContain("Add a field.");
    expect(changelog(copy, "client")).toContain(`## ${spec}`);
  });

  it("a major changeset for spec and client makes a new major of both", () => {
    const copy = workspaceCopy({ pendingChangesets: false });
    writeFileSync(
      join(copy, ".changeset/break.md"),
      '---\n"@deepseek-openapi/spec": major\n"@deepseek-openapi/client": major\n---\n\nRemove `/user/balance`.\n',
    );
    changesetVersion(copy);
    const [major] = manifest(copy, "spec").version.split(".");
    expect(Number(major)).toBeGreaterThanOrEqual(1);
    expect(manifest(copy, "client").version).toBe(manifest(copy, "spec").version);
    expect(changelog(copy, "client")).toMatch(/### Major Changes[\s\S]*Remove `\/user\/balance`/);
  });

  it("private packages are never versioned; dependents of a released package get a patch", () => {
    const copy = workspaceCopy({ pendingChangesets: false });
    writeFileSync(
      join(copy, ".changeset/fix.md"),
      '---\n"@deepseek-openapi/spec": patch\n---\n\nFix a description.\n',
    );
    const before = Object.fromEntries(
      readdirSync(join(copy, "packages")).map((dir) => [dir, manifest(copy, dir).version]),
    );
    changesetVersion(copy);
    for (const dir of readdirSync(join(copy, "packages"))) {
      const pkg = JSON.parse(readFileSync(join(copy, "packages", dir, "package.json"), "utf8")) as {
        private?: boolean;
        version: string;
        dependencies?: Record<string, string>;
      };
      if (!pkg.private && pkg.dependencies?.["@deepseek-openapi/spec"]) {
        expect(pkg.version, dir).not.toBe(before[dir]);
        expect(changelog(copy, dir), dir).toContain("Updated dependencies");
      }
      if (pkg.private) {
        expect(pkg.version, dir).toBe(before[dir]);
        expect(changelog(copy, dir), dir).toBeUndefined();
      }
    }
  });
});
