// The changeset-required gate (as vercel/ai enforces it): a change to a publishable package (a file under
// packages/<a package that is not private>/, or under spec/, which is @deepseek-openapi/spec's source) needs a
// changeset. `pnpm changeset --empty` records a deliberate "nothing to release".
//
// What it compares with, in order:
//   1. CHANGESET_BASE (a commit, branch or tag), when set: the changed files since its merge base with HEAD
//      need a changeset file added, changed or consumed since then.
//   2. On a branch other than main: the merge base with main (origin/main, else main), the same way.
//   3. On main (or a detached HEAD): the last release tag (`@deepseek-openapi/<name>@<version>`, written by
//      `changeset publish`): a change since the release needs a pending changeset.
//   4. None of these (a clean clone of main before the first release, as CI has): nothing to compare with; it
//      passes and says so.
// Files of the working tree count too (modified and untracked), so a developer sees the verdict before committing.
// A shallow CI checkout has no merge base: fetch the history (`fetch-depth: 0`) or set CHANGESET_BASE.
import { readPendingChangesets } from "./changesets.ts";
import { lines, tryGit } from "./git.ts";
import { workspacePackages } from "./workspace.ts";

export interface ChangesetGateResult {
  ok: boolean;
  lines: string[];
}

interface Base {
  ref: string;
  mode: "branch" | "release";
  why: string;
}

export const RELEASE_TAG_PATTERN = "@deepseek-openapi/*@*";

function findBase(root: string, env: NodeJS.ProcessEnv): Base | { none: string } {
  const explicit = env.CHANGESET_BASE?.trim();
  if (explicit) {
    const mergeBase = tryGit(root, ["merge-base", "HEAD", explicit]);
    if (!mergeBase) return { none: `CHANGESET_BASE=${explicit} has no merge base with HEAD` };
    return { ref: mergeBase, mode: "branch", why: `the merge base with CHANGESET_BASE=${explicit}` };
  }
  const branch = tryGit(root, ["rev-parse", "--abbrev-ref", "HEAD"]);
  if (branch && branch !== "HEAD" && branch !== "main") {
    for (const main of ["origin/main", "main"]) {
      const mainCommit = tryGit(root, ["rev-parse", "--verify", "--quiet", `${main}^{commit}`]);
      if (!mainCommit) continue;
      const mergeBase = tryGit(root, ["merge-base", "HEAD", main]);
      if (mergeBase)
        return { ref: mergeBase, mode: "branch", why: `the merge base of ${branch} with ${main}` };
    }
  }
  const tag = lines(
    tryGit(root, ["tag", "--list", RELEASE_TAG_PATTERN, "--merged", "HEAD", "--sort=-creatordate"]),
  )[0];
  if (tag) return { ref: tag, mode: "release", why: `the last release tag ${tag}` };
  return {
    none:
      branch === "main" || branch === "HEAD"
        ? "this is main with no release tag yet (a clean clone before the first release), so there is no base to compare with"
        : `the branch ${branch ?? "?"} has no main to branch from and there is no release tag, so there is no base to compare with`,
  };
}

export function checkChangesetRequired(
  root: string,
  env: NodeJS.ProcessEnv = process.env,
): ChangesetGateResult {
  if (tryGit(root, ["rev-parse", "--is-inside-work-tree"]) !== "true")
    return { ok: true, lines: ["changeset: PASS - not a git work tree, nothing to compare (no base)"] };
  const base = findBase(root, env);
  if ("none" in base) return { ok: true, lines: [`changeset: PASS - ${base.none}; nothing to check.`] };

  const changed = [
    ...new Set([
      ...lines(tryGit(root, ["diff", "--name-only", "--no-renames", base.ref])),
      ...lines(tryGit(root, ["ls-files", "--others", "--exclude-standard"])),
    ]),
  ].sort();
  // The folder names under packages/ of the packages that are not private, to their package names.
  const publishable = new Map(
    workspacePackages(root)
      .filter((pkg) => !pkg.private)
      .map((pkg) => [pkg.folder, pkg.name]),
  );
  const affected = new Map<string, string[]>();
  for (const file of changed) {
    let pkg: string | undefined;
    if (file.startsWith("spec/")) pkg = "@deepseek-openapi/spec";
    else {
      const match = /^packages\/([^/]+)\//.exec(file);
      if (match?.[1]) pkg = publishable.get(match[1]);
    }
    if (pkg) affected.set(pkg, [...(affected.get(pkg) ?? []), file]);
  }
  const head = `changed since ${base.why}`;
  if (affected.size === 0)
    return { ok: true, lines: [`changeset: PASS - no publishable package ${head}; no changeset needed.`] };

  const summary = [...affected].map(
    ([pkg, files]) =>
      `  ${pkg}: ${files.length} file${files.length > 1 ? "s" : ""} (${files.slice(0, 3).join(", ")}${files.length > 3 ? ", ..." : ""})`,
  );
  const changesetFiles = (names: string[]) =>
    names.filter((file) => /^\.changeset\/[^/]+\.md$/.test(file) && !/readme\.md$/i.test(file));
  let covered: string[];
  if (base.mode === "branch") {
    // Added or edited changesets, or ones `changeset version` consumed (a "Version Packages" branch).
    covered = changesetFiles(changed);
  } else {
    covered = readPendingChangesets(root).map((changeset) => changeset.file);
  }
  if (covered.length > 0)
    return {
      ok: true,
      lines: [
        `changeset: PASS - ${affected.size} publishable package${affected.size > 1 ? "s" : ""} ${head}, and ${base.mode === "branch" ? "this change brings" : "there are pending"} changesets: ${covered.join(", ")}`,
        ...summary,
      ],
    };
  return {
    ok: false,
    lines: [
      `changeset: FAIL - ${affected.size} publishable package${affected.size > 1 ? "s" : ""} ${head}, but no changeset ${base.mode === "branch" ? "was added" : "is pending"}:`,
      ...summary,
      "  Run `pnpm changeset` and describe the change for users (or `pnpm changeset --empty` when nothing needs a release).",
    ],
  };
}
