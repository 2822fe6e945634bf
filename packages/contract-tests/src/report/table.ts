import type { SuiteResult } from "../runner.js";
import { summarizeByFeature, totals } from "./summary.js";

/** The closing summary: passed/warned/failed/skipped per feature, the reason for every skip, and the verdict. */
export function summaryTable(suite: SuiteResult): string {
  const statuses = ["passed", "warned", "failed", "skipped"] as const;
  const rows = summarizeByFeature(suite.results).map((s) => [
    s.feature,
    ...statuses.map((st) => String(s[st])),
  ]);
  const sum = totals(suite.results);
  const header = ["feature", ...statuses];
  const footer = ["total", ...statuses.map((st) => String(sum[st]))];
  const widths = header.map((_, column) =>
    Math.max(...[header, ...rows, footer].map((row) => (row[column] ?? "").length)),
  );
  const line = (row: string[]) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join("  ");
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  const out = [line(header), rule, ...rows.map(line), rule, line(footer)];

  const skipped = suite.results.filter((r) => r.status === "skipped" && r.selected);
  if (skipped.length > 0) {
    out.push("", "Skipped:");
    for (const result of skipped) out.push(`  ${result.id}: ${result.skipReason ?? "no reason given"}`);
  }
  const notSelected = [...new Set(suite.results.filter((r) => !r.selected).map((r) => r.feature))];
  if (notSelected.length > 0) out.push("", `Not selected (--only/--skip): ${notSelected.join(", ")}.`);
  const failed = suite.results.filter((r) => r.status === "failed");
  const warned = suite.results.filter((r) => r.status === "warned");
  const ran = sum.passed + sum.warned + sum.failed;
  const where = `against ${suite.baseUrl}${suite.mock ? " (a mock: shapes only)" : ""}`;
  out.push(
    "",
    failed.length > 0
      ? `${failed.length} of ${ran} checks failed ${where}: ${failed.map((r) => r.id).join(", ")}.`
      : ran === 1
        ? `The one check that ran passed ${where}.`
        : `All ${ran} checks that ran passed ${where}.`,
  );
  if (warned.length > 0) {
    out.push(
      `${warned.length === 1 ? "1 check" : `${warned.length} checks`} warned of a documented deviation (--strict fails ${warned.length === 1 ? "it" : "them"}): ${warned.map((r) => r.id).join(", ")}.`,
    );
  }
  return out.join("\n");
}
