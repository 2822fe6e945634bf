import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // tsc runs and a real browser take seconds each on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
