// `pnpm version-packages`: turns the pending changesets into versions and CHANGELOG entries (`changeset version`),
// then, when the spec package got a new version, records the spec being released as the new baseline of the
// breaking-change gate (packages/spec/released/openapi.json).
// `pnpm spec:baseline` (this script with --baseline-only) rewrites the baseline from the current spec.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { BUNDLED_SPEC, RELEASED_SPEC } from "../src/breaking-gate.ts";
import { REPO_ROOT as root } from "../src/gate.ts";

const specPackage = join(root, "packages/spec/package.json");
const specVersion = () => (JSON.parse(readFileSync(specPackage, "utf8")) as { version: string }).version;
const run = (command: string, args: string[]) =>
  execFileSync(command, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
  });

const baselineOnly = parseArgs({ options: { "baseline-only": { type: "boolean", default: false } } }).values[
  "baseline-only"
];
const before = specVersion();
if (!baselineOnly) run("pnpm", ["exec", "changeset", "version"]);
const after = specVersion();

if (baselineOnly || after !== before || !existsSync(join(root, RELEASED_SPEC))) {
  // The bundle comes from the spec package's own build (cached by turbo when nothing changed).
  run("pnpm", [
    "exec",
    "turbo",
    "run",
    "build",
    "--filter=@deepseek-openapi/spec",
    "--output-logs=errors-only",
  ]);
  mkdirSync(dirname(join(root, RELEASED_SPEC)), { recursive: true });
  copyFileSync(join(root, BUNDLED_SPEC), join(root, RELEASED_SPEC));
  console.log(`${RELEASED_SPEC} is now the spec of @deepseek-openapi/spec@${after}`);
} else {
  console.log(`@deepseek-openapi/spec stays at ${after}: the released-spec baseline is unchanged`);
}
