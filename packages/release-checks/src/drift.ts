// The drift gate: after `pnpm build` has regenerated everything from the spec, the files that git tracks must be
// unchanged. It watches every generated output that is committed (each `outputs` glob of a `generate` or `build`
// task, as turbo's dry run reports them, that .gitignore does not ignore, such as packages/client/src/generated/),
// and in CI, on a clean clone, the whole working tree.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { lines, tryGit } from "./git.ts";

const turbo = fileURLToPath(new URL("../node_modules/.bin/turbo", import.meta.url));

interface DryRunTask {
  taskId: string;
  task: string;
  directory?: string;
  command: string;
  outputs?: string[] | null;
}

/** The `generate` and `build` tasks turbo would run in `root`, with their outputs (`turbo run --dry=json`). */
function plannedTasks(root: string): DryRunTask[] {
  const dry = spawnSync(turbo, ["run", "generate", "build", "--dry=json"], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", TURBO_PRINT_VERSION_DISABLED: "1" },
  });
  try {
    return (JSON.parse(dry.stdout) as { tasks: DryRunTask[] }).tasks;
  } catch {
    throw new Error(
      `\`turbo run generate build --dry=json\` gave no task list: ${dry.stderr.trim() || dry.stdout}`,
    );
  }
}

/**
 * The committed generated paths: outputs of the `generate` and `build` tasks, in each package that has the script,
 * that git does not ignore. turbo's dry run resolves turbo.json's generic and `pkg#task` entries.
 */
export function committedOutputs(root: string): string[] {
  const found = new Set<string>();
  for (const task of plannedTasks(root)) {
    // turbo lists a task of a package without the script as `<NONEXISTENT>`; root tasks have no directory.
    if (!["generate", "build"].includes(task.task) || !task.directory || task.command === "<NONEXISTENT>")
      continue;
    for (const glob of task.outputs ?? []) {
      if (glob.startsWith("!")) continue;
      const base = glob.replace(/\/?\*\*.*$/, "").replace(/\/\*.*$/, "");
      const path = `${task.directory}/${base}`;
      // `git check-ignore` exits 0 when the path is ignored (dist/, .turbo/ ...): those are not committed. The
      // trailing slash makes directory patterns such as `dist/` match a directory that does not exist yet.
      if (tryGit(root, ["check-ignore", "-q", "--no-index", `${path}/`]) === undefined) found.add(path);
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
