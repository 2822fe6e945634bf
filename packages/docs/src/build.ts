/**
 * The docs build, step by step: generate every request example's samples from the templates → type-check the
 * TypeScript ones (and the guide programs) against the built client → inject the first example's samples and the
 * guide programs into a copy of the bundled spec → `redocly build-docs` into one self-contained index.html, with the
 * example-samples script and its samples → copy the bundled openapi.yaml and openapi.json beside it. Any failing
 * step fails the build.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bundledSpecPaths, loadBundledSpec } from "@deepseek-openapi/spec";
import { parse as parseYaml } from "yaml";
import { type ExampleSamples, generateSamples, sampleLanguages } from "./example-samples.js";
import { exampleSamplesScript, insertExampleSamplesScript } from "./example-samples-page.js";
import { addGuidePrograms, readGuidePrograms } from "./guide-programs.js";
import { injectCodeSamples } from "./inject-code-samples.js";
import {
  binary,
  buildDir,
  distDir,
  guideProgramsDir,
  redoclyConfigFile,
  samplesDir,
  templateFile,
  templatesDir,
} from "./paths.js";
import { externalResourceReferences, inlineCdnAssets } from "./self-contained.js";

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): { status: number; output: string } {
  const result = spawnSync(process.execPath, [command, ...args], {
    encoding: "utf8",
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status ?? 1, output: `${result.stdout ?? ""}${result.stderr ?? ""}` };
}

/** Where the TypeScript samples are written to be type-checked. */
export const typescriptSamplesDir = join(buildDir, "samples");

/**
 * Writes each generated TypeScript sample to `dir` as `<operationId>.<example>.ts`, with a tsconfig.json that extends
 * samples/tsconfig.json and also takes in the guide programs of `guidesDir`; returns `dir`.
 */
export function writeTypescriptSamples(
  generated: ExampleSamples[],
  dir = typescriptSamplesDir,
  guidesDir = guideProgramsDir,
): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const { operation, example, samples } of generated) {
    const source = samples.find((sample) => sample.label === "TypeScript")?.source ?? "";
    writeFileSync(join(dir, `${operation.operationId}.${example?.name ?? "operation"}.ts`), `${source}\n`);
  }
  const tsconfig = { extends: join(samplesDir, "tsconfig.json"), include: ["*.ts", join(guidesDir, "*.ts")] };
  writeFileSync(join(dir, "tsconfig.json"), `${JSON.stringify(tsconfig, null, 2)}\n`);
  return dir;
}

/** Type-checks the samples in `dir` with its tsconfig.json; throws with tsc's output when they do not compile. */
export function typecheckSamples(dir: string = typescriptSamplesDir): void {
  const { status, output } = run(binary("tsc"), ["-p", join(dir, "tsconfig.json"), "--pretty", "false"]);
  if (status !== 0)
    throw new Error(`the TypeScript samples do not compile against the built client:\n${output}`);
}

/**
 * The Redoc options: the `openapi:` block of redocly.yaml, plus the code sample languages. Redoc CE only shows
 * samples whose label is a configured language: these are the three of {@link sampleLanguages}.
 */
export function redocOptions(): Record<string, unknown> {
  const config = parseYaml(readFileSync(redoclyConfigFile, "utf8")) ?? {};
  return {
    ...(config.openapi ?? {}),
    codeSamples: { languages: sampleLanguages.map(({ label, lang }) => ({ label, lang })) },
  };
}

/** The bundled spec with the first example's samples on every operation and the guide programs in its guides. */
export function specForDocs(bundled: unknown, generated: ExampleSamples[]) {
  const spec = injectCodeSamples(bundled, generated);
  spec.info.description = addGuidePrograms(spec.info.description, readGuidePrograms(guideProgramsDir));
  return spec;
}

/** Writes the spec with samples and the Redoc options into .build/; returns their paths. */
export function prepareInputs(generated: ExampleSamples[]): { spec: string; options: string } {
  const spec = specForDocs(loadBundledSpec(), generated);
  mkdirSync(buildDir, { recursive: true });
  const paths = { spec: join(buildDir, "openapi.json"), options: join(buildDir, "redoc-options.json") };
  writeFileSync(paths.spec, `${JSON.stringify(spec, null, 2)}\n`);
  writeFileSync(paths.options, `${JSON.stringify(redocOptions(), null, 2)}\n`);
  return paths;
}

export function renderHtml(
  inputs: { spec: string; options: string },
  generated: ExampleSamples[],
  output: string,
): void {
  const { status, output: log } = run(
    binary("redocly"),
    [
      "build-docs",
      inputs.spec,
      "--output",
      output,
      "--openapi",
      inputs.options,
      "--template",
      templateFile,
      // Embeds the Redoc script instead of loading it from Redocly's CDN, so the page works offline.
      "--inlineBundle",
      "--lint-config",
      "off",
    ],
    // Off: the CLI would report usage, and the page would send telemetry from the reader's browser.
    { REDOCLY_TELEMETRY: "off" },
  );
  if (status !== 0) throw new Error(`redocly build-docs failed:\n${log}`);
  const { html: inlined } = inlineCdnAssets(readFileSync(output, "utf8"));
  const html = insertExampleSamplesScript(inlined, exampleSamplesScript(generated));
  const external = externalResourceReferences(html);
  if (external.length > 0)
    throw new Error(`the page would load resources from the network:\n${external.join("\n")}`);
  writeFileSync(output, html);
}

export function copySpecFiles(dir: string): void {
  copyFileSync(bundledSpecPaths.yaml, join(dir, "openapi.yaml"));
  copyFileSync(bundledSpecPaths.json, join(dir, "openapi.json"));
}

export function buildDocs(log: (line: string) => void = console.log): void {
  const started = Date.now();
  const generated = generateSamples(loadBundledSpec(), templatesDir);
  log(
    `docs: ${generated.length * sampleLanguages.length} samples generated: ${generated.filter((set) => set.example).length} request examples, ${generated.filter((set) => !set.example).length} operations without a body`,
  );
  typecheckSamples(writeTypescriptSamples(generated));
  log("docs: TypeScript samples and guide programs type-check against the built client");
  const inputs = prepareInputs(generated);
  log(`docs: code samples injected into ${inputs.spec}`);
  // Built aside and swapped in at the end: a failed build leaves the previous dist/ whole (the preview serves it).
  const staging = join(buildDir, "dist");
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  renderHtml(inputs, generated, join(staging, "index.html"));
  copySpecFiles(staging);
  rmSync(distDir, { recursive: true, force: true });
  renameSync(staging, distDir);
  log(`docs: dist/index.html, dist/openapi.yaml and dist/openapi.json built in ${Date.now() - started} ms`);
}
