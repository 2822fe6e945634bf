/**
 * Puts the example-samples script (src/example-samples-switch.ts, compiled here) and every request example's samples
 * into the built page, where template.hbs marks the spot: inline, so the page stays self-contained.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { type ExampleSamples, sampleLanguages } from "./example-samples.js";
import type { ExampleSamplesData } from "./example-samples-switch.js";
import { packageDir } from "./paths.js";

/** The comment in template.hbs that the script replaces. */
export const scriptMarker = "<!-- example-samples script -->";

const scriptSource = join(packageDir, "src", "example-samples-switch.ts");

/** The samples by operation (lower-cased operationId, as Redoc's section IDs spell it), example title and language. */
function exampleSamplesData(generated: ExampleSamples[]): ExampleSamplesData {
  const operations: ExampleSamplesData["operations"] = {};
  const owners = new Map<string, string>();
  for (const { operation, example, samples } of generated) {
    if (!example) continue;
    const key = operation.operationId.toLowerCase();
    if ((owners.get(key) ?? operation.operationId) !== operation.operationId)
      throw new Error(`${owners.get(key)} and ${operation.operationId} read the same in lower case`);
    owners.set(key, operation.operationId);
    const examples = operations[key] ?? {};
    operations[key] = examples;
    examples[example.title] = Object.fromEntries(samples.map((sample) => [sample.label, sample.source]));
  }
  return { languages: sampleLanguages.map(({ label }) => label), operations };
}

/** JSON that cannot end the `<script>` element it sits in. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replaceAll("<", "\\u003c");
}

/** The two elements the page gets: the samples as JSON, and the script, compiled from TypeScript. */
export function exampleSamplesScript(generated: ExampleSamples[]): string {
  const { outputText } = ts.transpileModule(readFileSync(scriptSource, "utf8"), {
    compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.ESNext, removeComments: true },
  });
  return [
    `<script type="application/json" id="example-samples">${scriptJson(exampleSamplesData(generated))}</script>`,
    `<script type="module" id="example-samples-script">\n${outputText.trim()}\n</script>`,
  ].join("\n");
}

/** `html` with `script` in place of {@link scriptMarker}, which must occur once. */
export function insertExampleSamplesScript(html: string, script: string): string {
  const parts = html.split(scriptMarker);
  if (parts.length !== 2)
    throw new Error(
      `the page must have the marker ${scriptMarker} once (template.hbs); found ${parts.length - 1}`,
    );
  return parts.join(script);
}
