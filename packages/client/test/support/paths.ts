import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bundledSpecPaths } from "@deepseek-openapi/spec";

export const packageRoot = fileURLToPath(new URL("../..", import.meta.url));
export const repoRoot = resolve(packageRoot, "../..");
/** Real DeepSeek recordings, shared beside the repository and never copied into it (see their SOURCES.md). */
export const realFixtures = resolve(repoRoot, "../shared/fixtures/real");
export const haveRealFixtures = existsSync(realFixtures);
if (!haveRealFixtures)
  console.warn(`notice: ${realFixtures} is absent; the tests of real recordings are skipped`);
export const bundledSpec = fileURLToPath(bundledSpecPaths.json);
