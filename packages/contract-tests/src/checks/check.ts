import type { Validator } from "@deepseek-openapi/spec";
import type { ApiRequest, ApiResponse } from "../http.js";
import type { Target } from "../target.js";

/** The features a provider can support; `--only` and `--skip` select by these names. */
export const features = [
  "auth",
  "chat",
  "streaming",
  "invalid-requests",
  "reasoning",
  "tools",
  "json-mode",
  "logprobs",
  "stop",
  "max-tokens",
  "fim",
  "prefix-completion",
  "models",
  "balance",
  "responses",
  "files",
  "anthropic-files",
  "anthropic-messages",
] as const;

export type Feature = (typeof features)[number];

/**
 * The rules a finding can name, so that the spec can mark one as a known deviation of some providers
 * (`x-known-deviations`): a finding of such a rule is a warning, not a failure, unless `--strict`.
 */
export const ruleIds = ["stream.same-id", "stream.same-created"] as const;

export type RuleId = (typeof ruleIds)[number];

/** One broken expectation: where in the answer (a JSON path, or `(status)`, `(content-type)`, `(stream)`) and what. */
export interface Failure {
  path: string;
  message: string;
  /** The rule it breaks, for the rules the spec may mark as known deviations. */
  rule?: RuleId;
}

/** What a check gets to work with. */
export interface CheckContext {
  readonly target: Target;
  readonly validator: Validator;
  send(request: ApiRequest): Promise<ApiResponse>;
  /** Records a failure (of `rule`, when it has an id); the check goes on, so that one run shows every problem. */
  fail(path: string, message: string, rule?: RuleId): void;
}

export interface Check {
  /** `feature.name`, stable: reports and the self-test refer to it. */
  readonly id: string;
  readonly feature: Feature;
  /** What the check proves, in a few words. */
  readonly title: string;
  /**
   * Set for checks of behaviour a static mock cannot show (it always answers the same example): the reason the
   * check is skipped against a mock.
   */
  readonly needsRealProvider?: string;
  run(context: CheckContext): Promise<void>;
}

/**
 * A check's title, or what writes it when first read: a title that names its operation's method and path
 * (`operationLabel`) reads the spec, which a module must not do on import (a missing spec is a message, then).
 */
export type Title = string | (() => string);

/** A check as its feature declares it, by a name: its id is `feature.name`. */
export type FeatureCheck = Omit<Check, "id" | "feature" | "title"> & {
  readonly name: string;
  readonly title: Title;
};

/** The checks of one feature, each with the id `feature.name`, so that the feature is named once. */
export function featureChecks(feature: Feature, checks: readonly FeatureCheck[]): Check[] {
  return checks.map(({ name, title, ...check }) => ({
    id: `${feature}.${name}`,
    feature,
    ...check,
    get title() {
      return typeof title === "function" ? title() : title;
    },
  }));
}
