import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { unescapePointer } from "@deepseek-openapi/spec";
import { afterEach } from "vitest";
import { parse } from "yaml";
import { git as runGit } from "../src/git.ts";

/** The workspace root: the nearest folder up with pnpm-workspace.yaml (so a copy of the package, as Stryker's sandbox, still finds it). */
function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return `${dir}/`;
    if (dirname(dir) === dir) throw new Error(`no pnpm-workspace.yaml above ${from}`);
  }
}

export const repoRoot = findRepoRoot(new URL(".", import.meta.url).pathname);
export const fixturesDir = new URL("./fixtures/", import.meta.url).pathname;

export interface PatchOperation {
  op: "add" | "remove" | "replace";
  path: string;
  value?: unknown;
}

/** One finding of the differ, as a fixture expects it (derived by hand from the change the fixture makes). */
export interface ExpectedFinding {
  rule: string;
  location: string;
  message: string;
}

export interface DiffFixture {
  name: string;
  description: string;
  /** Turns base.yaml into the released document, when the rule needs something base.yaml lacks. */
  released?: PatchOperation[];
  /** Turns the released document into the current one. */
  patch: PatchOperation[];
  /** Every finding, in the differ's order (breaking fixtures only). */
  findings?: ExpectedFinding[];
}

export function readYaml<T>(file: string): T {
  return parse(readFileSync(file, "utf8")) as T;
}

export function readFixtures(folder: string): DiffFixture[] {
  const dir = join(fixturesDir, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".yaml") && name !== "base.yaml")
    .sort()
    .map((name) => ({
      name: name.replace(/\.yaml$/, ""),
      ...readYaml<Omit<DiffFixture, "name">>(join(dir, name)),
    }));
}

/** The released and the current document of a fixture. */
export function fixtureDocuments<T>(base: T, fixture: DiffFixture): { released: T; current: T } {
  const released = applyPatch(base, fixture.released ?? []);
  return { released, current: applyPatch(released, fixture.patch) };
}

/** A small JSON Patch (RFC 6902: add, remove, replace) that throws when a path does not exist. */
export function applyPatch<T>(document: T, operations: PatchOperation[]): T {
  const result = structuredClone(document) as unknown;
  for (const { op, path, value } of operations) {
    const keys = path.split("/").slice(1).map(unescapePointer);
    const last = keys.pop();
    if (last === undefined) throw new Error(`cannot patch the root (${path})`);
    let parent = result as Record<string, unknown> | unknown[];
    for (const key of keys) {
      const next = (parent as Record<string, unknown>)[key];
      if (typeof next !== "object" || next === null) throw new Error(`${op} ${path}: ${key} does not exist`);
      parent = next as Record<string, unknown>;
    }
    if (Array.isArray(parent)) {
      const index = last === "-" ? parent.length : Number(last);
      if (op === "add") parent.splice(index, 0, value);
      else if (index >= parent.length) throw new Error(`${op} ${path}: no such index`);
      else if (op === "remove") parent.splice(index, 1);
      else parent[index] = value;
    } else {
      const object = parent as Record<string, unknown>;
      if (op !== "add" && !(last in object)) throw new Error(`${op} ${path}: ${last} does not exist`);
      if (op === "remove") delete object[last];
      else object[last] = value;
    }
  }
  return result as T;
}

/** Writes a file into a fixture tree, making its folders. */
export function write(root: string, file: string, text: string): void {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}

/** Runs git in a fixture repository and returns its trimmed output (src/git.ts, with spread arguments). */
export const git = (root: string, ...args: string[]): string => runGit(root, args);

/** Returns a maker of temporary folders (named from `prefix`), each removed after its test. */
export function temporaryFolders(prefix: string): () => string {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });
  return () => {
    const folder = mkdtempSync(join(tmpdir(), prefix));
    folders.push(folder);
    return folder;
  };
}

/**
 * Returns a maker of empty git repositories (branch main, a test identity) in temporary folders, each removed after
 * its test.
 */
export function temporaryRepos(prefix: string): () => string {
  const temporaryFolder = temporaryFolders(prefix);
  return () => {
    const root = temporaryFolder();
    git(root, "init", "-q", "-b", "main");
    git(root, "config", "user.email", "test@example.invalid");
    git(root, "config", "user.name", "Test");
    git(root, "config", "commit.gpgsign", "false");
    return root;
  };
}
