import { type PrismMock, startPrismMock } from "@deepseek-openapi/spec/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { features } from "../src/checks/check.js";
import { jsonReport } from "../src/report/json.js";
import { junitReport } from "../src/report/junit.js";
import { summaryTable } from "../src/report/table.js";
import { runSuite, type SuiteResult } from "../src/runner.js";
import type { Target } from "../src/target.js";
import { localTarget } from "./helpers/target.js";

// A conforming endpoint (the plain Prism mock of the bundled spec) must come out all green: every shape check
// passes, and exactly the checks that need a real provider are skipped, each with its reason.

let prism: PrismMock;
let target: Target;
let suite: SuiteResult;

beforeAll(async () => {
  prism = await startPrismMock();
  target = localTarget(prism.baseUrl, { mock: true });
  suite = await runSuite({ target });
});

afterAll(async () => {
  await prism?.stop();
});

describe("against the plain Prism mock", () => {
  it("passes every shape check", () => {
    const failed = suite.results.filter((r) => r.status === "failed");
    expect(failed, JSON.stringify(failed, null, 2)).toEqual([]);
    expect(suite.results.filter((r) => r.status === "passed").length).toBe(27);
  });

  it("skips exactly the behaviour checks, each with its reason", () => {
    const skipped = suite.results.filter((r) => r.status === "skipped");
    expect(skipped.map((r) => r.id).sort()).toEqual([
      "anthropic-files.round-trip",
      "anthropic-messages.max-tokens",
      "auth.wrong-key",
      "files.round-trip",
      "invalid-requests.malformed-json",
      "invalid-requests.unknown-model",
      "max-tokens.length",
      "responses.tool-call",
      "stop.sequence",
    ]);
    for (const result of skipped) expect(result.skipReason).toMatch(/^needs a real provider: .{20,}/);
  });

  it("covers every feature", () => {
    expect(new Set(suite.results.map((r) => r.feature))).toEqual(new Set(features));
  });

  it("summarises per feature with the reason of every skip", () => {
    const table = summaryTable(suite);
    for (const feature of features)
      expect(table).toMatch(new RegExp(`^${feature}\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\d+$`, "m"));
    expect(table).toMatch(/^total\s+27\s+0\s+0\s+9$/m);
    expect(table).toContain("stop.sequence: needs a real provider");
    expect(table).toContain("All 27 checks that ran passed");
    expect(table).not.toContain("Not selected");
  });

  it("writes a JSON report with every verdict", () => {
    const report = JSON.parse(jsonReport(suite, "0.0.0-test"));
    expect(report.passed).toBe(true);
    expect(report.totals).toEqual({ passed: 27, warned: 0, failed: 0, skipped: 9 });
    expect(report.checks).toHaveLength(36);
    expect(report.target).toMatchObject({ baseUrl: prism.baseUrl, mock: true });
  });

  it("writes JUnit XML with one testsuite per feature", () => {
    const xml = junitReport(suite);
    expect(xml).toMatch(/^<\?xml version="1.0"/);
    expect(xml).toContain('<testsuites name="deepseek-contract" tests="36" failures="0" skipped="9"');
    expect(xml.match(/<testsuite /g)).toHaveLength(features.length);
    expect(xml).toContain('<testcase classname="stop" name="stop.sequence"');
  });
});

describe("feature selection", () => {
  it("--only runs just those features and marks the others skipped as not selected", async () => {
    const only = await runSuite({ target, only: ["models", "balance"] });
    const ran = only.results.filter((r) => r.status !== "skipped").map((r) => r.id);
    expect(ran).toEqual(["models.list", "balance.get"]);
    expect(only.results.find((r) => r.id === "chat.non-stream")?.skipReason).toBe(
      "not selected (--only models,balance)",
    );
  });

  it("--skip leaves those features out", async () => {
    const skipped = await runSuite({ target, skip: ["streaming", "tools"] });
    const streaming = skipped.results.filter((r) => r.feature === "streaming" || r.feature === "tools");
    expect(streaming.every((r) => r.status === "skipped" && r.skipReason?.startsWith("deselected"))).toBe(
      true,
    );
    expect(skipped.results.find((r) => r.id === "chat.non-stream")?.status).toBe("passed");
  });
});

describe("failing JUnit and JSON reports", () => {
  it("carry the failure's path and message, escaped", () => {
    const failing: SuiteResult = {
      ...suite,
      results: [
        {
          id: "chat.non-stream",
          feature: "chat",
          title: "t",
          status: "failed",
          failures: [
            { path: "choices[0].finish_reason", message: 'must be one of stop, length; got "<done>"' },
          ],
          warnings: [],
          durationMs: 5,
          selected: true,
        },
      ],
    };
    expect(junitReport(failing)).toContain(
      '<failure message="choices[0].finish_reason: must be one of stop, length; got &quot;&lt;done&gt;&quot;">',
    );
    expect(JSON.parse(jsonReport(failing, "0")).passed).toBe(false);
  });
});
