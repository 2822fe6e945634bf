import type { Feature } from "../checks/check.js";
import type { CheckResult, CheckStatus } from "../runner.js";

export type StatusCounts = Record<CheckStatus, number>;

export interface FeatureSummary extends StatusCounts {
  feature: Feature;
}

const noChecks = (): StatusCounts => ({ passed: 0, warned: 0, failed: 0, skipped: 0 });

/** Counts per feature, in the order the features first appear. */
export function summarizeByFeature(results: readonly CheckResult[]): FeatureSummary[] {
  const byFeature = new Map<Feature, FeatureSummary>();
  for (const result of results) {
    const summary = byFeature.get(result.feature) ?? { feature: result.feature, ...noChecks() };
    summary[result.status]++;
    byFeature.set(result.feature, summary);
  }
  return [...byFeature.values()];
}

export function totals(results: readonly CheckResult[]): StatusCounts {
  const counts = noChecks();
  for (const result of results) counts[result.status]++;
  return counts;
}
