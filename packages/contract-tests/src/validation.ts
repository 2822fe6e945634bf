import { createBundledValidator, type ValidationIssue, type Validator } from "@deepseek-openapi/spec";

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
