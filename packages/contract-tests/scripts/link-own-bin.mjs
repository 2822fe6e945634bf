// pnpm links the bins of a package's dependencies into its node_modules/.bin, never the package's own bin. The
// root script `pnpm contract` runs `pnpm --filter @deepseek-openapi/contract-tests exec deepseek-contract`, which
// looks there; so after each build, link `deepseek-contract` to the freshly built CLI (and make it executable).
import { chmodSync, existsSync, lstatSync, mkdirSync, symlinkSync, unlinkSync } from "node:fs";
import { fileURLToPath } from "node:url";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const binDir = fileURLToPath(new URL("../node_modules/.bin/", import.meta.url));
const link = `${binDir}deepseek-contract`;

if (!existsSync(cli)) {
  console.error(`link-own-bin: ${cli} is missing; build first`);
  process.exit(1);
}
chmodSync(cli, 0o755);
mkdirSync(binDir, { recursive: true });
if (existsSync(link) || isDanglingLink(link)) unlinkSync(link);
symlinkSync("../../dist/cli.js", link);

function isDanglingLink(path) {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
