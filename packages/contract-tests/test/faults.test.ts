import { type PrismMock, startPrismMock } from "@deepseek-openapi/spec/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Feature } from "../src/checks/check.js";
import { runSuite } from "../src/runner.js";
import { startFaultProxy } from "./helpers/fault-proxy.js";
import { faults } from "./helpers/faults.js";
import type { LocalServer } from "./helpers/servers.js";
import { localTarget } from "./helpers/target.js";

// The suite must be able to fail: each fault is injected by a proxy in front of a conforming Prism mock, and the
// check that names it must report it.

let prism: PrismMock;

beforeAll(async () => {
  prism = await startPrismMock();
});

afterAll(async () => {
  await prism?.stop();
});

/** Strict: a violation the spec documents as a known deviation (advancing `created`) must still be found. */
async function runThrough(proxy: LocalServer, only?: Feature[]) {
  return runSuite({
    target: localTarget(proxy.baseUrl, { mock: true }),
    strict: true,
    ...(only ? { only } : {}),
  });
}

describe("the fault-injecting proxy", () => {
  it("is transparent without a fault: every check passes through it", async () => {
    const proxy = await startFaultProxy(prism.baseUrl);
    try {
      const suite = await runThrough(proxy);
      const failed = suite.results.filter((r) => r.status === "failed");
      expect(failed, JSON.stringify(failed, null, 2)).toEqual([]);
      expect(suite.results.filter((r) => r.status === "passed").length).toBeGreaterThanOrEqual(25);
    } finally {
      await proxy.close();
    }
  });
});

describe("every injected violation is reported by the check that names it", () => {
  it("injects at least 15 distinct violations", () => {
    expect(new Set(faults.map((f) => f.name)).size).toBeGreaterThanOrEqual(15);
  });

  for (const fault of faults) {
    it(`${fault.name} → ${fault.check}`, async () => {
      const proxy = await startFaultProxy(prism.baseUrl, fault);
      try {
        const feature = fault.check.split(".")[0] as Feature;
        const suite = await runThrough(proxy, [feature]);
        const result = suite.results.find((r) => r.id === fault.check);
        expect(result?.status, `${fault.check} should have failed`).toBe("failed");
        const paths = result?.failures.map((f) => f.path) ?? [];
        expect(
          paths.some((p) => p.includes(fault.path)),
          `failure paths: ${paths.join(" | ")}`,
        ).toBe(true);
        if (fault.findings) expect(result?.failures).toEqual(fault.findings);
      } finally {
        await proxy.close();
      }
    });
  }
});
