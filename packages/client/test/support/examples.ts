import { loadBundledSpec } from "@deepseek-openapi/spec";

const examples = (
  loadBundledSpec() as unknown as { components: { examples: Record<string, { value: unknown }> } }
).components.examples;

/** A fresh copy of a named example of the spec: tests answer with what the spec documents. */
export function specExample<T>(name: string): T {
  const example = examples[name];
  if (!example) throw new Error(`the spec has no example named "${name}"`);
  return structuredClone(example.value) as T;
}
