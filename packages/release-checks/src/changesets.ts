// Reads the pending changesets in `.changeset/` (every `*.md` but README.md), as `changeset version` would, and
// `.changeset/config.json`.
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

/** The fields of .changeset/config.json that the gates read. */
export interface ChangesetConfig {
  access?: string;
  /** Groups of package names that are always released together, at one version. */
  fixed?: string[][];
}

/** `root`/.changeset/config.json, or undefined when there is none. */
export function readChangesetConfig(root: string): ChangesetConfig | undefined {
  const file = join(root, ".changeset", "config.json");
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, "utf8")) as ChangesetConfig;
}

/** The `fixed` group that holds `name` (names only: a glob there is refused), or `name` alone. */
export function fixedGroup(config: ChangesetConfig, name: string): string[] {
  const globs = (config.fixed ?? []).flat().filter((entry) => /[*?[{!]/.test(entry));
  if (globs.length > 0)
    throw new Error(`.changeset/config.json: \`fixed\` has globs (${globs.join(", ")}); name the packages`);
  return config.fixed?.find((group) => group.includes(name)) ?? [name];
}
