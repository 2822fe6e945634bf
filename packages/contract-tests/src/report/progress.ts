import type { CheckResult } from "../runner.js";

const marks = { passed: "✓", warned: "!", failed: "✗", skipped: "-" } as const;

/**
 * The lines printed as a check ends: its verdict, then one line per failure (or documented deviation) naming the
 * JSON path that broke.
 * Checks that `--only` / `--skip` left out print nothing: the summary names their features once.
 */
export function progressLines(result: CheckResult): string[] {
  if (!result.selected) return [];
  const time = result.status === "skipped" ? "" : ` (${result.durationMs} ms)`;
  const lines = [`${marks[result.status]} ${result.id}${time}`];
  if (result.status === "skipped") lines[0] += `: skipped, ${result.skipReason ?? "no reason given"}`;
  if (result.status === "warned") lines[0] += ": a documented deviation";
  for (const finding of [...result.failures, ...result.warnings])
    lines.push(`    ${result.id} ${finding.path}: ${finding.message}`);
  return lines;
}
