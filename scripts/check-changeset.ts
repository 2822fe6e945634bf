// Gate: a change to a publishable package (or to spec/) comes with a changeset. See scripts/lib/changeset-required.ts
// for what it compares with; set CHANGESET_BASE to choose the base (a branch, tag or commit).
// Usage: tsx scripts/check-changeset.ts
import { fileURLToPath } from "node:url";
import { checkChangesetRequired } from "./lib/changeset-required.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
try {
  const result = checkChangesetRequired(root);
  for (const line of result.lines) console.log(line);
  process.exit(result.ok ? 0 : 1);
} catch (error) {
  console.log(
    `changeset: FAIL - the check could not run: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
