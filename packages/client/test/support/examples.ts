import { componentExample, loadBundledSpec } from "@deepseek-openapi/spec";

const spec = loadBundledSpec();

/** A fresh copy of a named example of the spec: tests answer with what the spec documents. */
export function specExample<T>(name: string): T {
  return structuredClone(componentExample<T>(spec, name));
}
