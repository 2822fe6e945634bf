// The project's Redocly plugin (registered in the root redocly.yaml; used by `pnpm lint:spec` and by this package's
// `build`, which runs `redocly bundle`). One file per job:
//   item-schema.js   `x-itemSchema` is a Schema (lint it, keep its $ref)
//   model-data.js    `x-models` (the model IDs' statuses, dates and notes) and its checks
//   prose-tables.js  the decorator that writes the enum, tables and lists derived from `x-models` and `servers`
import { withItemSchema } from "./item-schema.js";
import { withModelData } from "./model-data.js";
import { proseTables } from "./prose-tables.js";

export default function deepseekPlugin() {
  return {
    id: "deepseek",
    typeExtension: {
      oas3: (/** @type {Record<string, any>} */ types) => withModelData(withItemSchema(types)),
    },
    decorators: {
      oas3: { "prose-tables": proseTables },
    },
  };
}
