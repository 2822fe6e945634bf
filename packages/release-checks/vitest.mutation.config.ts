// The tests `pnpm test:mutation` runs against each mutant of the breaking-change differ (stryker.config.json).
import { defineConfig } from "vitest/config";

export default defineConfig({ test: { include: ["test/openapi-breaking.test.ts"] } });
