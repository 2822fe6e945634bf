// Stryker's sandboxes (`pnpm test:mutation`) hold copies of the tests; `vitest run` must not run them.
import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({ test: { exclude: [...configDefaults.exclude, "**/.stryker-tmp/**"] } });
