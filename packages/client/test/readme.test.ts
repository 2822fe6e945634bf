// The README states facts that live in the code; each is checked against the one place it lives.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { retryableStatuses } from "../src/index.js";
import { packageRoot } from "./support/paths.js";

const readme = readFileSync(join(packageRoot, "README.md"), "utf8");
const statusesIn = (text: string) => [...text.matchAll(/\b[1-5]\d\d\b/g)].map((match) => Number(match[0]));

describe("README.md", () => {
  it("the maxRetries option row names exactly retryableStatuses", () => {
    const row = readme.split("\n").find((line) => line.startsWith("| `maxRetries` |")) ?? "";
    expect(row).toContain("network errors");
    expect(statusesIn(row.split("|")[3] ?? "")).toEqual([...retryableStatuses]);
  });

  it("the errors section's 'Retried' line names exactly retryableStatuses", () => {
    const bullet = readme.match(/^- Retried \(up to `maxRetries`\):[^\n]*/m)?.[0] ?? "";
    expect(bullet).toContain("network errors");
    expect(statusesIn(bullet)).toEqual([...retryableStatuses]);
  });
});
