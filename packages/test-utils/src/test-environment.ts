// What the packages' tests find beside the repository or on the machine, named once: the shared real recordings
// and Debian's Chromium. Node built-ins only: playwright-core is the Chromium harness's (chromium.ts).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * Real DeepSeek traffic recorded by other projects, in `../shared/fixtures/real/` beside the repository: read in
 * place, never copied into it. Tests skip what needs it when it is absent.
 */
export const realFixturesDir = fileURLToPath(new URL("../../../../shared/fixtures/real/", import.meta.url));
export const haveRealFixtures = existsSync(realFixturesDir);

/** Debian's Chromium, as .ci/run installs it; CHROMIUM_PATH points elsewhere (turbo passes it through). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const hasChromium = existsSync(chromiumPath);

/** Headless, and quiet: no sandbox (containers), no GPU, and no traffic of the browser's own. */
export const chromiumLaunchOptions = {
  executablePath: chromiumPath,
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
  ],
};

/**
 * Whether a package's browser tests run. In CI they must: a missing Chromium is then a failed test, which
 * `registerMissing` (vitest's `it`) adds; elsewhere they are skipped with a notice.
 */
export function browserTestsRun(
  label: string,
  registerMissing: (name: string, test: () => void) => void,
): boolean {
  if (hasChromium) return true;
  if (process.env.CI) {
    registerMissing("finds Chromium in CI", () => {
      throw new Error(`CI must have Chromium at ${chromiumPath} (.ci/run installs it from Debian)`);
    });
  } else {
    console.warn(
      `\n[${label}] SKIPPING the browser test: ${chromiumPath} is missing (apt-get install -y chromium).\n`,
    );
  }
  return false;
}
