import { defaultModel } from "../../src/options.js";
import type { Target } from "../../src/target.js";

/**
 * A target on a local test server: a real provider unless `overrides` say `mock: true`; 10 s limits. The Anthropic
 * format is at the server's root, as plain Prism serves it (it ignores the spec's path-level servers).
 */
export function localTarget(baseUrl: string, overrides: Partial<Target> = {}): Target {
  return {
    baseUrl,
    betaBaseUrl: baseUrl,
    anthropicBaseUrl: baseUrl,
    apiKey: "sk-local-test-key",
    model: defaultModel(),
    mock: false,
    timeoutMs: 10_000,
    idleTimeoutMs: 10_000,
    ...overrides,
  };
}
