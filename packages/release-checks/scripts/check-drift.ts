// Gate: regenerating everything from the spec leaves the working tree unchanged. Runs after `pnpm build`
// (turbo orders it after every package's build). In CI (CI=true, a clean clone) it checks the whole tree; on a
// developer's machine, where other edits are expected, only the committed generated paths.
// Usage: tsx scripts/check-drift.ts [--whole-tree]
import { parseArgs } from "node:util";
import { checkDrift } from "../src/drift.ts";
import { runGate } from "../src/gate.ts";

await runGate("drift", (root) => {
  const { values } = parseArgs({ options: { "whole-tree": { type: "boolean", default: false } } });
  return checkDrift(root, { wholeTree: values["whole-tree"] || process.env.CI === "true" });
});
