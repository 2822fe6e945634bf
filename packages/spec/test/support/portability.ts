// Runs the bundled spec (or a small crafted document) through stock code generators and linters, in-process and
// with their default options, the way a consumer of the published spec would.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createClient } from "@hey-api/openapi-ts";
import spectralCore from "@stoplight/spectral-core";
import spectralParsers from "@stoplight/spectral-parsers";
import { oas } from "@stoplight/spectral-rulesets";
import openapiTS, { astToString } from "openapi-typescript";
import { generateZodClientFromOpenAPI } from "openapi-zod-client";
import ts from "typescript";

const testOutput = fileURLToPath(new URL("../../test-output/", import.meta.url));

/**
 * A fresh directory under the package's test-output/ (inside the package, so generated modules resolve `zod` and
 * `@zodios/core` from its node_modules); `remove` deletes it.
 */
export function scratchDir(): { dir: string; remove: () => void } {
  mkdirSync(testOutput, { recursive: true });
  const dir = mkdtempSync(join(testOutput, "portability-"));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** @hey-api/openapi-ts's default output (types, SDK, fetch client) in `dir`; its entry file. */
export async function generateHeyApi(specFile: string, dir: string): Promise<string> {
  await createClient({ input: specFile, output: dir, logs: { level: "silent", file: false } });
  return join(dir, "index.ts");
}

/**
 * @hey-api/openapi-ts's zod plugin (a schema per component, plus `z<Operation>Body` and `z<Operation>Response`) in
 * `dir`; its zod.gen.ts. The one option set is the zod major this package installs (3; the plugin's default is 4).
 */
export async function generateHeyApiZod(specFile: string, dir: string): Promise<string> {
  await createClient({
    input: specFile,
    output: dir,
    plugins: [{ name: "zod", compatibilityVersion: 3 }],
    logs: { level: "silent", file: false },
  });
  return join(dir, "zod.gen.ts");
}

/** openapi-typescript's default output as `dir/openapi-typescript.ts`. */
export async function generateOpenapiTypescript(document: object, dir: string): Promise<string> {
  const file = join(dir, "openapi-typescript.ts");
  writeFileSync(file, astToString(await openapiTS(structuredClone(document) as never, { silent: true })));
  return file;
}

/** The options openapi-zod-client's CLI passes when it is given none. */
const zodClientCliDefaults = { withAlias: true, additionalPropertiesDefaultValue: true };

/**
 * openapi-zod-client's module (zod schemas and a Zodios client) as `dir/<name>.ts`. `exportAllSchemas` is its
 * `--export-schemas` flag: without it only the schemas an operation's JSON body reaches are in `schemas`.
 */
export async function generateZodClient(
  document: object,
  dir: string,
  name: string,
  { exportAllSchemas = false } = {},
): Promise<string> {
  const file = join(dir, `${name}.ts`);
  await generateZodClientFromOpenAPI({
    openApiDoc: structuredClone(document) as never,
    distPath: file,
    options: { ...zodClientCliDefaults, shouldExportAllSchemas: exportAllSchemas },
  });
  return file;
}

export interface ZodLike {
  safeParse(value: unknown): {
    success: boolean;
    error?: { issues: { code: string; path: (string | number)[] }[] };
  };
}
/** Imports a generated module (which runs its schema definitions). */
export async function importGenerated<T>(file: string): Promise<T> {
  return (await import(pathToFileURL(file).href)) as T;
}

/** Strict TypeScript diagnostics of `files` and what they import, as `file:line: TSnnnn message` (relative to `dir`). */
export function typeCheck(files: string[], dir: string): string[] {
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    types: [],
    // Only the libraries' own .d.ts files are skipped; every generated file is checked.
    skipLibCheck: true,
  });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n").split("\n")[0];
    if (!diagnostic.file || diagnostic.start === undefined) return `TS${diagnostic.code} ${message}`;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    const where = diagnostic.file.fileName.startsWith(dir)
      ? diagnostic.file.fileName.slice(dir.length + 1)
      : diagnostic.file.fileName;
    return `${where}:${line + 1}: TS${diagnostic.code} ${message}`;
  });
}

export interface SpectralFinding {
  code: string;
  severity: "error" | "warning" | "info" | "hint";
  path: string;
}

const severities = ["error", "warning", "info", "hint"] as const;

/** What Spectral's `spectral:oas` ruleset reports on a document. */
export async function spectralFindings(document: object): Promise<SpectralFinding[]> {
  const spectral = new spectralCore.Spectral();
  spectral.setRuleset({ extends: [oas as never] });
  const results = await spectral.run(
    new spectralCore.Document(JSON.stringify(document), spectralParsers.Json, "openapi.json"),
  );
  return results.map((result) => ({
    code: String(result.code),
    severity: severities[result.severity] ?? "hint",
    path: result.path.join("."),
  }));
}
