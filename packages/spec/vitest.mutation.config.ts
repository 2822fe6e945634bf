// The tests `pnpm test:mutation` runs against each mutant of the validator (stryker.config.json): the ones that
// call it. The rest of the suite (bundling, prose, generators, Prism) never reaches src/validate.ts.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "test/validate.test.ts",
      "test/reject.test.ts",
      "test/accept.test.ts",
      "test/examples.test.ts",
      "test/models.test.ts",
      "test/seeds.test.ts",
      "test/real-traffic.test.ts",
    ],
  },
});
