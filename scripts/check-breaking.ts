// Gate: the bundled spec (packages/spec/dist/openapi.json) has no breaking change against the last released one
// (packages/spec/released/openapi.json), unless a pending major changeset covers the spec and the client.
// Usage: tsx scripts/check-breaking.ts   (after `pnpm build`)
//        tsx scripts/check-breaking.ts --released OLD.json --current NEW.json [--root DIR]   (any two documents;
//        the pending changesets are read from DIR/.changeset, the repository's by default)
import { fileURLToPath } from "node:url";
import { runBreakingGateIn } from "./lib/breaking-gate.ts";

const option = (name: string) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const root = option("--root") ?? fileURLToPath(new URL("..", import.meta.url));
try {
  const result = runBreakingGateIn(root, { released: option("--released"), current: option("--current") });
  for (const line of result.lines) console.log(line);
  process.exit(result.ok ? 0 : 1);
} catch (error) {
  console.log(
    `breaking changes: FAIL - the check could not run: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
