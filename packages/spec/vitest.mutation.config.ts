// The tests `pnpm test:mutation` runs against each mutant of the validator (stryker.config.json): the ones written
// to reject and accept (src/validate.ts's own tests, and the must-reject / must-accept cases against the real spec).
// The example, model, seed and real-traffic suites also call the validator, but only with valid documents, which
// these already cover; with them a run took over 20 minutes on 2 cores.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: { include: ["test/validate.test.ts", "test/reject.test.ts", "test/accept.test.ts"] },
});
