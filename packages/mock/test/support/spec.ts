import { createBundledValidator, loadBundledSpec } from "@deepseek-openapi/spec";

interface Example {
  value: unknown;
}
interface Operation {
  operationId: string;
  responses: Record<string, { content?: Record<string, { examples?: Record<string, unknown> }> }>;
}
const spec = loadBundledSpec() as unknown as {
  components: { examples: Record<string, Example> };
  paths: Record<string, Record<string, Operation>>;
};

export const validator = createBundledValidator();

/** The value of the spec's named example `name`. */
export function exampleValue<T = unknown>(name: string): T {
  const example = spec.components.examples[name];
  if (!example) throw new Error(`the bundled spec has no example named ${name}`);
  return example.value as T;
}

/** The path and method of an operation. */
export function operationPath(operationId: string): { path: string; method: string } {
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (operation.operationId === operationId) return { path, method };
    }
  }
  throw new Error(`the bundled spec has no operation ${operationId}`);
}

export const auth = { authorization: "Bearer sk-mock-test" };

/** The names of the examples of an operation's 200 answer in `mediaType`. */
export function okExampleNames(operationId: string, mediaType: string): string[] {
  const { path, method } = operationPath(operationId);
  const examples = spec.paths[path]?.[method]?.responses["200"]?.content?.[mediaType]?.examples ?? {};
  return Object.keys(examples);
}
