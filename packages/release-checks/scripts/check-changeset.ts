// Gate: a change to a publishable package (or to spec/) comes with a changeset. See src/changeset-required.ts
// for what it compares with; set CHANGESET_BASE to choose the base (a branch, tag or commit).
// Usage: tsx scripts/check-changeset.ts
import { checkChangesetRequired } from "../src/changeset-required.ts";
import { runGate } from "../src/gate.ts";

await runGate("changeset", (root) => checkChangesetRequired(root));
