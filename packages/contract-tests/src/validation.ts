import { createBundledValidator, type ValidationIssue, type Validator } from "@deepseek-openapi/spec";
import type { CheckContext } from "./checks/check.js";

let compiled: Validator | undefined;

/** The spec package's ajv validator, compiled once per process from the bundled spec. */
export function specValidator(): Validator {
  compiled ??= createBundledValidator();
  return compiled;
}

/** Puts a prefix such as `chunk[3]` in front of an issue's path. */
export function prefixed(prefix: string, issue: ValidationIssue): ValidationIssue {
  if (!prefix) return issue;
  if (issue.path === "(root)") return { path: prefix, message: issue.message };
  if (issue.path.startsWith("(")) return { path: `${prefix} ${issue.path}`, message: issue.message };
  return {
    path: issue.path.startsWith("[") ? `${prefix}${issue.path}` : `${prefix}.${issue.path}`,
    message: issue.message,
  };
}

/** Records each issue of a validation as a failure, its path under `prefix` (such as `chunk[3]`) when given. */
export function reportIssues(
  context: Pick<CheckContext, "fail">,
  result: { readonly issues: readonly ValidationIssue[] },
  prefix = "",
): void {
  for (const issue of result.issues) {
    const { path, message } = prefixed(prefix, issue);
    context.fail(path, message);
  }
}
