import { writeFileSync } from "node:fs";
import type { SuiteResult } from "../runner.js";
import { summarizeByFeature } from "./summary.js";

/** JUnit XML for CI systems: one `<testsuite>` per feature, one `<testcase>` per check. */
export function junitReport(suite: SuiteResult): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const failures = suite.results.filter((r) => r.status === "failed").length;
  const skipped = suite.results.filter((r) => r.status === "skipped").length;
  lines.push(
    `<testsuites name="deepseek-contract" tests="${suite.results.length}" failures="${failures}" skipped="${skipped}" time="${seconds(suite.durationMs)}">`,
  );
  for (const summary of summarizeByFeature(suite.results)) {
    const results = suite.results.filter((r) => r.feature === summary.feature);
    const time = results.reduce((sum, r) => sum + r.durationMs, 0);
    lines.push(
      `  <testsuite name="${xml(summary.feature)}" tests="${results.length}" failures="${summary.failed}" skipped="${summary.skipped}" time="${seconds(time)}">`,
    );
    for (const result of results) {
      const open = `    <testcase classname="${xml(result.feature)}" name="${xml(result.id)}" time="${seconds(result.durationMs)}"`;
      if (result.status === "passed") {
        lines.push(`${open}/>`);
      } else if (result.status === "warned") {
        // JUnit has no warning verdict: a passing test case whose output names the documented deviations.
        const text = result.warnings.map((f) => `documented deviation: ${f.path}: ${f.message}`).join("\n");
        lines.push(`${open}>`, `      <system-out>${xml(text)}</system-out>`, "    </testcase>");
      } else if (result.status === "skipped") {
        lines.push(
          `${open}>`,
          `      <skipped message="${xml(result.skipReason ?? "")}"/>`,
          "    </testcase>",
        );
      } else {
        const first = result.failures[0];
        const message = first ? `${first.path}: ${first.message}` : "failed";
        const text = result.failures.map((f) => `${f.path}: ${f.message}`).join("\n");
        lines.push(
          `${open}>`,
          `      <failure message="${xml(message)}">${xml(text)}</failure>`,
          "    </testcase>",
        );
      }
    }
    lines.push("  </testsuite>");
  }
  lines.push("</testsuites>");
  return `${lines.join("\n")}\n`;
}

export function writeJunitReport(file: string, suite: SuiteResult): void {
  writeFileSync(file, junitReport(suite));
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

/** Escapes text for XML attributes and content; drops characters XML 1.0 cannot carry at all. */
function xml(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
  );
}
