// Gate: the bundled spec (packages/spec/dist/openapi.json) has no breaking change against the last released one
// (packages/spec/released/openapi.json), unless a pending major changeset covers the spec and the client.
// Usage: tsx scripts/check-breaking.ts   (after `pnpm build`)
//        tsx scripts/check-breaking.ts --released OLD.json --current NEW.json [--root DIR]   (any two documents;
//        the pending changesets and config.json are read from DIR/.changeset, the repository's by default)
import { parseArgs } from "node:util";
import { runBreakingGateIn } from "../src/breaking-gate.ts";
import { runGate } from "../src/gate.ts";

await runGate("breaking changes", (root) => {
  const { values } = parseArgs({
    options: { root: { type: "string" }, released: { type: "string" }, current: { type: "string" } },
  });
  return runBreakingGateIn(values.root ?? root, { released: values.released, current: values.current });
});
