// The drift gate: after `pnpm build` has regenerated everything from the spec, the files that git tracks must be
// unchanged. It watches every generated output that is committed (each `outputs` glob of a `generate` or `build`
// task in turbo.json that .gitignore does not ignore, such as packages/client/src/generated/), and in CI, on a
// clean clone, the whole working tree.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { lines, tryGit } from "./git.ts";
import { workspacePackages } from "./workspace.ts";

/** Parses JSON with comments (turbo.json allows line and block comments), leaving strings untouched. */
export function parseJsonc(text: string): unknown {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j;
    } else if (char === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
      out += "\n";
    } else if (char === "/" && text[i + 1] === "*") {
      i = text.indexOf("*/", i + 2) + 1;
      if (i === 0) throw new Error("unterminated comment");
    } else out += char;
  }
  return JSON.parse(out.replace(/,(\s*[}\]])/g, "$1"));
}

interface TurboTask {
  outputs?: string[];
}

/**
 * The committed generated paths: outputs of the `generate` and `build` tasks in turbo.json, per package that has
 * the script, that git does not ignore.
 */
export function committedOutputs(root: string): string[] {
  const turbo = parseJsonc(readFileSync(join(root, "turbo.json"), "utf8")) as {
    tasks: Record<string, TurboTask>;
  };
  const packages = workspacePackages(root);
  const found = new Set<string>();
  for (const [taskId, task] of Object.entries(turbo.tasks)) {
    const [pkg, name] = taskId.includes("#") ? (taskId.split("#") as [string, string]) : [undefined, taskId];
    if (!["generate", "build"].includes(name) || pkg === "//") continue;
    // A `pkg#task` entry replaces the generic `task` entry for that package; turbo skips a package without the
    // script.
    const dirs = packages
      .filter((candidate) => (pkg ? candidate.name === pkg : !(`${candidate.name}#${name}` in turbo.tasks)))
      .filter((candidate) => name in candidate.scripts)
      .map((candidate) => candidate.folder);
    for (const glob of task.outputs ?? []) {
      if (glob.startsWith("!")) continue;
      const base = glob.replace(/\/?\*\*.*$/, "").replace(/\/\*.*$/, "");
      for (const dir of dirs) {
        const path = `packages/${dir}/${base}`;
        // `git check-ignore` exits 0 when the path is ignored (dist/, .turbo/ ...): those are not committed. The
        // trailing slash makes directory patterns such as `dist/` match a directory that does not exist yet.
        if (tryGit(root, ["check-ignore", "-q", "--no-index", `${path}/`]) === undefined) found.add(path);
      }
    }
  }
  return [...found].sort();
}

export interface DriftResult {
  ok: boolean;
  lines: string[];
}

export function checkDrift(root: string, options: { wholeTree: boolean }): DriftResult {
  if (tryGit(root, ["rev-parse", "--is-inside-work-tree"]) !== "true")
    return { ok: false, lines: ["drift: FAIL - not a git work tree, cannot compare"] };
  const watched = committedOutputs(root);
  const scope = options.wholeTree ? [] : watched;
  if (!options.wholeTree && scope.length === 0)
    return { ok: true, lines: ["drift: PASS - no build output is committed, nothing can drift"] };
  // Porcelain v1 lists modified, deleted and untracked files (ignored ones are left out).
  const status = lines(tryGit(root, ["status", "--porcelain=v1", "--untracked-files=all", "--", ...scope]));
  const what = options.wholeTree
    ? "the working tree"
    : `the committed generated paths (${watched.join(", ")})`;
  if (status.length === 0) return { ok: true, lines: [`drift: PASS - the build left ${what} unchanged`] };
  const out = [`drift: FAIL - the build changed ${what}:`, ...status.map((line) => `  ${line}`)];
  const diff = tryGit(root, ["diff", "--stat", "--", ...scope]);
  if (diff) out.push(...diff.split("\n").map((line) => `  ${line}`));
  out.push(
    "  Regenerated files differ from the committed ones: run `pnpm build` and commit them (never edit generated",
    "  files by hand); a file that changes on every build means a generator is not deterministic.",
  );
  return { ok: false, lines: out };
}
