import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { haveRealFixtures, realFixturesDir } from "@deepseek-openapi/test-utils";

export const packageRoot = fileURLToPath(new URL("../..", import.meta.url));
export const repoRoot = resolve(packageRoot, "../..");
export { haveRealFixtures, realFixturesDir as realFixtures };

if (!haveRealFixtures)
  console.warn(`notice: ${realFixturesDir} is absent; the tests of real recordings are skipped`);
