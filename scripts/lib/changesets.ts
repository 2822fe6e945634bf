// Reads the pending changesets in `.changeset/` (every `*.md` but README.md), as `changeset version` would.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export type Bump = "major" | "minor" | "patch" | "none";

export interface PendingChangeset {
  file: string;
  releases: Record<string, Bump>;
  summary: string;
}

/** Parses one changeset file: a YAML front matter of `"package": bump` lines, then the summary. */
export function parseChangeset(file: string, text: string): PendingChangeset {
  const match = /^\s*---\r?\n([\s\S]*?)\r?\n?---\s*(?:\r?\n|$)([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: not a changeset (no front matter between --- lines)`);
  const front = match[1]?.trim() ? parse(match[1]) : {};
  if (front !== null && (typeof front !== "object" || Array.isArray(front)))
    throw new Error(`${file}: the front matter must map package names to bumps`);
  const releases: Record<string, Bump> = {};
  for (const [name, bump] of Object.entries(front ?? {})) {
    if (!["major", "minor", "patch", "none"].includes(String(bump)))
      throw new Error(`${file}: "${name}" has an unknown bump "${String(bump)}"`);
    releases[name] = bump as Bump;
  }
  return { file, releases, summary: (match[2] ?? "").trim() };
}

export function readPendingChangesets(root: string): PendingChangeset[] {
  const dir = join(root, ".changeset");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md") && name.toLowerCase() !== "readme.md")
    .sort()
    .map((name) => parseChangeset(`.changeset/${name}`, readFileSync(join(dir, name), "utf8")));
}

/** The highest bump that the pending changesets give a package. */
export function pendingBump(changesets: PendingChangeset[], name: string): Bump | undefined {
  const order: Bump[] = ["none", "patch", "minor", "major"];
  let best: Bump | undefined;
  for (const changeset of changesets) {
    const bump = changeset.releases[name];
    if (bump && (!best || order.indexOf(bump) > order.indexOf(best))) best = bump;
  }
  return best;
}
