// The decorator `deepseek/prose-tables`: at bundle time, it writes the facts that the spec's prose repeats from their
// one source. From `x-models` (on KnownModelId): that schema's `enum`, in the data's order, and `x-enumDescriptions`;
// from `x-models` and `servers`: the tables and lists that stand in descriptions as markers `<!-- generated: NAME -->`
// (NAME one of the keys of `renderers`). `redocly lint` does not run decorators: it lints the source, markers and all.
import { modelStatuses, readModels } from "./model-data.js";

/** @typedef {import("./model-data.js").KnownModel} KnownModel */
/** @typedef {{ url: string, description?: string, "x-provider-id"?: string }} Server */

const markerPattern = /<!-- generated: ([a-z-]+) -->/g;

/** A Markdown table; `|` and line breaks in a cell are escaped, an empty cell shows a dash. */
export function markdownTable(/** @type {string[]} */ header, /** @type {(string | undefined)[][]} */ rows) {
  const cell = (/** @type {string | undefined} */ text) =>
    text ? text.replaceAll("|", "\\|").replaceAll("\n", " ") : "—";
  const line = (/** @type {(string | undefined)[]} */ cells) => `| ${cells.map(cell).join(" | ")} |`;
  return [line(header), `|${header.map(() => "---").join("|")}|`, ...rows.map(line)].join("\n");
}

const code = (/** @type {string} */ text) => `\`${text}\``;
const capitalized = (/** @type {string} */ text) => text.charAt(0).toUpperCase() + text.slice(1);

/** "a", "a and b", "a, b and c". */
function listed(/** @type {string[]} */ items) {
  return items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** When a model ID was served: "since 2026-09-10", "2026-08-21 to 2026-09-10", "until 2024-09-05". */
function period(/** @type {KnownModel} */ model) {
  if (model.released && model.retired) return `${model.released} to ${model.retired}`;
  if (model.released) return `since ${model.released}`;
  if (model.retired) return `until ${model.retired}`;
  return undefined;
}

/** The Models section's table: one row per status that some model has, in `modelStatuses` order. */
export function statusTable(/** @type {KnownModel[]} */ models) {
  const rows = Object.entries(modelStatuses)
    .map(([status, meaning]) => [
      status,
      models
        .filter((model) => model.status === status)
        .map((model) => code(model.id))
        .join(", "),
      meaning,
    ])
    .filter(([, ids]) => ids !== "");
  return markdownTable(["Status", "IDs", "Meaning"], rows);
}

/** `x-enumDescriptions`: one line per model, in the data's order; the reference shows them as the one model table. */
export function enumDescriptions(/** @type {KnownModel[]} */ models) {
  return Object.fromEntries(
    models.map((model) => {
      const when = period(model);
      const servedBy = model.servedBy ? ` Served by ${model.servedBy}.` : "";
      const input = ` Input: ${model.input.join(", ")}.`;
      return [
        model.id,
        `${capitalized(model.status)}${when ? ` (${when})` : ""}.${servedBy}${input} ${model.notes}`,
      ];
    }),
  );
}

/** The models DeepSeek documents for FIM (`fim: true`), as a sentence's list. */
export function fimModels(/** @type {KnownModel[]} */ models) {
  const ids = models.filter((model) => model.fim).map((model) => code(model.id));
  if (ids.length === 0) throw new Error("no model in x-models has fim: true");
  return listed(ids);
}

/** The Providers table: one row per server, in order; a templated URL (`{baseUrl}`) is the reader's own. */
export function providerTable(/** @type {Server[]} */ servers) {
  if (servers.length === 0) throw new Error("the spec has no servers");
  return markdownTable(
    ["Server", "Base URL", "Provider ID"],
    servers.map((server) => [
      server.description,
      server.url.includes("{") ? "your own" : code(server.url),
      server["x-provider-id"] && code(server["x-provider-id"]),
    ]),
  );
}

/** What each marker is replaced with. */
const renderers = {
  "model-statuses": (/** @type {Facts} */ facts) => statusTable(facts.models),
  "fim-models": (/** @type {Facts} */ facts) => fimModels(facts.models),
  providers: (/** @type {Facts} */ facts) => providerTable(facts.servers),
};

/** @typedef {{ models: KnownModel[], servers: Server[] }} Facts */

/** The one component schema that carries `x-models`. */
function modelSchema(/** @type {any} */ root) {
  const found = Object.entries(root.components?.schemas ?? {}).filter(([, schema]) => schema?.["x-models"]);
  if (found.length !== 1)
    throw new Error(
      `exactly one component schema must carry x-models; found ${found.length} (${found.map(([name]) => name).join(", ")})`,
    );
  const [name, schema] = /** @type {[string, Record<string, unknown>]} */ (found[0]);
  for (const derived of ["enum", "x-enumDescriptions"]) {
    if (derived in schema)
      throw new Error(`${name} has its own ${derived}, which is generated from its x-models: remove it`);
  }
  return { name, schema };
}

/**
 * Every `description` string of a document, with a setter, and the JSON pointer of each (for messages).
 * @param {any} node
 * @returns {Generator<{ at: string, text: string, set: (text: string) => void }>}
 */
function* descriptions(node, pointer = "#") {
  if (!node || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node)) {
    const at = `${pointer}/${key}`;
    if (key === "description" && typeof value === "string") {
      yield { at, text: value, set: (/** @type {string} */ text) => (node[key] = text) };
    } else yield* descriptions(value, at);
  }
}

/** Writes the generated enum, enum descriptions, tables and lists into a bundled document, in place. */
export function renderProse(/** @type {any} */ root) {
  const { name: schemaName, schema } = modelSchema(root);
  let models;
  try {
    models = readModels(schema["x-models"]);
  } catch (error) {
    throw new Error(`${schemaName}: ${error instanceof Error ? error.message : error}`);
  }
  const facts = { models, servers: root.servers ?? [] };
  schema.enum = facts.models.map((model) => model.id);
  schema["x-enumDescriptions"] = enumDescriptions(facts.models);
  /** @type {Map<string, string[]>} */
  const used = new Map(Object.keys(renderers).map((name) => [name, []]));
  for (const description of [...descriptions(root)]) {
    const text = description.text.replace(
      markerPattern,
      (/** @type {string} */ _, /** @type {string} */ name) => {
        const render = renderers[/** @type {keyof typeof renderers} */ (name)];
        if (!render)
          throw new Error(
            `${description.at}: unknown marker <!-- generated: ${name} --> (known: ${Object.keys(renderers).join(", ")})`,
          );
        used.get(name)?.push(description.at);
        return render(facts);
      },
    );
    if (text !== description.text) description.set(text);
  }
  for (const [name, places] of used) {
    if (places.length !== 1)
      throw new Error(
        `the marker <!-- generated: ${name} --> must stand in exactly one description; found ${places.length}${places.length ? ` (${places.join(", ")})` : ""}`,
      );
  }
}

/** The decorator: renders the prose once the bundler has resolved the document. */
export function proseTables() {
  return {
    Root: {
      leave(/** @type {any} */ root, /** @type {any} */ ctx) {
        try {
          renderProse(root);
        } catch (error) {
          ctx.report({
            message: error instanceof Error ? error.message : String(error),
            location: ctx.location,
          });
        }
      },
    },
  };
}
