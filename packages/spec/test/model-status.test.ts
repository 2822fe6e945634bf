// Issue 10's acceptance: a model's status is written once in spec/ (its `x-models` entry), and changing it there
// changes the rendered Model IDs table and KnownModelId's enum descriptions (which the client's generated types
// carry in their doc comment: packages/client/test/generated-types.test.ts). The test bundles a copy
// of spec/ with one status changed, the way `pnpm build` bundles (the CLI, the root redocly.yaml and its plugin).
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Document, parseDocument } from "yaml";
import { codeSpans, tableRows } from "./support/markdown.js";
import { spec } from "./support/spec.js";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const redocly = createRequire(import.meta.url).resolve("@redocly/cli/bin/cli.js");

interface Bundle {
  info: { description: string };
  components: {
    schemas: {
      KnownModelId: {
        description: string;
        "x-enumDescriptions": Record<string, string>;
        "x-models": { id: string; status: string }[];
      };
    };
  };
}

/** Bundles `dir/openapi.yaml` as the spec package's build does. */
function bundle(dir: string): Bundle {
  const output = join(dir, "bundle.json");
  execFileSync(
    process.execPath,
    [
      redocly,
      "bundle",
      join(dir, "openapi.yaml"),
      "--config",
      join(repoRoot, "redocly.yaml"),
      "--output",
      output,
    ],
    {
      stdio: "pipe",
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    },
  );
  return JSON.parse(readFileSync(output, "utf8")) as Bundle;
}

/** A temporary copy of spec/, for the test to change and remove. */
function specCopy(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(repoRoot, "spec"), dir, { recursive: true });
  return dir;
}

/** Changes the copy's KnownModelId.yaml (where `x-models` lives) with `edit`, keeping the file's formatting. */
function editKnownModelId(dir: string, edit: (source: Document) => void): void {
  const file = join(dir, "components/schemas/KnownModelId.yaml");
  const source = parseDocument(readFileSync(file, "utf8"));
  edit(source);
  writeFileSync(file, source.toString());
}

const statusInModelsSection = (document: Bundle, id: string) =>
  tableRows(document.info.description, "Model IDs").find(([, ids = ""]) => codeSpans(ids).includes(id))?.[0];
describe("a model's status, changed in its one place in spec/", () => {
  const changed = spec.components.schemas.KnownModelId as Bundle["components"]["schemas"]["KnownModelId"];
  const id = "deepseek-v4-pro";
  let dir: string;
  let before: Bundle;
  let after: Bundle;

  beforeAll(() => {
    dir = specCopy("model-status-");
    before = bundle(dir);
    const index = changed["x-models"].findIndex((model) => model.id === id);
    editKnownModelId(dir, (source) => {
      expect(source.getIn(["x-models", index, "status"])).toBe("current");
      source.setIn(["x-models", index, "status"], "legacy");
    });
    after = bundle(dir);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("bundles the unchanged copy exactly as the build did", () => {
    expect(before).toEqual(JSON.parse(JSON.stringify(spec)));
  });

  it("moves the model to its new status in the Models section", () => {
    expect(statusInModelsSection(before, id)).toBe("current");
    expect(statusInModelsSection(after, id)).toBe("legacy");
  });

  it("changes its x-enumDescriptions entry", () => {
    const [was, is] = [before, after].map((d) => d.components.schemas.KnownModelId["x-enumDescriptions"][id]);
    expect(was).toMatch(/^Current\b/);
    expect(is).toMatch(/^Legacy\b/);
    expect(is?.replace(/^Legacy/, "Current")).toBe(was);
  });
});

describe("a bad x-models entry in spec/", () => {
  it("fails `redocly lint` at the entry's field (the plugin's x-models type)", () => {
    const dir = specCopy("model-status-lint-");
    try {
      editKnownModelId(dir, (source) => {
        source.setIn(["x-models", 0, "status"], "preview");
        source.setIn(["x-models", 2, "colour"], "red");
      });
      const lint = spawnSync(
        process.execPath,
        [
          redocly,
          "lint",
          join(dir, "openapi.yaml"),
          "--config",
          join(repoRoot, "redocly.yaml"),
          "--format=json",
        ],
        { encoding: "utf8", env: { ...process.env, REDOCLY_TELEMETRY: "off" } },
      );
      const report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf("{"))) as {
        problems: { ruleId: string; message: string; location: { pointer: string }[] }[];
      };
      expect(lint.status).not.toBe(0);
      expect(
        report.problems.map(({ ruleId, message, location }) => ({
          ruleId,
          message,
          at: location[0]?.pointer,
        })),
      ).toEqual([
        {
          ruleId: "struct",
          message: '`status` can be one of the following only: "current", "legacy", "retired".',
          at: "#/x-models/0/status",
        },
        { ruleId: "struct", message: "Property `colour` is not expected here.", at: "#/x-models/2/colour" },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it("fails the bundle with the decorator's message, naming the schema, the entry and the field", () => {
    const dir = specCopy("model-status-bad-");
    try {
      editKnownModelId(dir, (source) => source.setIn(["x-models", 1, "released"], "April 2026"));
      let output = "";
      try {
        bundle(dir);
      } catch (error) {
        output =
          String((error as { stdout?: unknown }).stdout) + String((error as { stderr?: unknown }).stderr);
      }
      expect(output).toContain(
        'KnownModelId: x-models[1].released must be a date like 2026-09-10 or 2026-07-24 15:59 UTC; got "April 2026"',
      );
      expect(output).toContain("deepseek/prose-tables");
      expect(output).toContain("bundle not created");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
