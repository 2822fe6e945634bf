import { readFileSync } from "node:fs";
import { createValidator, type OpenApiDocument, type Validator } from "./validate.js";

export * from "./document.js";
export * from "./event-stream.js";
export * from "./models.js";
export * from "./validate.js";

/** Where the bundled spec lives, both from `src/` (tests) and from `dist/` (the published package). */
export const bundledSpecPaths = {
  json: new URL("../dist/openapi.json", import.meta.url),
  yaml: new URL("../dist/openapi.yaml", import.meta.url),
} as const;

/** Reads the bundled OpenAPI document that `pnpm build` wrote. */
export function loadBundledSpec(): OpenApiDocument {
  try {
    return JSON.parse(readFileSync(bundledSpecPaths.json, "utf8")) as OpenApiDocument;
  } catch (error) {
    throw new Error(
      `cannot read the bundled spec at ${bundledSpecPaths.json.pathname}: run \`pnpm build\` first`,
      {
        cause: error,
      },
    );
  }
}

/** A validator compiled from the bundled spec. */
export function createBundledValidator(): Validator {
  return createValidator(loadBundledSpec());
}
