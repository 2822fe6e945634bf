// The workspace's packages: every packages/<folder>/package.json, read once for the gates (changeset required,
// drift, pack).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  scripts?: Record<string, string>;
  types?: string;
  typings?: string;
  exports?: unknown;
  bin?: unknown;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

export interface WorkspacePackage {
  /** The package's folder, absolute. */
  dir: string;
  /** The folder's name under packages/. */
  folder: string;
  name: string;
  /** `"private": true`: never published, never versioned. */
  private: boolean;
  scripts: Record<string, string>;
  manifest: Manifest;
}

/** Every folder of `root`/packages with a package.json, sorted by folder; none when there is no packages/. */
export function workspacePackages(root: string): WorkspacePackage[] {
  const packagesDir = join(root, "packages");
  if (!existsSync(packagesDir)) return [];
  return readdirSync(packagesDir)
    .sort()
    .filter((folder) => existsSync(join(packagesDir, folder, "package.json")))
    .map((folder) => {
      const dir = join(packagesDir, folder);
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;
      return {
        dir,
        folder,
        name: manifest.name,
        private: manifest.private === true,
        scripts: manifest.scripts ?? {},
        manifest,
      };
    });
}
