import { defaultModel } from "../../src/options.js";
import type { Target } from "../../src/target.js";

/** A target on a local test server: a real provider unless `overrides` say `mock: true`; 10 s limits. */
export function localTarget(baseUrl: string, overrides: Partial<Target> = {}): Target {
  return {
    baseUrl,
    betaBaseUrl: baseUrl,
    apiKey: "sk-local-test-key",
    model: defaultModel(),
    mock: false,
    timeoutMs: 10_000,
    idleTimeoutMs: 10_000,
    ...overrides,
  };
}
