import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { fixtureDocuments, fixturesDir, readFixtures, readYaml, repoRoot } from "./helpers.ts";

// The gates as CI runs them: plain scripts that print a verdict and exit non-zero on failure.
const scratch = mkdtempSync(join(tmpdir(), "gate-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const tsx = join(repoRoot, "node_modules/.bin/tsx");
const run = (script: string, args: string[]) => {
  const result = spawnSync(tsx, [fileURLToPath(new URL(`../scripts/${script}`, import.meta.url)), ...args], {
    encoding: "utf8",
  });
  return { status: result.status, out: result.stdout };
};

const base = readYaml<Record<string, unknown>>(join(fixturesDir, "breaking", "base.yaml"));
function documents(name: string, folder: "breaking" | "compatible", changeset?: string) {
  const fixture = readFixtures(folder).find((candidate) => candidate.name === name);
  if (!fixture) throw new Error(`no fixture ${folder}/${name}`);
  const root = join(scratch, `${folder}-${name}-${changeset ? "with" : "without"}`);
  mkdirSync(join(root, ".changeset"), { recursive: true });
  // The gate reads the spec's `fixed` group from the config: the repository's, checked against its packages.
  copyFileSync(join(repoRoot, ".changeset", "config.json"), join(root, ".changeset", "config.json"));
  for (const folder of readdirSync(join(repoRoot, "packages"))) {
    const manifest = join(repoRoot, "packages", folder, "package.json");
    if (!existsSync(manifest)) continue;
    mkdirSync(join(root, "packages", folder), { recursive: true });
    copyFileSync(manifest, join(root, "packages", folder, "package.json"));
  }
  if (changeset) writeFileSync(join(root, ".changeset", "break.md"), changeset);
  const { released, current } = fixtureDocuments(base, fixture);
  writeFileSync(join(root, "released.yaml"), stringify(released));
  writeFileSync(join(root, "current.json"), JSON.stringify(current));
  return ["--root", root, "--released", join(root, "released.yaml"), "--current", join(root, "current.json")];
}

describe("packages/release-checks/scripts/check-breaking.ts", () => {
  it("exits 1 with a FAIL verdict on a breaking change", () => {
    const { status, out } = run("check-breaking.ts", documents("removed-response-field", "breaking"));
    expect(status).toBe(1);
    expect(out).toContain("[field-removed]");
    expect(out).toMatch(/^breaking changes: FAIL/m);
  });

  it("exits 0 on the same change with a major changeset for spec and client", () => {
    const changeset =
      '---\n"@deepseek-openapi/spec": major\n"@deepseek-openapi/client": major\n---\n\nRemove `note`.\n';
    const { status, out } = run(
      "check-breaking.ts",
      documents("removed-response-field", "breaking", changeset),
    );
    expect(status, out).toBe(0);
    expect(out).toMatch(/^breaking changes: PASS - a pending major changeset/m);
  });

  it("exits 0 with a PASS verdict on a compatible change", () => {
    const { status, out } = run("check-breaking.ts", documents("added-response-field", "compatible"));
    expect(status, out).toBe(0);
    expect(out).toMatch(/^breaking changes: PASS/m);
  });

  it("exits 1 when the bundled spec is missing", () => {
    const { status, out } = run("check-breaking.ts", [
      "--root",
      scratch,
      "--current",
      join(scratch, "nope.json"),
    ]);
    expect(status).toBe(1);
    expect(out).toMatch(/FAIL .*missing: run `pnpm build` first/);
  });
});

describe("the gates' command lines (node:util parseArgs)", () => {
  it("refuse an unknown option with a FAIL verdict that names it", () => {
    const { status, out } = run("check-breaking.ts", ["--relased", "old.json"]);
    expect(status).toBe(1);
    expect(out.trim()).toBe("breaking changes: FAIL - the check could not run: Unknown option '--relased'");
  });

  it("refuse an option without its value", () => {
    const { status, out } = run("check-breaking.ts", ["--current"]);
    expect(status).toBe(1);
    expect(out.trim()).toBe(
      "breaking changes: FAIL - the check could not run: Option '--current <value>' argument missing",
    );
  });
});

describe("packages/release-checks/scripts/check-pack.ts", () => {
  it("exits 1 when asked for a package that does not exist", () => {
    const { status, out } = run("check-pack.ts", ["@deepseek-openapi/no-such-package"]);
    expect(status).toBe(1);
    expect(out).toContain("pack: FAIL - no publishable package found");
  });
});
