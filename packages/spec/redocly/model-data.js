// The shape of `x-models`, the one record of each model ID's status, dates and notes (spec/components/schemas/
// KnownModelId.yaml). As Redocly node types, `redocly lint` checks every entry (required fields, known statuses,
// no unknown fields); `readModels` checks what the types cannot (dates, unique IDs, the order of the statuses) before
// the tables are drawn.

/** What each status means, in the order the Models table lists them. */
export const modelStatuses = {
  current: "In DeepSeek's current model lists; served by its own model.",
  legacy: "Still accepted when last documented, but served by a newer model, or announced as retired.",
  retired: "No longer documented or served; kept so that code naming it still type-checks.",
};

/** The input kinds a model accepts. */
export const modelInputs = ["text", "image"];

/** A date `2026-09-10`, optionally with a UTC time `2026-07-24 15:59 UTC`. */
const datePattern = /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2} UTC)?$/;

/** @param {Record<string, any>} types Redocly's OpenAPI 3 node types. */
export function withModelData(types) {
  return {
    ...types,
    Schema: { ...types.Schema, properties: { ...types.Schema.properties, "x-models": "KnownModelList" } },
    KnownModelList: { properties: {}, items: "KnownModel" },
    KnownModel: {
      properties: {
        id: { type: "string" },
        status: { enum: Object.keys(modelStatuses) },
        servedBy: { type: "string" },
        released: { type: "string" },
        retired: { type: "string" },
        input: { type: "array", items: { enum: modelInputs } },
        fim: { type: "boolean" },
        notes: { type: "string" },
      },
      required: ["id", "status", "input", "notes"],
    },
  };
}

/**
 * @typedef {{ id: string, status: keyof typeof modelStatuses, servedBy?: string, released?: string,
 *   retired?: string, input: string[], fim?: boolean, notes: string }} KnownModel
 */

/**
 * The entries of an `x-models` list, checked; a problem names the entry and the field.
 * @param {unknown} list
 * @returns {KnownModel[]}
 */
export function readModels(list) {
  if (!Array.isArray(list) || list.length === 0)
    throw new Error("x-models must be a non-empty list of models");
  const seen = new Set();
  const statuses = Object.keys(modelStatuses);
  let lastStatus = 0;
  return list.map((entry, index) => {
    const where = `x-models[${index}]`;
    if (!entry || typeof entry !== "object") throw new Error(`${where} must be an object`);
    const model = /** @type {Record<string, unknown>} */ (entry);
    for (const field of ["id", "notes"]) {
      if (typeof model[field] !== "string" || model[field] === "")
        throw new Error(`${where}.${field} must be a non-empty string`);
    }
    if (seen.has(model.id)) throw new Error(`${where}.id: ${model.id} is listed twice`);
    seen.add(model.id);
    if (!Object.hasOwn(modelStatuses, String(model.status)))
      throw new Error(
        `${where}.status must be one of ${Object.keys(modelStatuses).join(", ")}; got ${JSON.stringify(model.status)}`,
      );
    const status = statuses.indexOf(String(model.status));
    if (status < lastStatus)
      throw new Error(
        `${where}: a ${model.status} model must come before the ${statuses[lastStatus]} ones (the list is ${statuses.join(", then ")})`,
      );
    lastStatus = status;
    if (!Array.isArray(model.input) || !model.input.every((kind) => modelInputs.includes(kind)))
      throw new Error(`${where}.input must be a list of ${modelInputs.join(", ")}`);
    for (const field of ["released", "retired"]) {
      if (model[field] !== undefined && !datePattern.test(String(model[field])))
        throw new Error(
          `${where}.${field} must be a date like 2026-09-10 or 2026-07-24 15:59 UTC; got ${JSON.stringify(model[field])}`,
        );
    }
    return /** @type {KnownModel} */ (model);
  });
}
