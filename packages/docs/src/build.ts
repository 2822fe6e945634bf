/**
 * The docs build, step by step: type-check the TypeScript samples against the built client → inject all samples into
 * a copy of the bundled spec → `redocly build-docs` into one self-contained index.html → copy the bundled
 * openapi.yaml and openapi.json beside it. Any failing step fails the build.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bundledSpecPaths, loadBundledSpec } from "@deepseek-openapi/spec";
import { parse as parseYaml } from "yaml";
import { type CodeSample, injectCodeSamples, operationsOf } from "./inject-code-samples.js";
import { binary, buildDir, distDir, redoclyConfigFile, samplesDir, templateFile } from "./paths.js";
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

/** Type-checks the samples in `dir` with its tsconfig.json; throws with tsc's output when they do not compile. */
export function typecheckSamples(dir: string = samplesDir): void {
  const { status, output } = run(binary("tsc"), ["-p", join(dir, "tsconfig.json"), "--pretty", "false"]);
  if (status !== 0)
    throw new Error(`the TypeScript samples do not compile against the built client:\n${output}`);
}

/**
 * The Redoc options: the `openapi:` block of redocly.yaml, plus the code sample languages. Redoc CE only shows
 * samples whose label is a configured language, so the list is derived from the samples actually injected.
 */
export function redocOptions(spec: unknown): Record<string, unknown> {
  const config = parseYaml(readFileSync(redoclyConfigFile, "utf8")) ?? {};
  const labels = new Map<string, string>();
  for (const { operation } of operationsOf(spec)) {
    for (const sample of operation["x-codeSamples"] as CodeSample[]) labels.set(sample.label, sample.lang);
  }
  return {
    ...(config.openapi ?? {}),
    codeSamples: { languages: [...labels].map(([label, lang]) => ({ label, lang })) },
  };
}

/** Writes the spec with samples and the Redoc options into .build/; returns their paths. */
export function prepareInputs(): { spec: string; options: string } {
  const bundled = loadBundledSpec();
  const spec = injectCodeSamples(bundled, samplesDir);
  mkdirSync(buildDir, { recursive: true });
  const paths = { spec: join(buildDir, "openapi.json"), options: join(buildDir, "redoc-options.json") };
  writeFileSync(paths.spec, `${JSON.stringify(spec, null, 2)}\n`);
  writeFileSync(paths.options, `${JSON.stringify(redocOptions(spec), null, 2)}\n`);
  return paths;
}

export function renderHtml(inputs: { spec: string; options: string }, output: string): void {
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
  const { html } = inlineCdnAssets(readFileSync(output, "utf8"));
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
  typecheckSamples();
  log("docs: TypeScript samples type-check against the built client");
  const inputs = prepareInputs();
  log(`docs: code samples injected into ${inputs.spec}`);
  // Built aside and swapped in at the end: a failed build leaves the previous dist/ whole (the preview serves it).
  const staging = join(buildDir, "dist");
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  renderHtml(inputs, join(staging, "index.html"));
  copySpecFiles(staging);
  rmSync(distDir, { recursive: true, force: true });
  renameSync(staging, distDir);
  log(`docs: dist/index.html, dist/openapi.yaml and dist/openapi.json built in ${Date.now() - started} ms`);
}
