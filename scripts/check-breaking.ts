// Gate: the bundled spec (packages/spec/dist/openapi.json) has no breaking change against the last released one
// (packages/spec/released/openapi.json), unless a pending major changeset covers the spec and the client.
// Usage: tsx scripts/check-breaking.ts   (after `pnpm build`)
import { fileURLToPath } from "node:url";
import { runBreakingGateIn } from "./lib/breaking-gate.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const result = runBreakingGateIn(root);
for (const line of result.lines) console.log(line);
process.exit(result.ok ? 0 : 1);
