// Gate: every publishable package packs into a tarball that passes publint and attw, and publishes (dry run).
// Run after `pnpm build` (turbo orders it so). Usage: tsx scripts/check-pack.ts [--no-publish] [package-name ...]
import { fileURLToPath } from "node:url";
import { checkPackage, publishablePackages } from "./lib/pack.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const only = args.filter((arg) => !arg.startsWith("--"));
const packages = publishablePackages(root).filter(
  ({ manifest }) => only.length === 0 || only.includes(manifest.name),
);
if (packages.length === 0) {
  console.log("pack: FAIL - no publishable package found");
  process.exit(1);
}
const publish = !args.includes("--no-publish");
const failed: string[] = [];
for (const pkg of packages) {
  const result = await checkPackage(root, pkg, { publish });
  console.log(`${result.ok ? "PASS" : "FAIL"} ${result.name}`);
  for (const line of result.lines) console.log(line);
  if (!result.ok) failed.push(result.name);
}
console.log(
  failed.length === 0
    ? `pack: PASS - ${packages.length} publishable package${packages.length > 1 ? "s" : ""} ${publish ? "pack, lint and publish (dry run)" : "pack and lint"}`
    : `pack: FAIL - ${failed.join(", ")}`,
);
process.exit(failed.length === 0 ? 0 : 1);
