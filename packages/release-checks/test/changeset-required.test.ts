import { describe, expect, it } from "vitest";
import { checkChangesetRequired } from "../src/changeset-required.ts";
import { git, temporaryRepos, write } from "./helpers.ts";

// Each fixture is a small git repository with the monorepo's shape: a public spec and client, a private docs.
const newRepo = temporaryRepos("changeset-gate-");

/** Writes `files` (path: text) and commits everything. */
function commitFiles(root: string, files: Record<string, string>, message: string) {
  for (const [file, text] of Object.entries(files)) write(root, file, text);
  git(root, "add", "-A");
  git(root, "commit", "-q", "-m", message);
}

function fixtureRepo(): string {
  const root = newRepo();
  commitFiles(
    root,
    {
      "README.md": "# fixture\n",
      ".changeset/README.md": "# Changesets\n",
      "spec/openapi.yaml": "openapi: 3.1.0\n",
      "packages/spec/package.json": JSON.stringify({ name: "@deepseek-openapi/spec", version: "1.0.0" }),
      "packages/client/package.json": JSON.stringify({ name: "@deepseek-openapi/client", version: "1.0.0" }),
      "packages/client/src/index.ts": "export {};\n",
      "packages/docs/package.json": JSON.stringify({ name: "@deepseek-openapi/docs", private: true }),
      "packages/docs/src/page.ts": "export {};\n",
    },
    "initial",
  );
  return root;
}

/** A fixture repository on a branch `feature` off main. */
function featureRepo(): string {
  const root = fixtureRepo();
  git(root, "checkout", "-q", "-b", "feature");
  return root;
}

const changeset = '---\n"@deepseek-openapi/client": patch\n---\n\nFix the retry delay.\n';
const noBase = {} as NodeJS.ProcessEnv;

describe("changeset required: on a branch, against its merge base with main", () => {
  it("fails a client change without a changeset, naming the package", () => {
    const root = featureRepo();
    commitFiles(root, { "packages/client/src/index.ts": "export const x = 1;\n" }, "client change");
    const result = checkChangesetRequired(root, noBase);
    expect(result.ok).toBe(false);
    expect(result.lines[0]).toMatch(/^changeset: FAIL .* merge base of feature with main/);
    expect(result.lines.join("\n")).toContain(
      "@deepseek-openapi/client: 1 file (packages/client/src/index.ts)",
    );
  });

  it("fails a spec/ change (the spec package's source) without a changeset", () => {
    const root = featureRepo();
    commitFiles(root, { "spec/openapi.yaml": "openapi: 3.1.1\n" }, "spec change");
    const result = checkChangesetRequired(root, noBase);
    expect(result.ok).toBe(false);
    expect(result.lines.join("\n")).toContain("@deepseek-openapi/spec");
  });

  it("fails an uncommitted (even untracked) change too", () => {
    const root = featureRepo();
    write(root, "packages/client/src/new.ts", "export {};\n");
    expect(checkChangesetRequired(root, noBase).ok).toBe(false);
  });

  it("passes the same change with a changeset", () => {
    const root = featureRepo();
    commitFiles(
      root,
      { "packages/client/src/index.ts": "export const x = 1;\n", ".changeset/brave-fox.md": changeset },
      "client change",
    );
    const result = checkChangesetRequired(root, noBase);
    expect(result.ok).toBe(true);
    expect(result.lines[0]).toContain(".changeset/brave-fox.md");
  });

  it("passes with an empty changeset (`pnpm changeset --empty`)", () => {
    const root = featureRepo();
    commitFiles(
      root,
      { "packages/client/src/index.ts": "// comment only\n", ".changeset/quiet-owl.md": "---\n---\n" },
      "no release",
    );
    expect(checkChangesetRequired(root, noBase).ok).toBe(true);
  });

  it("passes changes outside publishable packages: a private package, the root README, .changeset/README.md", () => {
    const root = featureRepo();
    commitFiles(
      root,
      {
        "packages/docs/src/page.ts": "export const page = 1;\n",
        "README.md": "# fixture, better\n",
        ".changeset/README.md": "# Changesets, better\n",
      },
      "docs",
    );
    const result = checkChangesetRequired(root, noBase);
    expect(result.ok).toBe(true);
    expect(result.lines[0]).toMatch(/no publishable package changed/);
  });

  it("passes a Version Packages branch, where `changeset version` consumed the changesets", () => {
    const root = fixtureRepo();
    commitFiles(root, { ".changeset/brave-fox.md": changeset }, "pending changeset on main");
    git(root, "checkout", "-q", "-b", "changeset-release/main");
    git(root, "rm", "-q", ".changeset/brave-fox.md");
    commitFiles(
      root,
      {
        "packages/client/package.json": JSON.stringify({
          name: "@deepseek-openapi/client",
          version: "1.0.1",
        }),
        "packages/client/CHANGELOG.md": "# @deepseek-openapi/client\n\n## 1.0.1\n",
      },
      "Version Packages",
    );
    expect(checkChangesetRequired(root, noBase).ok).toBe(true);
  });

  it("uses CHANGESET_BASE when set", () => {
    const root = fixtureRepo();
    const first = git(root, "rev-parse", "HEAD");
    commitFiles(root, { "packages/client/src/index.ts": "export const x = 1;\n" }, "client change on main");
    const result = checkChangesetRequired(root, { CHANGESET_BASE: first } as NodeJS.ProcessEnv);
    expect(result.ok).toBe(false);
    expect(result.lines[0]).toContain(`CHANGESET_BASE=${first}`);
  });
});

describe("changeset required: on main, against the last release tag", () => {
  it("passes a clean clone of main with no release tag, and says there is no base", () => {
    const root = fixtureRepo();
    commitFiles(root, { "packages/client/src/index.ts": "export const x = 1;\n" }, "client change on main");
    const result = checkChangesetRequired(root, noBase);
    expect(result.ok).toBe(true);
    expect(result.lines[0]).toMatch(
      /^changeset: PASS - this is main with no release tag yet .* no base to compare with/,
    );
  });

  it("passes a branch with no main to branch from, and says so", () => {
    const root = fixtureRepo();
    git(root, "branch", "-q", "-m", "main", "trunk");
    const result = checkChangesetRequired(root, noBase);
    expect(result.ok).toBe(true);
    expect(result.lines[0]).toMatch(/no base to compare with/);
  });

  it("fails a change since the release tag with no pending changeset", () => {
    const root = fixtureRepo();
    git(root, "tag", "@deepseek-openapi/client@1.0.0");
    commitFiles(
      root,
      { "packages/client/src/index.ts": "export const x = 1;\n" },
      "client change after the release",
    );
    const result = checkChangesetRequired(root, noBase);
    expect(result.ok).toBe(false);
    expect(result.lines[0]).toContain("the last release tag @deepseek-openapi/client@1.0.0");
  });

  it("passes a change since the release tag with a pending changeset", () => {
    const root = fixtureRepo();
    git(root, "tag", "@deepseek-openapi/client@1.0.0");
    commitFiles(
      root,
      { "packages/client/src/index.ts": "export const x = 1;\n", ".changeset/brave-fox.md": changeset },
      "client change after the release, with its changeset",
    );
    expect(checkChangesetRequired(root, noBase).ok).toBe(true);
  });

  it("passes a release commit itself (nothing changed since the tag)", () => {
    const root = fixtureRepo();
    git(root, "tag", "@deepseek-openapi/client@1.0.0");
    expect(checkChangesetRequired(root, noBase).ok).toBe(true);
  });
});
