// A test of a suite whose vitest globalSetup started the mock (test/support/mock-setup.ts, as in the README).
import { describe, expect, inject, it } from "vitest";
import { auth, exampleValue } from "./support/spec.js";

describe("startMock in a vitest globalSetup", () => {
  it("hands the tests a base URL of 127.0.0.1 that answers", async () => {
    const baseUrl = inject("deepseekBaseUrl");
    expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${baseUrl}/user/balance`, { headers: auth });
    expect(await response.json()).toEqual(exampleValue("balance"));
  });
});
