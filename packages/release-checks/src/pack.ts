// The pack gate: every publishable package (packages/*/package.json without "private": true) is packed with
// `pnpm pack` exactly as `changeset publish` would pack it, and the tarball is checked:
//   - publint (strict: warnings fail too) on the tarball's own files;
//   - @arethetypeswrong/cli on the tarball, profile esm-only (the packages are ESM-only by design: CommonJS
//     consumers use import()); export subpaths that are data files (openapi.yaml) have no types to check;
//   - no `workspace:` protocol left in the packed package.json;
//   - `pnpm publish --dry-run --no-git-checks --access <.changeset/config.json access>`: the publish itself, as
//     `changeset publish` runs it, without uploading (it needs no registry login).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { readChangesetConfig } from "./changesets.ts";
import { type Manifest, workspacePackages } from "./workspace.ts";

export type { Manifest };

export interface PackageDir {
  dir: string;
  manifest: Manifest;
}

/** The packages that are not private, sorted by folder. */
export function publishablePackages(root: string): PackageDir[] {
  return workspacePackages(root).filter((pkg) => !pkg.private);
}

const CODE = /\.(?:[cm]?js|json|d\.[cm]?ts|[cm]?ts)$/;

/** Export subpaths whose targets are data files (YAML, CSS ...): attw cannot resolve types for them. */
export function dataSubpaths(exportsField: unknown): string[] {
  if (typeof exportsField !== "object" || exportsField === null || Array.isArray(exportsField)) return [];
  const targets = (value: unknown): string[] =>
    typeof value === "string"
      ? [value]
      : typeof value === "object" && value !== null
        ? Object.values(value).flatMap(targets)
        : [];
  return Object.entries(exportsField)
    .filter(([subpath]) => subpath.startsWith("."))
    .filter(([, value]) => {
      const files = targets(value);
      return files.length > 0 && files.every((file) => !CODE.test(file));
    })
    .map(([subpath]) => subpath);
}

/** Whether a package declares any types (else attw has nothing to check: a bin-only package). */
export function declaresTypes(manifest: Manifest): boolean {
  if (manifest.types || manifest.typings) return true;
  return (
    JSON.stringify(manifest.exports ?? null).includes('"types"') ||
    /\.d\.[cm]?ts"/.test(JSON.stringify(manifest.exports ?? null))
  );
}

/** The `access` of .changeset/config.json ("public" for scoped packages), if any. */
export function changesetAccess(root: string): string | undefined {
  const access = readChangesetConfig(root)?.access;
  return access === "public" || access === "restricted" ? access : undefined;
}

export interface CheckResult {
  name: string;
  ok: boolean;
  lines: string[];
}

const indent = (text: string) =>
  text
    .trim()
    .split("\n")
    .map((line) => `    ${line}`);

export async function checkPackage(
  root: string,
  pkg: PackageDir,
  options: { publish: boolean },
): Promise<CheckResult> {
  const { manifest, dir } = pkg;
  const label = `${manifest.name}@${manifest.version}`;
  const lines: string[] = [];
  let ok = true;
  const fail = (line: string, detail?: string) => {
    ok = false;
    lines.push(`  FAIL ${line}`);
    if (detail) lines.push(...indent(detail));
  };
  const pass = (line: string) => lines.push(`  ok   ${line}`);

  const destination = mkdtempSync(join(tmpdir(), "pack-gate-"));
  try {
    // 1. pnpm pack (replaces workspace: versions, applies publishConfig, like `pnpm publish`).
    const packed = spawnSync("pnpm", ["pack", "--pack-destination", destination], {
      cwd: dir,
      encoding: "utf8",
    });
    const tarball = readdirSync(destination).find((file) => file.endsWith(".tgz"));
    if (packed.status !== 0 || !tarball) {
      fail("pnpm pack", `${packed.stdout}\n${packed.stderr}`);
      return { name: label, ok, lines };
    }
    const tarballPath = join(destination, tarball);
    const files = execFileSync("tar", ["-tzf", tarballPath], { encoding: "utf8" })
      .split("\n")
      .filter(Boolean);
    pass(`pnpm pack: ${tarball} (${files.length} files)`);
    // Not failures, but what a user of the published package misses: said on every run until fixed.
    for (const [pattern, what] of [
      [/^package\/readme(\.md)?$/i, "README.md (the npm page is empty without it)"],
      [
        /^package\/(licen[cs]e|copying)(\.md|\.txt)?$/i,
        "LICENSE file (the license text that MIT asks to ship)",
      ],
    ] as const)
      if (!files.some((file) => pattern.test(file))) lines.push(`  note the tarball has no ${what}`);

    // 2. The packed package.json has real versions, not workspace: ranges.
    const packedManifest = JSON.parse(
      execFileSync("tar", ["-xzOf", tarballPath, "package/package.json"], { encoding: "utf8" }),
    ) as Manifest;
    const workspaceRanges = ["dependencies", "peerDependencies", "optionalDependencies"].flatMap((field) =>
      Object.entries(packedManifest[field as "dependencies"] ?? {})
        .filter(([, range]) => range.startsWith("workspace:"))
        .map(([name, range]) => `${field}.${name}: ${range}`),
    );
    if (workspaceRanges.length > 0)
      fail("no workspace: ranges in the packed package.json", workspaceRanges.join("\n"));
    else pass("no workspace: ranges in the packed package.json");

    // 3. publint, strict, on the tarball's files.
    const data = readFileSync(tarballPath);
    const { messages, pkg: lintedPkg } = await publint({
      pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer },
      level: "suggestion",
      strict: true,
    });
    const problems = messages.filter((message) => message.type !== "suggestion");
    const suggestions = messages.filter((message) => message.type === "suggestion");
    const render = (list: typeof messages) =>
      list
        .map(
          (message) =>
            `${message.type}: ${formatMessage(message, lintedPkg, { color: false }) ?? message.code}`,
        )
        .join("\n");
    if (problems.length > 0)
      fail(`publint: ${problems.length} problem${problems.length > 1 ? "s" : ""}`, render(problems));
    else
      pass(
        `publint${suggestions.length ? ` (${suggestions.length} suggestion${suggestions.length > 1 ? "s" : ""})` : ""}`,
      );
    if (suggestions.length > 0) lines.push(...indent(render(suggestions)));

    // 4. attw on the tarball.
    if (!declaresTypes(packedManifest)) {
      pass("attw: not applicable (the package declares no types: a command-line package)");
    } else {
      const excluded = dataSubpaths(packedManifest.exports);
      const args = [tarballPath, "--profile", "esm-only", "--format", "ascii", "--no-color", "--no-emoji"];
      if (excluded.length) args.push("--exclude-entrypoints", ...excluded);
      const attw = spawnSync(join(root, "node_modules/.bin/attw"), args, { cwd: dir, encoding: "utf8" });
      const note = excluded.length ? ` (data files not checked: ${excluded.join(", ")})` : "";
      if (attw.status !== 0) fail(`attw --profile esm-only${note}`, `${attw.stdout}\n${attw.stderr}`);
      else pass(`attw --profile esm-only${note}`);
    }

    // 5. The publish itself, as a dry run.
    if (options.publish) {
      // `changeset publish` passes the access of .changeset/config.json; so does this dry run.
      const access = changesetAccess(root);
      const publish = spawnSync(
        "pnpm",
        ["publish", "--dry-run", "--no-git-checks", ...(access ? ["--access", access] : [])],
        {
          cwd: dir,
          encoding: "utf8",
          env: { ...process.env, npm_config_loglevel: "notice" },
        },
      );
      if (publish.status !== 0) fail("pnpm publish --dry-run", `${publish.stdout}\n${publish.stderr}`);
      else {
        const target = /Publishing to (\S+) with tag (\S+) and (\S+) access/.exec(
          `${publish.stdout}\n${publish.stderr}`,
        );
        pass(
          `pnpm publish --dry-run${target ? ` (${target[1]}, tag ${target[2]}, ${target[3]} access)` : ""}`,
        );
      }
    }
  } finally {
    rmSync(destination, { recursive: true, force: true });
  }
  return { name: label, ok, lines };
}
