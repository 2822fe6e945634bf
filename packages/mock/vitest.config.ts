import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The README's recipe: one mock for the whole run, started by a global setup.
    globalSetup: ["./test/support/mock-setup.ts"],
    hookTimeout: 60_000,
    testTimeout: 60_000,
  },
});
