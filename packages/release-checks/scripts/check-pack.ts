// Gate: every publishable package packs into a tarball that passes publint and attw, and publishes (dry run).
// Run after `pnpm build` (turbo orders it so). Usage: tsx scripts/check-pack.ts [--no-publish] [package-name ...]
// Each package's lines are printed as soon as it is checked (packing is slow); the verdict comes last.
import { parseArgs } from "node:util";
import { runGate } from "../src/gate.ts";
import { checkPackage, publishablePackages } from "../src/pack.ts";

await runGate("pack", async (root) => {
  const { values, positionals: only } = parseArgs({
    options: { "no-publish": { type: "boolean", default: false } },
    allowPositionals: true,
  });
  const publish = !values["no-publish"];
  const packages = publishablePackages(root).filter(
    ({ manifest }) => only.length === 0 || only.includes(manifest.name),
  );
  if (packages.length === 0) return { ok: false, lines: ["pack: FAIL - no publishable package found"] };
  const failed: string[] = [];
  for (const pkg of packages) {
    const result = await checkPackage(root, pkg, { publish });
    console.log(`${result.ok ? "PASS" : "FAIL"} ${result.name}`);
    for (const line of result.lines) console.log(line);
    if (!result.ok) failed.push(result.name);
  }
  return {
    ok: failed.length === 0,
    lines: [
      failed.length === 0
        ? `pack: PASS - ${packages.length} publishable package${packages.length > 1 ? "s" : ""} ${publish ? "pack, lint and publish (dry run)" : "pack and lint"}`
        : `pack: FAIL - ${failed.join(", ")}`,
    ],
  };
});
