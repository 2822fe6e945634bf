import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Prism takes a few seconds to start on 2 cores; each test file shares one.
    hookTimeout: 60_000,
    testTimeout: 60_000,
  },
});
