// `pnpm pack` of the built client into a temporary folder: what `npm publish` would upload.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packageRoot } from "./paths.js";

export function packClient(): { tarball: string; folder: string } {
  if (!existsSync(join(packageRoot, "dist/index.js"))) {
    throw new Error("packages/client/dist is missing: run `pnpm build` (turbo runs it before the tests)");
  }
  const folder = mkdtempSync(join(tmpdir(), "deepseek-client-pack-"));
  execFileSync("pnpm", ["pack", "--pack-destination", folder], { cwd: packageRoot, stdio: "pipe" });
  const tarball = readdirSync(folder).find((name) => name.endsWith(".tgz"));
  if (!tarball) throw new Error(`pnpm pack wrote no tarball into ${folder}`);
  return { tarball: join(folder, tarball), folder };
}
