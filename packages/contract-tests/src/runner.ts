import { excerpt } from "./assertions/excerpt.js";
import type { Check, CheckContext, Failure, Feature } from "./checks/check.js";
import { allChecks } from "./checks/index.js";
import { modelListRequest } from "./checks/models.js";
import { DeadlineReached, EndpointUnreachable, type RunDeadline, send } from "./http.js";
import { type KnownDeviation, knownDeviations } from "./known-deviations.js";
import { exampleBaseUrl } from "./providers.js";
import { redactor } from "./redact.js";
import { deselectionReason, type FeatureSelection } from "./selection.js";
import type { Target } from "./target.js";
import { specValidator } from "./validation.js";

/** `warned`: the check found only deviations the spec documents as known (`x-known-deviations`), and not `strict`. */
export type CheckStatus = "passed" | "warned" | "failed" | "skipped";

export interface CheckResult {
  id: string;
  feature: Feature;
  title: string;
  status: CheckStatus;
  failures: Failure[];
  /** Findings of rules the spec documents as known deviations of some providers; failures instead when strict. */
  warnings: Failure[];
  /** Why a skipped check did not run. */
  skipReason?: string;
  /** False when `--only` / `--skip` left the check's feature out. */
  selected: boolean;
  durationMs: number;
}

export interface SuiteResult {
  baseUrl: string;
  betaBaseUrl: string;
  model: string;
  mock: boolean;
  startedAt: string;
  durationMs: number;
  /** Things worth knowing that are not a check's verdict, such as an endpoint that answers with HTML pages. */
  notes: string[];
  results: CheckResult[];
  /** True when the run's deadline stopped it before every selected check had run. */
  stoppedByDeadline: boolean;
}

/** What to run against which target; `only` / `skip` as {@link deselectionReason} reads them. */
export interface RunOptions extends FeatureSelection {
  target: Target;
  /** Called as each check ends, for progress output. */
  onResult?: (result: CheckResult) => void;
  /** How long the whole run may take; the checks not begun by then are skipped, the one running is stopped. */
  deadlineMs?: number;
  /** Fail documented deviations (`x-known-deviations`) like any other finding, instead of warning of them. */
  strict?: boolean;
}

/** More failures than this in one check are noise: the first ones say what is wrong. */
const maxFailuresPerCheck = 20;

/**
 * Runs the selected checks one after the other (a provider's rate limit and the mock's two cores both prefer it)
 * and returns every verdict. Throws `EndpointUnreachable` when nothing answers at the base URL at all.
 */
export async function runSuite(options: RunOptions): Promise<SuiteResult> {
  const { target } = options;
  const redact = redactor(target.apiKey);
  const started = Date.now();
  const deadline =
    options.deadlineMs === undefined
      ? undefined
      : {
          signal: AbortSignal.timeout(options.deadlineMs),
          description: `the run's deadline (${options.deadlineMs / 1000} s)`,
        };
  const notes = (await preflight(target, deadline)).map(redact);
  const validator = specValidator();
  const results: CheckResult[] = [];
  const notRun: string[] = [];
  for (const check of allChecks) {
    const { notRun: stoppedBeforeStart, ...result } = await runOne(
      check,
      target,
      validator,
      options,
      deadline,
    );
    if (stoppedBeforeStart) notRun.push(check.id);
    const clean: CheckResult = {
      ...result,
      failures: result.failures.map((f) => ({ ...f, path: redact(f.path), message: redact(f.message) })),
      warnings: result.warnings.map((f) => ({ ...f, path: redact(f.path), message: redact(f.message) })),
      ...(result.skipReason ? { skipReason: redact(result.skipReason) } : {}),
    };
    results.push(clean);
    options.onResult?.(clean);
  }
  // Read as the last check ends: a deadline that passes later stopped nothing.
  const stoppedByDeadline = deadline?.signal.aborted === true;
  if (deadline && notRun.length > 0) {
    notes.push(
      `${capitalized(deadline.description)} was reached: ${notRun.length} checks did not run (${notRun.join(", ")}).`,
    );
  }
  return {
    stoppedByDeadline,
    baseUrl: target.baseUrl,
    betaBaseUrl: target.betaBaseUrl,
    model: target.model,
    mock: target.mock,
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    notes,
    results,
  };
}

/** A check's verdict; `notRun` when the run's deadline was reached before it began. */
type Outcome = CheckResult & { notRun?: true };

async function runOne(
  check: Check,
  target: Target,
  validator: CheckContext["validator"],
  options: RunOptions,
  deadline: RunDeadline | undefined,
): Promise<Outcome> {
  const base = {
    id: check.id,
    feature: check.feature,
    title: check.title,
    failures: [] as Failure[],
    warnings: [] as Failure[],
    selected: true,
  };
  const deselected = deselectionReason(check.feature, options);
  if (deselected)
    return { ...base, status: "skipped", skipReason: deselected, selected: false, durationMs: 0 };
  if (check.needsRealProvider && target.mock) {
    return {
      ...base,
      status: "skipped",
      skipReason: `needs a real provider: ${check.needsRealProvider}`,
      durationMs: 0,
    };
  }
  if (deadline?.signal.aborted) {
    return { ...base, status: "skipped", skipReason: notRunReason(deadline), durationMs: 0, notRun: true };
  }
  const failures: Failure[] = [];
  const warnings: Failure[] = [];
  const deviations = knownDeviations();
  const context: CheckContext = {
    target,
    validator,
    send: (request) => send(target, request, deadline),
    fail: (path, message, rule) => {
      const known = rule && deviations.get(rule);
      if (!rule || !known) failures.push({ path, message, ...(rule ? { rule } : {}) });
      else (options.strict ? failures : warnings).push({ path, message: documented(message, known), rule });
    },
  };
  const started = Date.now();
  try {
    await check.run(context);
  } catch (error) {
    const message =
      error instanceof EndpointUnreachable || error instanceof DeadlineReached
        ? error.message
        : `the check crashed: ${String(error)}`;
    failures.push({ path: "(request)", message });
  }
  const shown = failures.slice(0, maxFailuresPerCheck);
  if (failures.length > maxFailuresPerCheck) {
    shown.push({
      path: "(more)",
      message: `${failures.length - maxFailuresPerCheck} more failures not shown`,
    });
  }
  return {
    ...base,
    status: shown.length > 0 ? "failed" : warnings.length > 0 ? "warned" : "passed",
    failures: shown,
    warnings,
    durationMs: Date.now() - started,
  };
}

/** A finding of a documented deviation says so, naming the providers and where the spec documents it. */
function documented(message: string, known: KnownDeviation): string {
  return `${message}; a known deviation of ${known.providers.join(", ")} (${known.rule} in the spec's x-known-deviations)`;
}

/**
 * One cheap request before the checks: when nothing answers at all, twenty identical "connection refused" lines
 * help nobody. An HTML answer usually means the base URL points at a website, not at the API.
 */
async function preflight(target: Target, deadline: RunDeadline | undefined): Promise<string[]> {
  const response = await send(target, modelListRequest(), deadline);
  if (response.mediaType === "text/html" || /^\s*<(!doctype|html)/i.test(response.text)) {
    return [
      `${response.label} answered with an HTML page (status ${response.status}, ${excerpt(response.text, 40)}): is the base URL the API's root, such as ${exampleBaseUrl()}?`,
    ];
  }
  return [];
}

function notRunReason(deadline: RunDeadline): string {
  return `not run: ${deadline.description} was reached`;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
