import type { CheckContext } from "../checks/check.js";

/** 2023-01-01T00:00:00Z: no DeepSeek chat completion is older. */
const earliest = 1_672_531_200;
/** Clocks differ a little; a day ahead is still plausible, more is a unit or clock error. */
const toleranceSeconds = 24 * 60 * 60;

/** `created` must be Unix seconds of a plausible moment (not milliseconds, not 0, not next year). */
export function checkCreated(context: CheckContext, created: unknown, path = "created"): void {
  if (typeof created !== "number") return; // the schema reports the type
  const latest = Math.floor(Date.now() / 1000) + toleranceSeconds;
  if (created < earliest || created > latest) {
    const when = Number.isFinite(created * 1000) ? new Date(created * 1000).toISOString() : "an invalid date";
    context.fail(
      path,
      `must be a Unix time in seconds after 2023-01-01 and not in the future; got ${created} (${when.startsWith("+") || when.length > 24 ? "far in the future" : when})`,
    );
  }
}
