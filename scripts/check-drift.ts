// Gate: regenerating everything from the spec leaves the working tree unchanged. Runs after `pnpm build`
// (turbo orders it after every package's build). In CI (CI=true, a clean clone) it checks the whole tree; on a
// developer's machine, where other edits are expected, only the committed generated paths.
// Usage: tsx scripts/check-drift.ts [--whole-tree]
import { fileURLToPath } from "node:url";
import { checkDrift } from "./lib/drift.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const wholeTree = process.argv.includes("--whole-tree") || process.env.CI === "true";
try {
  const result = checkDrift(root, { wholeTree });
  for (const line of result.lines) console.log(line);
  process.exit(result.ok ? 0 : 1);
} catch (error) {
  console.log(
    `drift: FAIL - the check could not run: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
