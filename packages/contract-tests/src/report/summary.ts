import type { Feature } from "../checks/check.js";
import type { CheckResult } from "../runner.js";

export interface FeatureSummary {
  feature: Feature;
  passed: number;
  failed: number;
  skipped: number;
}

/** Counts per feature, in the order the features first appear. */
export function summarizeByFeature(results: readonly CheckResult[]): FeatureSummary[] {
  const byFeature = new Map<Feature, FeatureSummary>();
  for (const result of results) {
    const summary = byFeature.get(result.feature) ?? {
      feature: result.feature,
      passed: 0,
      failed: 0,
      skipped: 0,
    };
    summary[result.status]++;
    byFeature.set(result.feature, summary);
  }
  return [...byFeature.values()];
}

export function totals(results: readonly CheckResult[]): { passed: number; failed: number; skipped: number } {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const result of results) counts[result.status]++;
  return counts;
}
