import { loadBundledSpec } from "@deepseek-openapi/spec";
import { type RuleId, ruleIds } from "./checks/check.js";

/** A rule of the suite that the spec documents as broken by named providers (`x-known-deviations`). */
export interface KnownDeviation {
  rule: RuleId;
  providers: string[];
  /** What those providers do instead. */
  deviation: string;
  /** Where in the spec it is marked: `components.schemas.ChatCompletionChunk`. */
  where: string;
}

let cached: Map<RuleId, KnownDeviation> | undefined;

/**
 * The known deviations the bundled spec marks on its schemas and operations, by rule. The spec is their one
 * source: a rule id the suite does not know is an error, not a silently ignored mark.
 */
export function knownDeviations(): Map<RuleId, KnownDeviation> {
  cached ??= knownDeviationsIn(loadBundledSpec());
  return cached;
}

/** The known deviations a spec document marks, by rule; throws on a mark the suite cannot apply. */
export function knownDeviationsIn(document: unknown): Map<RuleId, KnownDeviation> {
  return collect(document, "", new Map());
}

function collect(
  node: unknown,
  where: string,
  found: Map<RuleId, KnownDeviation>,
): Map<RuleId, KnownDeviation> {
  if (node === null || typeof node !== "object") return found;
  for (const [key, child] of Object.entries(node)) {
    if (key === "x-known-deviations") {
      for (const entry of Array.isArray(child) ? child : [child]) {
        const deviation = parseEntry(entry, where);
        found.set(deviation.rule, deviation);
      }
    } else {
      collect(child, where ? `${where}.${key}` : key, found);
    }
  }
  return found;
}

function parseEntry(entry: unknown, where: string): KnownDeviation {
  const { rule, providers, deviation } = (entry ?? {}) as Record<string, unknown>;
  const problem = `the spec's x-known-deviations at ${where}`;
  if (!(ruleIds as readonly unknown[]).includes(rule)) {
    throw new Error(`${problem} names rule ${JSON.stringify(rule)}; expected one of ${ruleIds.join(", ")}`);
  }
  if (!Array.isArray(providers) || providers.length === 0 || !providers.every((p) => typeof p === "string")) {
    throw new Error(`${problem} (${String(rule)}) must name its providers as a list of strings`);
  }
  if (typeof deviation !== "string") {
    throw new Error(`${problem} (${String(rule)}) must say what the providers do, in deviation`);
  }
  return { rule: rule as RuleId, providers, deviation, where };
}
