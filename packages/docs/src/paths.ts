/** Where the docs build reads and writes. The bundled spec comes from `@deepseek-openapi/spec` (`bundledSpecPaths`). */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

export const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
export const repoRoot = join(packageDir, "..", "..");
export const samplesDir = join(packageDir, "samples");
/** One TypeScript and one Python template per operation (and per streaming variant): src/example-samples.ts. */
export const templatesDir = join(samplesDir, "templates");
/** Complete programs that the guides of info.description show: src/guide-programs.ts. */
export const guideProgramsDir = join(samplesDir, "guides");
export const distDir = join(packageDir, "dist");
/** Intermediate files: the spec with samples injected, the Redoc options, the generated TypeScript samples (gitignored). */
export const buildDir = join(packageDir, ".build");
export const testOutputDir = join(packageDir, "test-output");
export const templateFile = join(packageDir, "template.hbs");
export const redoclyConfigFile = join(repoRoot, "redocly.yaml");
export const specSourceDir = join(repoRoot, "spec");

export function binary(name: "tsc" | "redocly"): string {
  const entries = { tsc: "typescript/bin/tsc", redocly: "@redocly/cli/bin/cli.js" } as const;
  return require.resolve(entries[name]);
}
