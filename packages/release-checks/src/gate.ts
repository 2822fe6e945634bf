// The entry of every gate script (packages/release-checks/scripts/check-*.ts): runs the check on the repository, prints its lines, and
// exits 0 when it passes, 1 when it fails. A check that throws fails too, with
// `<name>: FAIL - the check could not run: <message>`, so CI shows a verdict instead of a stack trace.
import { fileURLToPath } from "node:url";

export interface GateOutcome {
  ok: boolean;
  lines: string[];
}

/** The repository's root (this file is packages/release-checks/src/gate.ts). */
export const REPO_ROOT = fileURLToPath(new URL("../../..", import.meta.url));

/** Runs `run` on the repository's root, prints its lines and exits with its verdict. */
export async function runGate(
  name: string,
  run: (root: string) => GateOutcome | Promise<GateOutcome>,
): Promise<never> {
  try {
    const result = await run(REPO_ROOT);
    for (const line of result.lines) console.log(line);
    process.exit(result.ok ? 0 : 1);
  } catch (error) {
    console.log(
      `${name}: FAIL - the check could not run: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
}
