import { writeFileSync } from "node:fs";
import type { SuiteResult } from "../runner.js";
import { summarizeByFeature, totals } from "./summary.js";

/** The machine-readable report: the target, the totals, a summary per feature and every check's verdict. */
export function jsonReport(suite: SuiteResult, version: string): string {
  const report = {
    tool: "@deepseek-openapi/contract-tests",
    version,
    target: { baseUrl: suite.baseUrl, betaBaseUrl: suite.betaBaseUrl, model: suite.model, mock: suite.mock },
    startedAt: suite.startedAt,
    durationMs: suite.durationMs,
    passed: !suite.stoppedByDeadline && suite.results.every((r) => r.status !== "failed"),
    stoppedByDeadline: suite.stoppedByDeadline,
    totals: totals(suite.results),
    features: summarizeByFeature(suite.results),
    notes: suite.notes,
    checks: suite.results,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function writeJsonReport(file: string, suite: SuiteResult, version: string): void {
  writeFileSync(file, jsonReport(suite, version));
}
