// The pending changesets in `.changeset/` (every `*.md` but README.md) and `.changeset/config.json`, read with
// changesets' own parsers (@changesets/parse, @changesets/config), as `changeset version` reads them.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseConfig } from "@changesets/config";
import parseChangesetFile from "@changesets/parse";
import { workspacePackages } from "./workspace.ts";

export type Bump = "major" | "minor" | "patch" | "none";

export interface PendingChangeset {
  file: string;
  releases: Record<string, Bump>;
  summary: string;
}

/** Parses one changeset file; an invalid one is an error that names the file and what is wrong. */
export function parseChangeset(file: string, text: string): PendingChangeset {
  let parsed: ReturnType<typeof parseChangesetFile>;
  try {
    parsed = parseChangesetFile(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${file}: ${message.split("\n")[0]?.replace(/^could not parse changeset - /, "")}`);
  }
  const releases = Object.fromEntries(parsed.releases.map((release) => [release.name, release.type as Bump]));
  return { file, releases, summary: parsed.summary };
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

/** The fields of .changeset/config.json that the gates read, as @changesets/config resolves them. */
export interface ChangesetConfig {
  access?: string;
  /** Groups of package names (globs expanded) that are always released together, at one version. */
  fixed: readonly (readonly string[])[];
}

/**
 * `root`/.changeset/config.json, validated against `root`'s workspace packages by @changesets/config (which expands
 * the globs of `fixed`), or undefined when there is none. An invalid config is an error with changesets' reasons.
 */
export function readChangesetConfig(root: string): ChangesetConfig | undefined {
  const file = join(root, ".changeset", "config.json");
  if (!existsSync(file)) return undefined;
  const packages = workspacePackages(root).map((pkg) => ({
    dir: pkg.dir,
    relativeDir: `packages/${pkg.folder}`,
    packageJson: pkg.manifest,
  }));
  const rootManifest = join(root, "package.json");
  const rootPackage = {
    dir: root,
    relativeDir: ".",
    packageJson: existsSync(rootManifest) ? JSON.parse(readFileSync(rootManifest, "utf8")) : { name: "root" },
  };
  try {
    return parseConfig(JSON.parse(readFileSync(file, "utf8")), {
      root: rootPackage,
      packages,
      tool: "pnpm",
    } as unknown as Parameters<typeof parseConfig>[1]);
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The `fixed` group that holds `name`, or `name` alone. */
export function fixedGroup(config: ChangesetConfig, name: string): string[] {
  return [...(config.fixed.find((group) => group.includes(name)) ?? [name])];
}
