import type { OpenApiDocument } from "./validate.js";

/**
 * One model ID as `x-models` on `KnownModelId` records it (spec/components/schemas/KnownModelId.yaml, the one place
 * of each ID's status, dates and notes; `redocly lint` checks its shape).
 */
export interface KnownModel {
  id: string;
  status: "current" | "legacy" | "retired";
  servedBy?: string;
  released?: string;
  retired?: string;
  input: string[];
  fim?: boolean;
  notes: string;
}

/** The documented model IDs of a bundled spec, current first, newest first within a status. */
export function knownModels(document: OpenApiDocument): KnownModel[] {
  const models = (document.components.schemas.KnownModelId as { "x-models"?: unknown } | undefined)?.[
    "x-models"
  ];
  if (!Array.isArray(models) || models.length === 0)
    throw new Error("the spec's KnownModelId has no x-models list");
  return models as KnownModel[];
}

/** The model tools name when none is given: the first `current` one of {@link knownModels}. */
export function defaultModelId(document: OpenApiDocument): string {
  const current = knownModels(document).find((model) => model.status === "current");
  if (!current) throw new Error("the spec's KnownModelId lists no current model");
  return current.id;
}
