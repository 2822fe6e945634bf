import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  checkPackage,
  dataSubpaths,
  declaresTypes,
  type Manifest,
  publishablePackages,
} from "../src/pack.ts";
import { repoRoot } from "./helpers.ts";

// Fixture packages, written to a temporary folder outside the workspace and packed for real.
const scratch = mkdtempSync(join(tmpdir(), "pack-gate-fixtures-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const esm = {
  "dist/index.js": "export const answer = 42;\n",
  "dist/index.d.ts": "export declare const answer: number;\n",
  LICENSE: "MIT\n",
  "README.md": "# fixture\n",
};

function fixture(
  name: string,
  manifest: Partial<Manifest> & Record<string, unknown>,
  files: Record<string, string>,
) {
  const dir = join(scratch, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  const full = {
    name: `@deepseek-openapi-fixture/${name}`,
    version: "1.0.0",
    license: "MIT",
    type: "module",
    files: ["dist"],
    ...manifest,
  };
  writeFileSync(join(dir, "package.json"), JSON.stringify(full, null, 2));
  return { dir, manifest: full as Manifest };
}

const run = (pkg: ReturnType<typeof fixture>, publish = false) => checkPackage(repoRoot, pkg, { publish });

describe("pack gate: fixtures it must accept", () => {
  it("a well-formed ESM package with types passes pack, publint, attw and a dry-run publish", async () => {
    const result = await run(
      fixture("good", { exports: { ".": { types: "./dist/index.d.ts", default: "./dist/index.js" } } }, esm),
      true,
    );
    expect(result.lines.join("\n")).toContain("ok   pnpm publish --dry-run");
    expect(result.ok, result.lines.join("\n")).toBe(true);
  }, 60_000);

  it("a data-file export (openapi.yaml) is not an attw failure", async () => {
    const result = await run(
      fixture(
        "data-export",
        {
          exports: {
            ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
            "./openapi.yaml": "./dist/openapi.yaml",
          },
        },
        { ...esm, "dist/openapi.yaml": "openapi: 3.1.0\n" },
      ),
    );
    expect(result.ok, result.lines.join("\n")).toBe(true);
    expect(result.lines.join("\n")).toContain("data files not checked: ./openapi.yaml");
  }, 60_000);
});

/** Each fixture the gate must reject, and what its report must say (a substring or a pattern). */
const rejected: {
  title: string;
  name: string;
  manifest: Partial<Manifest> & Record<string, unknown>;
  files: Record<string, string>;
  report: (string | RegExp)[];
}[] = [
  {
    title: "an export whose file is not in the tarball (publint)",
    name: "missing-file",
    manifest: { exports: { ".": { types: "./dist/index.d.ts", default: "./dist/missing.js" } } },
    files: esm,
    report: [/FAIL publint[\s\S]*missing\.js/],
  },
  {
    title: "a file left out by `files` (publint: the tarball, not the folder, is checked)",
    name: "not-published",
    manifest: {
      files: ["dist/index.js"],
      exports: { ".": { types: "./dist/index.d.ts", default: "./dist/index.js" } },
    },
    files: esm,
    report: ["FAIL publint"],
  },
  {
    title: "types after default in an exports condition (publint)",
    name: "types-last",
    manifest: { exports: { ".": { default: "./dist/index.js", types: "./dist/index.d.ts" } } },
    files: esm,
    report: ["FAIL publint"],
  },
  {
    title: "types that say CommonJS for an ESM file (attw: masquerading as CJS)",
    name: "false-cjs",
    manifest: {
      type: undefined,
      exports: { ".": { types: "./dist/index.d.ts", import: "./dist/index.mjs" } },
    },
    files: {
      "dist/index.mjs": "export const answer = 42;\n",
      "dist/index.d.ts": "export declare const answer: number;\n",
    },
    report: ["FAIL attw"],
  },
  {
    title: "types with an import that Node's ESM resolution cannot follow (attw, not publint)",
    name: "extensionless-import",
    manifest: { exports: { ".": { types: "./dist/index.d.ts", default: "./dist/index.js" } } },
    files: {
      ...esm,
      // `./answer` without `.js`: fine for a bundler, an error for node16 ESM consumers.
      "dist/index.d.ts": 'export { answer } from "./answer";\n',
      "dist/answer.d.ts": "export declare const answer: number;\n",
    },
    report: ["ok   publint", "FAIL attw"],
  },
];

describe("pack gate: fixtures it must reject", () => {
  it.each(rejected)(
    "$title",
    async ({ name, manifest, files, report }) => {
      const result = await run(fixture(name, manifest, files));
      expect(result.ok).toBe(false);
      for (const expected of report) expect(result.lines.join("\n")).toMatch(expected);
    },
    60_000,
  );
});

describe("pack gate: helpers", () => {
  it("finds data-file subpaths in exports", () => {
    expect(
      dataSubpaths({
        ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
        "./openapi.json": "./dist/openapi.json",
        "./openapi.yaml": "./dist/openapi.yaml",
        "./package.json": "./package.json",
      }),
    ).toEqual(["./openapi.yaml"]);
  });

  it("tells a package with types from a command-line-only package", () => {
    expect(declaresTypes({ name: "a", version: "1.0.0", exports: { ".": { types: "./x.d.ts" } } })).toBe(
      true,
    );
    expect(declaresTypes({ name: "a", version: "1.0.0", bin: { a: "./cli.js" } })).toBe(false);
  });

  it("checks every package of the workspace that is not private", () => {
    const names = publishablePackages(repoRoot).map(({ manifest }) => manifest.name);
    expect(names).toContain("@deepseek-openapi/spec");
    expect(names).not.toContain("@deepseek-openapi/docs");
    expect(names).not.toContain("@deepseek-openapi/release-checks");
  });
});
