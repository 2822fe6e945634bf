import { execFileSync, spawnSync } from "node:child_process";

/** Runs git in `cwd` and returns its trimmed stdout; throws with git's message on failure. */
export function git(cwd: string, args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

/** Runs git and returns undefined instead of throwing (for refs that may not exist). */
export function tryGit(cwd: string, args: string[]): string | undefined {
  const result = spawnSync("git", args, { cwd, encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

export const lines = (text: string | undefined) => (text ? text.split("\n").filter(Boolean) : []);
