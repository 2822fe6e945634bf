import type { Target } from "../fixtures/targets.js";
import { namedExamples, parseSse, validator } from "./spec.js";

const examples = new Map(namedExamples().map((e) => [e.name, e.value]));

/** Validates a document against where a fixture case says it stands: a request, a response or a named schema. */
export function validateAt(target: Target, doc: unknown) {
  if ("request" in target) return validator.validateRequest(target.request, doc, target.mediaType);
  if ("response" in target) {
    return validator.validateResponse(
      target.response,
      target.status,
      target.mediaType ?? "application/json",
      doc,
    );
  }
  return validator.validateSchema(target.schema, doc);
}

/**
 * A fresh copy of a case's base: the spec's named example of that name, one event of a named stream example
 * (`<name>#<index>`, its payload's JSON), or the document given.
 */
export function copyOfBase(base: string | Record<string, unknown>): unknown {
  const found = typeof base === "string" ? exampleOrEvent(base) : base;
  if (found === undefined) throw new Error(`no spec example named ${String(base)}`);
  return structuredClone(found);
}

function exampleOrEvent(name: string): unknown {
  const [exampleName = "", index] = name.split("#");
  const example = examples.get(exampleName);
  if (index === undefined || typeof example !== "string") return example;
  const data = parseSse(example).events[Number(index)]?.data;
  return data === undefined ? undefined : JSON.parse(data);
}
