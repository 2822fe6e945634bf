// The decorator deepseek/prose-tables on its own: what it writes from small, made-up `x-models` and `servers`, and
// the errors it gives for bad data or markers.
import { describe, expect, it } from "vitest";
import { modelStatuses, readModels } from "../redocly/model-data.js";
import {
  enumDescriptions,
  fimModels,
  markdownTable,
  providerTable,
  renderProse,
  statusTable,
} from "../redocly/prose-tables.js";
import { codeSpans, tableRows } from "./support/markdown.js";

const models = readModels([
  {
    id: "m-new",
    status: "current",
    servedBy: "M-2",
    released: "2026-09-10",
    input: ["text", "image"],
    fim: true,
    notes: "Newest.",
  },
  { id: "m-pro", status: "current", input: ["text"], fim: true, notes: "Big | slow." },
  {
    id: "m-old",
    status: "legacy",
    released: "2025-01-20",
    retired: "2026-07-24 15:59 UTC",
    input: ["text"],
    notes: "Older.",
  },
  { id: "m-gone", status: "retired", retired: "2024-09-05", input: ["text"], notes: "Gone." },
]);

const servers = [
  { url: "https://a.example", description: "A", "x-provider-id": "a" },
  { url: "{baseUrl}", description: "Yours", "x-provider-id": "custom" },
];

/** A document with one marker of each kind, as the bundler hands it to the decorator. */
function documentWith(modelSchema: Record<string, unknown> = { type: "string", "x-models": models }) {
  return {
    info: {
      description:
        "## Providers\n<!-- generated: providers -->\n\n## Models\n<!-- generated: model-statuses -->\n",
    },
    servers,
    components: {
      schemas: {
        KnownModelId: { ...modelSchema, description: "IDs." },
        CompletionRequest: { type: "object", description: "FIM for <!-- generated: fim-models -->." },
      },
    },
  };
}

const errorOf = (run: () => void) => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected an error");
};

describe("the prose-tables decorator's output", () => {
  it("groups the Models section's IDs by status, in the order of the statuses, each ID once", () => {
    const rows = tableRows(statusTable(models), null);
    expect(rows.map(([status]) => status)).toEqual(Object.keys(modelStatuses));
    expect(rows.map(([, ids = ""]) => codeSpans(ids))).toEqual([["m-new", "m-pro"], ["m-old"], ["m-gone"]]);
    expect(rows.map(([, , meaning]) => meaning)).toEqual(Object.values(modelStatuses));
    // A status no model has gets no row.
    const currentOnly = tableRows(statusTable(models.filter((m) => m.status === "current")), null);
    expect(currentOnly.map(([status]) => status)).toEqual(["current"]);
  });

  it("describes each enum value by its status, its period, what serves it, its input and its notes", () => {
    const descriptions = enumDescriptions(models);
    expect(Object.keys(descriptions)).toEqual(models.map((model) => model.id));
    expect(descriptions["m-new"]).toBe(
      "Current (since 2026-09-10). Served by M-2. Input: text, image. Newest.",
    );
    expect(descriptions["m-pro"]).toBe("Current. Input: text. Big | slow.");
    expect(descriptions["m-old"]).toBe("Legacy (2025-01-20 to 2026-07-24 15:59 UTC). Input: text. Older.");
    expect(descriptions["m-gone"]).toBe("Retired (until 2024-09-05). Input: text. Gone.");
  });

  it("lists the FIM models as a sentence, and refuses an empty list", () => {
    expect(fimModels(models)).toBe("`m-new` and `m-pro`");
    expect(errorOf(() => fimModels(models.slice(2, 3)))).toBe("no model in x-models has fim: true");
  });

  it("writes a Providers row per server; a templated URL is the reader's own", () => {
    const rows = tableRows(providerTable(servers), null);
    expect(rows).toEqual([
      ["A", "`https://a.example`", "`a`"],
      ["Yours", "your own", "`custom`"],
    ]);
    expect(errorOf(() => providerTable([]))).toBe("the spec has no servers");
  });

  it("draws a table with a header and a rule line", () => {
    expect(markdownTable(["a", "b"], [["1", undefined]]).split("\n")).toEqual([
      "| a | b |",
      "|---|---|",
      "| 1 | — |",
    ]);
  });
});

describe("the prose-tables decorator on a document", () => {
  it("sets the enum and enum descriptions from x-models, and replaces every marker", () => {
    const document = documentWith();
    renderProse(document);
    const schema = document.components.schemas.KnownModelId as Record<string, unknown>;
    expect(schema.enum).toEqual(models.map((model) => model.id));
    expect(schema["x-enumDescriptions"]).toEqual(enumDescriptions(models));
    expect(schema.description).toBe("IDs.");
    expect(document.info.description).toBe(
      `## Providers\n${providerTable(servers)}\n\n## Models\n${statusTable(models)}\n`,
    );
    expect(document.components.schemas.CompletionRequest.description).toBe(`FIM for ${fimModels(models)}.`);
  });

  it("refuses an enum written by hand beside x-models", () => {
    const document = documentWith({ type: "string", enum: ["m-new"], "x-models": models });
    expect(errorOf(() => renderProse(document))).toBe(
      "KnownModelId has its own enum, which is generated from its x-models: remove it",
    );
  });

  it("refuses a missing, repeated or unknown marker, naming it and where it stands", () => {
    const missing = documentWith();
    missing.components.schemas.CompletionRequest.description = "FIM.";
    expect(errorOf(() => renderProse(missing))).toBe(
      "the marker <!-- generated: fim-models --> must stand in exactly one description; found 0",
    );
    const twice = documentWith();
    twice.components.schemas.CompletionRequest.description =
      "<!-- generated: fim-models --><!-- generated: providers -->";
    expect(errorOf(() => renderProse(twice))).toBe(
      "the marker <!-- generated: providers --> must stand in exactly one description; found 2 (#/info/description, #/components/schemas/CompletionRequest/description)",
    );
    const unknown = documentWith();
    unknown.components.schemas.CompletionRequest.description =
      "<!-- generated: fim-models --><!-- generated: prices -->";
    expect(errorOf(() => renderProse(unknown))).toBe(
      "#/components/schemas/CompletionRequest/description: unknown marker <!-- generated: prices --> (known: model-statuses, fim-models, providers)",
    );
  });

  it("names the schema whose x-models is bad", () => {
    const document = documentWith({ type: "string", "x-models": [{ ...models[0], status: "beta" }] });
    expect(errorOf(() => renderProse(document))).toBe(
      'KnownModelId: x-models[0].status must be one of current, legacy, retired; got "beta"',
    );
  });

  it("refuses x-models on no schema, or on two", () => {
    const none = documentWith({ type: "string" });
    expect(errorOf(() => renderProse(none))).toBe(
      "exactly one component schema must carry x-models; found 0 ()",
    );
    const two = documentWith();
    (two.components.schemas as Record<string, unknown>).Other = { type: "string", "x-models": models };
    expect(errorOf(() => renderProse(two))).toBe(
      "exactly one component schema must carry x-models; found 2 (KnownModelId, Other)",
    );
  });
});

describe("the checks of x-models", () => {
  const entry = { id: "m", status: "current", input: ["text"], notes: "N." };
  it.each([
    ["an empty list", [], "x-models must be a non-empty list of models"],
    ["a missing note", [{ ...entry, notes: "" }], "x-models[0].notes must be a non-empty string"],
    ["an ID listed twice", [entry, entry], "x-models[1].id: m is listed twice"],
    [
      "an unknown status",
      [{ ...entry, status: "beta" }],
      'x-models[0].status must be one of current, legacy, retired; got "beta"',
    ],
    [
      "a current model after a legacy one",
      [
        { ...entry, status: "legacy" },
        { ...entry, id: "n" },
      ],
      "x-models[1]: a current model must come before the legacy ones (the list is current, then legacy, then retired)",
    ],
    ["an unknown input", [{ ...entry, input: ["audio"] }], "x-models[0].input must be a list of text, image"],
    [
      "a date in another form",
      [{ ...entry, released: "10 Sep 2026" }],
      'x-models[0].released must be a date like 2026-09-10 or 2026-07-24 15:59 UTC; got "10 Sep 2026"',
    ],
  ])("refuses %s", (_, list, message) => {
    expect(errorOf(() => readModels(list))).toBe(message);
  });
});
