import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";
import { listOperations, resolveRef, unescapePointer, valueAtPointer } from "./document.js";

// ajv-formats is CommonJS: under Node's ESM interop its function is the module itself.
const addFormats = ajvFormats as unknown as typeof ajvFormats.default;

/** The parts of an OpenAPI 3.1 document the validator reads. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, unknown> };
}

interface OpenApiMediaType {
  schema?: unknown;
  "x-itemSchema"?: unknown;
}

interface OpenApiOperation {
  operationId?: string;
  requestBody?: { content: Record<string, OpenApiMediaType> };
  responses?: Record<string, { content?: Record<string, OpenApiMediaType> }>;
}

export interface ValidationIssue {
  /** Where the value broke, as a readable path: `choices[0].finish_reason`, or `(root)`. */
  path: string;
  /** What was expected there, and what was found. */
  message: string;
}

export type ValidationResult = { valid: true; issues: [] } | { valid: false; issues: ValidationIssue[] };

export interface Validator {
  /** The names of the schemas under `components.schemas`. */
  readonly schemaNames: readonly string[];
  /** Validates a value against a named component schema, such as `ChatCompletionChunk`. */
  validateSchema(name: string, value: unknown): ValidationResult;
  /**
   * Validates a request body against an operation's request schema for a media type (JSON unless given). For
   * `multipart/form-data` the body is the form's fields as an object, files as strings; a text field whose property
   * is a number, integer or boolean is read as one (`"3600"` is 3600), as the form encodes it.
   */
  validateRequest(operationId: string, body: unknown, mediaType?: string): ValidationResult;
  /**
   * Validates a response body against an operation's schema for a status and media type. For `text/event-stream`
   * the body is one event's data, checked against the stream's item schema.
   */
  validateResponse(operationId: string, status: number, mediaType: string, body: unknown): ValidationResult;
}

/** A form's fields with each text value of a number, integer or boolean property read as that value. */
function decodeFormFields(document: OpenApiDocument, schema: unknown, fields: unknown): unknown {
  const properties = resolveRef<{ properties?: Record<string, unknown> } | undefined>(
    document,
    schema,
  )?.properties;
  if (!properties || typeof fields !== "object" || fields === null || Array.isArray(fields)) return fields;
  return Object.fromEntries(
    Object.entries(fields).map(([name, value]) => {
      const type = resolveRef<{ type?: unknown } | undefined>(document, properties[name])?.type;
      return [name, decodeFormValue([type].flat(), value)];
    }),
  );
}

function decodeFormValue(types: unknown[], value: unknown): unknown {
  if (typeof value !== "string") return value;
  const number = value.trim() === "" ? Number.NaN : Number(value);
  if ((types.includes("integer") || types.includes("number")) && Number.isFinite(number)) return number;
  if (types.includes("boolean") && (value === "true" || value === "false")) return value === "true";
  return value;
}

/** Compiles every component schema of a bundled OpenAPI 3.1 document once, as JSON Schema 2020-12. */
export function createValidator(document: OpenApiDocument): Validator {
  const ajv = new Ajv2020({
    allErrors: true,
    // Gives each `oneOf` error its variants, for narrowVariantErrors.
    verbose: true,
    discriminator: true,
    allowUnionTypes: true,
    strict: true,
    strictRequired: false,
  });
  addFormats(ajv);
  const extensionKeywords = new Set<string>();
  collectExtensionKeywords(document.components.schemas, extensionKeywords);
  ajv.addVocabulary([...extensionKeywords]);

  const schemas = rewriteRefs(withoutDiscriminatorMappings(document.components.schemas)) as Record<
    string,
    object
  >;
  ajv.addSchema({ $id: "openapi:components", $defs: schemas });
  const compiled = new Map<string, ValidateFunction>();
  // Its own counter: a schema that fails to compile still takes its ID in ajv.
  let inlineSchemas = 0;
  const compile = (schema: unknown): ValidateFunction => {
    const rewritten = rewriteRefs(withoutDiscriminatorMappings(schema)) as object;
    return ajv.compile({ $id: `openapi:inline-${inlineSchemas++}`, ...rewritten });
  };
  const bySchemaName = (name: string): ValidateFunction => {
    let fn = compiled.get(`#${name}`);
    if (!fn) {
      if (!(name in schemas)) throw new Error(`no schema named "${name}" in components.schemas`);
      fn = ajv.getSchema(`openapi:components#/$defs/${name}`);
      if (!fn) throw new Error(`schema "${name}" did not compile`);
      compiled.set(`#${name}`, fn);
    }
    return fn;
  };
  const byMediaType = (key: string, media: OpenApiMediaType | undefined): ValidateFunction => {
    let fn = compiled.get(key);
    if (!fn) {
      const schema = media?.["x-itemSchema"] ?? media?.schema;
      if (!schema) throw new Error(`no schema for ${key}`);
      fn = compile(schema);
      compiled.set(key, fn);
    }
    return fn;
  };

  const operations = indexOperations(document);
  const operation = (operationId: string): OpenApiOperation => {
    const found = operations.get(operationId);
    if (!found) throw new Error(`no operation with operationId "${operationId}"`);
    return found;
  };

  const run = (validate: ValidateFunction, value: unknown): ValidationResult => {
    if (validate(value)) return { valid: true, issues: [] };
    const errors = narrowVariantErrors(validate.errors ?? [], value);
    return { valid: false, issues: describeErrors(errors, value) };
  };
  const variantValidators = new WeakMap<object, ValidateFunction>();
  const validatorOfVariant = (variant: object): ValidateFunction => {
    const ref = (variant as { $ref?: unknown }).$ref;
    if (typeof ref === "string") return bySchemaName(ref.split("/").pop() ?? "");
    let fn = variantValidators.get(variant);
    if (!fn) {
      fn = compile(variant);
      variantValidators.set(variant, fn);
    }
    return fn;
  };
  /** Replaces the errors of each failed `oneOf` whose intended variant is clear by the errors of that variant alone. */
  const narrowVariantErrors = (errors: readonly ErrorObject[], value: unknown): ErrorObject[] => {
    let kept = [...errors];
    const oneOfs = errors
      .filter((e) => e.keyword === "oneOf" && Array.isArray(e.schema))
      .sort((a, b) => a.instancePath.length - b.instancePath.length);
    for (const error of oneOfs) {
      if (!kept.includes(error)) continue;
      const instance = valueAtPointer(value, error.instancePath);
      const variant = intendedVariant(error.schema as object[], instance, schemas);
      const validate = variant && validatorOfVariant(variant);
      if (!validate || validate(instance)) continue;
      const own = narrowVariantErrors(validate.errors ?? [], instance).map((e) => ({
        ...e,
        instancePath: `${error.instancePath}${e.instancePath}`,
      }));
      const under = (e: ErrorObject) =>
        e.instancePath === error.instancePath || e.instancePath.startsWith(`${error.instancePath}/`);
      kept = [...kept.filter((e) => !under(e)), ...own];
    }
    return kept;
  };

  return {
    schemaNames: Object.keys(schemas),
    validateSchema: (name, value) => run(bySchemaName(name), value),
    validateRequest(operationId, body, mediaType = "application/json") {
      const content = operation(operationId).requestBody?.content ?? {};
      const media = content[mediaType];
      if (!media) {
        const documented = Object.keys(content).join(", ") || "no body";
        return invalid("(content-type)", `must be one of ${documented}; got "${mediaType}"`);
      }
      const value =
        mediaType === "multipart/form-data" ? decodeFormFields(document, media.schema, body) : body;
      return run(byMediaType(`${operationId} request ${mediaType}`, media), value);
    },
    validateResponse(operationId, status, mediaType, body) {
      const responses = operation(operationId).responses ?? {};
      const declared = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
      const response = declared && resolveRef<typeof declared>(document, declared);
      if (!response) {
        return invalid("(status)", `${status} is not a documented status of ${operationId}`);
      }
      const media = response.content?.[mediaType];
      if (!media) {
        const documented = Object.keys(response.content ?? {}).join(", ") || "no body";
        return invalid("(content-type)", `must be one of ${documented}; got "${mediaType}"`);
      }
      return run(byMediaType(`${operationId} ${status} ${mediaType}`, media), body);
    },
  };
}

/**
 * The variant of a `oneOf` a value was meant for, when that is clear: the only one whose `type` keyword admits the
 * value's JSON type (a string or a list of parts), and among objects told apart by a `type` const without a
 * `discriminator` (because one of them may leave `type` out, like a Responses message item), the one whose const
 * is the value's `type`, or, for a value without `type`, the one that does not require it. That variant's errors
 * say what is wrong; the others' only say that the value is not one of them.
 */
function intendedVariant(
  variants: object[],
  value: unknown,
  schemas: Record<string, object>,
): object | undefined {
  const resolved = variants.map((variant) => {
    const ref = (variant as { $ref?: unknown }).$ref;
    const target = typeof ref === "string" ? schemas[ref.split("/").pop() ?? ""] : variant;
    return { variant, schema: target as VariantSchema | undefined };
  });
  if (resolved.some(({ schema }) => schema === undefined)) return undefined;
  const jsonType = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
  const admits = (type: unknown) =>
    type === undefined ||
    [type]
      .flat()
      .some(
        (t) =>
          t === jsonType ||
          (t === "integer" && Number.isInteger(value)) ||
          (t === "number" && jsonType === "number"),
      );
  let candidates = resolved.filter(({ schema }) => admits(schema?.type));
  if (
    jsonType === "object" &&
    candidates.some(({ schema }) => schema?.properties?.type?.const !== undefined)
  ) {
    const tag = (value as { type?: unknown }).type;
    candidates = candidates.filter(({ schema }) =>
      tag === undefined ? !schema?.required?.includes("type") : schema?.properties?.type?.const === tag,
    );
  }
  return candidates.length === 1 ? candidates[0]?.variant : undefined;
}

interface VariantSchema {
  type?: string | string[];
  required?: string[];
  properties?: { type?: { const?: unknown } };
}

function invalid(path: string, message: string): ValidationResult {
  return { valid: false, issues: [{ path, message }] };
}

/** Turns ajv's errors into one readable issue per broken location, most specific first. */
export function describeErrors(errors: readonly ErrorObject[], value: unknown): ValidationIssue[] {
  const byPath = new Map<string, ErrorObject[]>();
  for (const error of errors) {
    const list = byPath.get(error.instancePath) ?? [];
    list.push(error);
    byPath.set(error.instancePath, list);
  }
  const issues: ValidationIssue[] = [];
  for (const [instancePath, list] of byPath) {
    const specific = list.filter((e) => !["oneOf", "anyOf", "if"].includes(e.keyword));
    const deeper = [...byPath.keys()].some((p) => p !== instancePath && p.startsWith(`${instancePath}/`));
    if (specific.length === 0 && deeper) continue;
    const chosen = specific.length > 0 ? specific : list;
    const found = valueAtPointer(value, instancePath);
    const alternatives = chosen.filter(
      (e) => e.keyword === "required" && /\/(anyOf|oneOf)\//.test(e.schemaPath),
    );
    if (alternatives.length > 1) {
      const names = alternatives.map((e) => (e.params as { missingProperty: string }).missingProperty);
      issues.push({
        path: readablePath(instancePath, undefined),
        message: `must have ${names.join(" or ")}`,
      });
      continue;
    }
    for (const error of chosen.filter((e) => e.keyword === "required")) {
      issues.push({ path: readablePath(instancePath, error), message: "is required" });
    }
    for (const error of chosen.filter((e) => e.keyword === "dependentRequired")) {
      const { property } = error.params as { property: string };
      issues.push({ path: readablePath(instancePath, error), message: `is required with ${property}` });
    }
    // A `const` has a one-value `enum` beside it for code generators (docs/decisions/0001-generator-portability.md).
    const restatesConst = (e: ErrorObject) =>
      e.keyword === "enum" &&
      chosen.some((c) => c.keyword === "const" && c.schemaPath === e.schemaPath.replace(/enum$/, "const"));
    const others = chosen.filter(
      (e) => !["required", "dependentRequired"].includes(e.keyword) && !restatesConst(e),
    );
    if (others.length === 0) continue;
    const messages = [...new Set(others.map((e) => describeError(e, found)))];
    issues.push({ path: readablePath(instancePath, others[0]), message: messages.join("; or ") });
  }
  const unique = [...new Map(issues.map((issue) => [`${issue.path}\n${issue.message}`, issue])).values()];
  return unique.sort((a, b) => b.path.length - a.path.length);
}

function describeError(error: ErrorObject, found: unknown): string {
  const got = `got ${JSON.stringify(found)?.slice(0, 80) ?? "undefined"}`;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "enum":
      return `must be one of ${(params.allowedValues as unknown[]).map(String).join(", ")}; ${got}`;
    case "const":
      return `must be ${JSON.stringify(params.allowedValue)}; ${got}`;
    case "type":
      return `must be ${String(params.type).replace(",", " or ")}; ${got}`;
    case "discriminator":
      return `must be one of the known values; got ${JSON.stringify(params.tagValue)}`;
    case "not":
      return `is not allowed here; ${got}`;
    case "false schema":
      return `is not allowed with the other fields given here; ${got}`;
    default:
      return `${error.message ?? error.keyword}; ${got}`;
  }
}

function readablePath(instancePath: string, error: ErrorObject | undefined): string {
  const segments = instancePath.split("/").slice(1).map(unescapePointer);
  if (error?.keyword === "required" || error?.keyword === "dependentRequired")
    segments.push(String((error.params as { missingProperty: string }).missingProperty));
  if (error?.keyword === "discriminator") segments.push(String((error.params as { tag: string }).tag));
  if (segments.length === 0) return "(root)";
  return segments.reduce((path, s) => (/^\d+$/.test(s) ? `${path}[${s}]` : path ? `${path}.${s}` : s), "");
}

function indexOperations(document: OpenApiDocument): Map<string, OpenApiOperation> {
  const operations = new Map<string, OpenApiOperation>();
  for (const { operation } of listOperations(document)) {
    if (operation.operationId) operations.set(operation.operationId, operation);
  }
  return operations;
}

const unchanged = Symbol("unchanged");

/** A deep copy of `node` in which `replace` may give any object's entry another value (else it is copied on). */
function rewriteEntries(node: unknown, replace: (key: string, child: unknown) => unknown): unknown {
  if (Array.isArray(node)) return node.map((item) => rewriteEntries(item, replace));
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, child]) => {
      const replaced = replace(key, child);
      return [key, replaced === unchanged ? rewriteEntries(child, replace) : replaced];
    }),
  );
}

/** ajv understands `discriminator` but not its `mapping`; the `const` of each variant says the same thing. */
function withoutDiscriminatorMappings(node: unknown): unknown {
  return rewriteEntries(node, (key, child) =>
    key === "discriminator" && child && typeof child === "object"
      ? { propertyName: (child as { propertyName: string }).propertyName }
      : unchanged,
  );
}

/** Points `#/components/schemas/X` at the registered components document. */
function rewriteRefs(node: unknown): unknown {
  return rewriteEntries(node, (key, child) =>
    key === "$ref" && typeof child === "string"
      ? child.replace("#/components/schemas/", "openapi:components#/$defs/")
      : unchanged,
  );
}

function collectExtensionKeywords(node: unknown, found: Set<string>): void {
  if (Array.isArray(node)) {
    for (const child of node) collectExtensionKeywords(child, found);
    return;
  }
  if (node === null || typeof node !== "object") return;
  for (const [key, child] of Object.entries(node)) {
    if (key.startsWith("x-")) found.add(key);
    collectExtensionKeywords(child, found);
  }
}
