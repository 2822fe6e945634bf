// Adds up the vitest JSON reports that every package writes to test-output/vitest.json, prints each package's
// counts and one closing line "N passed, N failed, N skipped". Exits 1 when a test failed or no report exists.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

const packagesDir = new URL("../packages/", import.meta.url).pathname;
const totals = { passed: 0, failed: 0, skipped: 0 };
let reports = 0;
for (const name of readdirSync(packagesDir).sort()) {
  const manifest = join(packagesDir, name, "package.json");
  // A package without tests (the shared test helpers) writes no report and is not missing one.
  if (!existsSync(manifest) || !JSON.parse(readFileSync(manifest, "utf8")).scripts?.test) continue;
  const file = join(packagesDir, name, "test-output", "vitest.json");
  if (!existsSync(file)) {
    console.log(`${name}: no test report`);
    continue;
  }
  reports++;
  const report = JSON.parse(readFileSync(file, "utf8"));
  const counts = {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
  for (const key of Object.keys(totals)) totals[key] += counts[key];
  console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
}
// A failure outside vitest (lint, a gate, a build) must not read as green.
const { values } = parseArgs({ options: { "command-status": { type: "string", default: "0" } } });
const commandStatus = Number(values["command-status"]);
if (commandStatus !== 0 && totals.failed === 0) {
  console.log(`the test command exited with ${commandStatus} outside the test reports: counted as 1 failure`);
  totals.failed = 1;
}
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || reports === 0 ? 1 : 0);
