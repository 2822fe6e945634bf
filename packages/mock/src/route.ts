import type { PrismOperation } from "./prism.js";

/**
 * The operation a request is for: its method, and its path, where each `{parameter}` of the spec's path matches one
 * path segment; a path without parameters wins over a template that also matches (as Prism routes).
 */
export function operationFor(
  operations: readonly PrismOperation[],
  method: string,
  path: string,
): PrismOperation | undefined {
  const matching = operations.filter(
    (operation) => operation.method === method && pathPattern(operation.path).test(path),
  );
  return matching.find((operation) => operation.path === path) ?? matching[0];
}

function pathPattern(template: string): RegExp {
  const literals = template.split(/\{[^}/]+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${literals.join("[^/]+")}$`);
}
