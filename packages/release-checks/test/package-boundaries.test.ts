import { describe, expect, it } from "vitest";
import { importsLeaving, packageBoundaryViolations } from "../src/package-boundaries.ts";
import { git, repoRoot, temporaryRepos, write } from "./helpers.ts";

// The fixtures' quotes come from `q`, so that this file's own source holds no import that leaves the package.
const q = '"';

describe("no file under packages/ imports a path outside its own package", () => {
  it("holds for this repository", () => {
    expect(packageBoundaryViolations(repoRoot)).toEqual([]);
  });

  const repo = temporaryRepos("boundaries-");
  it("finds each kind of import that leaves its package, with file, line and specifier", () => {
    const root = repo();
    write(
      root,
      "packages/docs/src/build.ts",
      [
        `import { a } from ${q}./inside.js${q};`,
        `import { b } from ${q}../../../scripts/inject-code-samples.js${q};`,
        `export * from ${q}../../client/src/index.js${q};`,
        `const c = await import(${q}../../../scripts/lib/git.js${q});`,
        `import ${q}../../spec/src/side-effect.js${q};`,
        `const d = require(${q}../../release-checks/src/gate.ts${q});`,
        'import { e } from "@deepseek-openapi/spec";',
      ].join("\n"),
    );
    write(root, "packages/docs/test/x.test.ts", `import { f } from ${q}../src/build.js${q};\n`);
    write(root, "scripts/tool.ts", `import { g } from ${q}../packages/docs/src/build.js${q};\n`);
    git(root, "add", ".");
    expect(packageBoundaryViolations(root)).toEqual([
      { file: "packages/docs/src/build.ts", line: 2, specifier: "../../../scripts/inject-code-samples.js" },
      { file: "packages/docs/src/build.ts", line: 3, specifier: "../../client/src/index.js" },
      { file: "packages/docs/src/build.ts", line: 4, specifier: "../../../scripts/lib/git.js" },
      { file: "packages/docs/src/build.ts", line: 5, specifier: "../../spec/src/side-effect.js" },
      { file: "packages/docs/src/build.ts", line: 6, specifier: "../../release-checks/src/gate.ts" },
    ]);
  });

  it("does not take a sibling folder whose name starts with the package's for the package", () => {
    expect(
      importsLeaving("/r/packages/spec", "/r/packages/spec/src/a.ts", `import ${q}../../spec-x/a.js${q};`),
    ).toEqual([{ line: 1, specifier: "../../spec-x/a.js" }]);
  });
});
