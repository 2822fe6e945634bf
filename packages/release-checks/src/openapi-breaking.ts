// Finds the breaking changes between two bundled OpenAPI 3.1 documents: the last released spec and the new one.
//
// Hand-written because no library judges the typed client's compatibility (measured against `redocly diff`:
// docs/decisions/breaking-change-differ.md). It walks every operation with the direction it is used in (request or
// response) and applies exactly the rules below; test/openapi-breaking.test.ts proves each one with fixtures.
//
// Breaking (a client or its users' code that worked with the released spec stops working):
//   path-removed, operation-removed            a path, or a method of a path, is gone
//   parameter-removed, parameter-required      a request parameter is gone, or an optional one became required
//   request-body-required                      an optional request body became required
//   request-media-type-removed                 a request media type is gone
//   response-status-removed                    a response status is gone
//   response-media-type-removed                a response media type is gone
//   field-removed                              a property is gone (request or response)
//   request-field-required                     an optional request property became required, or a new one is
//   response-field-optional                    a required response property became optional
//   enum-value-removed                         an enum (or const) value is gone (request or response)
//   type-narrowed                              a request accepts fewer types (number → integer, drops null, a
//                                              new enum/const, a removed anyOf/oneOf variant, a tighter bound)
//   type-widened                               a response may hold types it never held (adds null, integer →
//                                              number, a new anyOf/oneOf variant): clients must handle them
//   request-field-required (dependentRequired) a request field is now required when another one is present
//   conditional-narrowed                       a request's if/then/else, dependentSchemas or not rule is new or
//                                              changed (judged as a whole: a request valid before may now fail)
//   conditional-widened                        a response's such rule is gone or changed (it promised less)
// Not breaking: additions (paths, operations, optional request fields, response fields, request enum values,
// response statuses and media types), descriptions and examples, a response field made required, a request type
// widened, a response type narrowed, a request's conditional rule removed, a response's one added.

import { followRef, httpMethods, type OperationParameter, operationParameters } from "@deepseek-openapi/spec";

export type Direction = "request" | "response";

export interface BreakingChange {
  rule: string;
  /** Where: `POST /chat/completions request application/json: messages[].role`. */
  location: string;
  message: string;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Follows local `$ref`s with the spec's one resolver; a `$ref`'s siblings (only descriptions here) are dropped. */
const resolve = (document: Json, value: unknown) =>
  followRef(document, value) as { node: unknown; ref?: string };

/** The JSON types a schema allows, or undefined when it does not constrain the type. */
function typesOf(schema: Json): Set<string> | undefined {
  const declared = schema.type;
  let types: Set<string> | undefined;
  if (typeof declared === "string") types = new Set([declared]);
  else if (Array.isArray(declared)) types = new Set(declared.map(String));
  if (schema.nullable === true && types) types.add("null"); // 3.0 style, in case it slips in
  return types;
}

/** Whether a type set allows a JSON type (`number` includes `integer`). */
const allows = (types: Set<string>, type: string) =>
  types.has(type) || (type === "integer" && types.has("number"));

/** The types of `from` that `to` no longer allows (all of them when `from` allowed any type). */
const typesLost = (from: Set<string> | undefined, to: Set<string>) =>
  from ? [...from].filter((type) => !allows(to, type)) : ["(any type)"];

/** The values a schema allows when it enumerates them (`enum` or `const`), else undefined. */
function valuesOf(schema: Json): unknown[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum;
  if ("const" in schema) return [schema.const];
  return undefined;
}

/**
 * A `oneOf`/`anyOf` whose inline variants each enumerate values or are `type: "null"` (how the spec writes a nullable
 * enum: docs/decisions/0001-generator-portability.md) as one schema with their types and values, so it compares
 * like the `enum` holding `null` it replaces; any other schema as it is.
 */
function foldEnumeration(schema: Json): Json {
  for (const keyword of ["oneOf", "anyOf"] as const) {
    const variants = schema[keyword];
    if (!Array.isArray(variants) || !variants.every(isObject)) continue;
    const values = variants.map(
      (variant) => valuesOf(variant) ?? (variant.type === "null" ? [null] : undefined),
    );
    if (values.some((value) => value === undefined)) continue;
    const types = variants.map(typesOf);
    const { [keyword]: _folded, ...rest } = schema;
    const folded: Json = { ...rest, enum: values.flat() };
    if (types.every((type): type is Set<string> => type !== undefined))
      folded.type = [...new Set(types.flatMap((type) => [...type]))];
    return folded;
  }
  return schema;
}

const key = (value: unknown) => JSON.stringify(value);

const LOWER_BOUNDS = ["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"] as const;
const UPPER_BOUNDS = ["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"] as const;

class Differ {
  readonly changes: BreakingChange[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly before: Json,
    private readonly after: Json,
  ) {}

  private report(rule: string, location: string, message: string) {
    this.changes.push({ rule, location, message });
  }

  run(): BreakingChange[] {
    const beforePaths = isObject(this.before.paths) ? this.before.paths : {};
    const afterPaths = isObject(this.after.paths) ? this.after.paths : {};
    for (const [path, beforeItem] of Object.entries(beforePaths)) {
      const afterItem = afterPaths[path];
      if (!isObject(afterItem)) {
        this.report("path-removed", path, `the path ${path} was removed`);
        continue;
      }
      for (const method of httpMethods) {
        const beforeOp = (beforeItem as Json)[method];
        if (!isObject(beforeOp)) continue;
        const afterOp = afterItem[method];
        const where = `${method.toUpperCase()} ${path}`;
        if (!isObject(afterOp)) {
          this.report("operation-removed", where, `the operation ${where} was removed`);
          continue;
        }
        this.operation(
          where,
          beforeOp,
          afterOp,
          operationParameters(this.before, { operation: beforeOp, pathItem: beforeItem }),
          operationParameters(this.after, { operation: afterOp, pathItem: afterItem }),
        );
      }
    }
    return this.changes;
  }

  private operation(
    where: string,
    before: Json,
    after: Json,
    beforeParams: OperationParameter[],
    afterParams: OperationParameter[],
  ) {
    // Parameters, by `in` and `name` (the operation's own already replace its path item's).
    const index = (list: OperationParameter[]) =>
      new Map(list.map((parameter) => [`${parameter.in} ${parameter.name}`, parameter]));
    const beforeParameters = index(beforeParams);
    const afterParameters = index(afterParams);
    for (const [id, parameter] of beforeParameters) {
      const next = afterParameters.get(id);
      if (!next) {
        this.report("parameter-removed", `${where} parameter ${id}`, `the ${id} parameter was removed`);
        continue;
      }
      if (parameter.required !== true && next.required === true)
        this.report(
          "parameter-required",
          `${where} parameter ${id}`,
          `the optional ${id} parameter became required`,
        );
      this.schema(`${where} parameter ${id}`, "", "request", parameter.schema, next.schema);
    }
    for (const [id, parameter] of afterParameters)
      if (!beforeParameters.has(id) && parameter.required === true)
        this.report(
          "parameter-required",
          `${where} parameter ${id}`,
          `a new required ${id} parameter was added`,
        );

    // Request body.
    const beforeBody = resolve(this.before, before.requestBody).node;
    const afterBody = resolve(this.after, after.requestBody).node;
    if (isObject(beforeBody)) {
      if (!isObject(afterBody)) {
        this.report("request-media-type-removed", `${where} request`, "the request body was removed");
      } else {
        if (beforeBody.required !== true && afterBody.required === true)
          this.report(
            "request-body-required",
            `${where} request`,
            "the optional request body became required",
          );
        this.content(`${where} request`, "request", beforeBody.content, afterBody.content);
      }
    } else if (isObject(afterBody) && afterBody.required === true) {
      this.report("request-body-required", `${where} request`, "a required request body was added");
    }

    // Responses.
    const beforeResponses = isObject(before.responses) ? before.responses : {};
    const afterResponses = isObject(after.responses) ? after.responses : {};
    for (const [status, beforeRaw] of Object.entries(beforeResponses)) {
      if (!(status in afterResponses)) {
        this.report(
          "response-status-removed",
          `${where} response ${status}`,
          `the ${status} response was removed`,
        );
        continue;
      }
      const beforeResponse = resolve(this.before, beforeRaw).node;
      const afterResponse = resolve(this.after, afterResponses[status]).node;
      if (isObject(beforeResponse) && isObject(afterResponse))
        this.content(
          `${where} response ${status}`,
          "response",
          beforeResponse.content,
          afterResponse.content,
        );
    }
  }

  private content(where: string, direction: Direction, before: unknown, after: unknown) {
    if (!isObject(before)) return;
    const next = isObject(after) ? after : {};
    for (const [mediaType, beforeMedia] of Object.entries(before)) {
      const afterMedia = next[mediaType];
      if (!isObject(afterMedia)) {
        this.report(
          `${direction}-media-type-removed`,
          `${where} ${mediaType}`,
          `the ${mediaType} ${direction} was removed`,
        );
        continue;
      }
      if (!isObject(beforeMedia)) continue;
      // An event stream's items are described by `x-itemSchema` (the 3.2 `itemSchema`, as an extension in 3.1).
      for (const field of ["schema", "x-itemSchema", "itemSchema"]) {
        if (field in beforeMedia)
          this.schema(`${where} ${mediaType}`, "", direction, beforeMedia[field], afterMedia[field]);
      }
    }
  }

  private schema(
    where: string,
    pointer: string,
    direction: Direction,
    beforeRaw: unknown,
    afterRaw: unknown,
  ) {
    const here = pointer ? `${where}: ${pointer}` : where;
    if (afterRaw === undefined) {
      // The schema itself is gone (an unconstrained value now): that widens a response, but never narrows a request.
      if (direction === "response" && beforeRaw !== undefined)
        this.report("type-widened", here, "the response schema was removed, so the value is no longer typed");
      return;
    }
    const beforeResolved = resolve(this.before, beforeRaw);
    const afterResolved = resolve(this.after, afterRaw);
    // Recursive or shared schemas (a message that holds messages) are compared once per operation, direction and
    // pair of $refs; the location names the first place they were reached.
    if (beforeResolved.ref && afterResolved.ref) {
      const visit = `${where} ${direction} ${beforeResolved.ref} ${afterResolved.ref}`;
      if (this.seen.has(visit)) return;
      this.seen.add(visit);
    }
    if (!isObject(beforeResolved.node) || !isObject(afterResolved.node)) return; // `true`/`false` schemas: nothing to compare
    const before = foldEnumeration(beforeResolved.node);
    const after = foldEnumeration(afterResolved.node);

    // Types.
    const beforeTypes = typesOf(before);
    const afterTypes = typesOf(after);
    // A request must still accept every type it accepted; a response must not hold a type it never held.
    const [wider, narrower] = direction === "request" ? [beforeTypes, afterTypes] : [afterTypes, beforeTypes];
    const missing = narrower ? typesLost(wider, narrower) : [];
    if (narrower && missing.length > 0) {
      const listed = [missing.join(", "), [...narrower].join(" | ")];
      if (direction === "request")
        this.report("type-narrowed", here, `the request no longer accepts ${listed[0]} (now ${listed[1]})`);
      else this.report("type-widened", here, `the response may now hold ${listed[0]} (was ${listed[1]})`);
    }

    // Enumerated values.
    const beforeValues = valuesOf(before);
    const afterValues = valuesOf(after);
    if (beforeValues && afterValues) {
      const kept = new Set(afterValues.map(key));
      const removed = beforeValues.filter((value) => !kept.has(key(value)));
      if (removed.length > 0)
        this.report(
          "enum-value-removed",
          here,
          `the value${removed.length > 1 ? "s" : ""} ${removed.map(key).join(", ")} ${removed.length > 1 ? "were" : "was"} removed`,
        );
    } else if (!beforeValues && afterValues && direction === "request") {
      this.report("type-narrowed", here, `the request now accepts only ${afterValues.map(key).join(", ")}`);
    } else if (beforeValues && !afterValues && direction === "response") {
      this.report(
        "type-widened",
        here,
        `the response is no longer limited to ${beforeValues.map(key).join(", ")}`,
      );
    }

    // Bounds tightened on a request (a response that tightens a bound only promises more).
    if (direction === "request") {
      for (const bound of LOWER_BOUNDS) {
        const was = before[bound];
        const now = after[bound];
        if (typeof now === "number" && (typeof was !== "number" || now > was))
          this.report("type-narrowed", here, `${bound} tightened from ${was ?? "none"} to ${now}`);
      }
      for (const bound of UPPER_BOUNDS) {
        const was = before[bound];
        const now = after[bound];
        if (typeof now === "number" && (typeof was !== "number" || now < was))
          this.report("type-narrowed", here, `${bound} tightened from ${was ?? "none"} to ${now}`);
      }
      if (typeof after.pattern === "string" && after.pattern !== before.pattern)
        this.report("type-narrowed", here, `the pattern changed to ${after.pattern}`);
      if (before.additionalProperties !== false && after.additionalProperties === false)
        this.report("type-narrowed", here, "additional properties are no longer accepted");
    }

    // Properties and `required`.
    const beforeProps = isObject(before.properties) ? before.properties : {};
    const afterProps = isObject(after.properties) ? after.properties : {};
    const beforeRequired = new Set(Array.isArray(before.required) ? before.required.map(String) : []);
    const afterRequired = new Set(Array.isArray(after.required) ? after.required.map(String) : []);
    const at = (name: string) => (pointer ? `${pointer}.${name}` : name);
    for (const [name, beforeProp] of Object.entries(beforeProps)) {
      if (!(name in afterProps)) {
        this.report(
          "field-removed",
          `${where}: ${at(name)}`,
          `the ${direction} field ${at(name)} was removed`,
        );
        continue;
      }
      if (direction === "request" && !beforeRequired.has(name) && afterRequired.has(name))
        this.report(
          "request-field-required",
          `${where}: ${at(name)}`,
          `the optional request field ${at(name)} became required`,
        );
      if (direction === "response" && beforeRequired.has(name) && !afterRequired.has(name))
        this.report(
          "response-field-optional",
          `${where}: ${at(name)}`,
          `the response field ${at(name)} became optional`,
        );
      this.schema(where, at(name), direction, beforeProp, afterProps[name]);
    }
    if (direction === "request")
      for (const name of afterRequired)
        if (!beforeRequired.has(name) && !(name in beforeProps))
          this.report(
            "request-field-required",
            `${where}: ${at(name)}`,
            `a new required request field ${at(name)} was added`,
          );

    this.dependentRequired(where, at, direction, before, after);
    this.conditionals(here, direction, before, after);

    // Nested schemas.
    if (isObject(before.items) || isObject(after.items))
      this.schema(where, `${pointer}[]`, direction, before.items, after.items);
    // A map's value schema compares like `items` (`false` is judged above); one on one side only is compared too.
    if (isObject(before.additionalProperties) || isObject(after.additionalProperties))
      this.schema(
        where,
        `${pointer}{}`,
        direction,
        isObject(before.additionalProperties) ? before.additionalProperties : undefined,
        isObject(after.additionalProperties) ? after.additionalProperties : undefined,
      );
    // allOf parts pair by position; a part on one side only (or a new allOf) compares with the empty schema.
    const beforeParts = Array.isArray(before.allOf) ? before.allOf : [];
    const afterParts = Array.isArray(after.allOf) ? after.allOf : [];
    for (let index = 0; index < Math.max(beforeParts.length, afterParts.length); index++)
      this.schema(where, pointer, direction, beforeParts[index] ?? {}, afterParts[index] ?? {});
    for (const keyword of ["anyOf", "oneOf"] as const)
      this.variants(where, pointer, direction, keyword, before, after);
  }

  /** `dependentRequired`: a request must not gain a dependency, a response must not lose one. */
  private dependentRequired(
    where: string,
    at: (name: string) => string,
    direction: Direction,
    before: Json,
    after: Json,
  ) {
    const dependencies = (schema: Json) =>
      isObject(schema.dependentRequired) ? (schema.dependentRequired as Record<string, unknown>) : {};
    const [from, to] =
      direction === "request"
        ? [dependencies(before), dependencies(after)]
        : [dependencies(after), dependencies(before)];
    // A field required outright on either side gains or loses nothing by a dependency (or is reported as required).
    const alwaysRequired = new Set(
      [before.required, after.required].flatMap((list) => (Array.isArray(list) ? list.map(String) : [])),
    );
    for (const [trigger, list] of Object.entries(to)) {
      const had = new Set(Array.isArray(from[trigger]) ? (from[trigger] as unknown[]).map(String) : []);
      for (const name of Array.isArray(list) ? list.map(String) : []) {
        if (had.has(name) || alwaysRequired.has(name)) continue;
        if (direction === "request")
          this.report(
            "request-field-required",
            `${where}: ${at(name)}`,
            `the request field ${at(name)} is now required when ${at(trigger)} is present`,
          );
        else
          this.report(
            "response-field-optional",
            `${where}: ${at(name)}`,
            `the response field ${at(name)} is no longer sure to come with ${at(trigger)}`,
          );
      }
    }
  }

  /**
   * `if`/`then`/`else`, `dependentSchemas` and `not`, each judged as a whole: a request's rule that is new or changed
   * may refuse a request that passed, a response's rule that is gone or changed promised something it no longer does.
   */
  private conditionals(here: string, direction: Direction, before: Json, after: Json) {
    const groups = [["if", "then", "else"], ["dependentSchemas"], ["not"]] as const;
    for (const keywords of groups) {
      const rule = (schema: Json) =>
        keywords.some((keyword) => keyword in schema)
          ? key(keywords.map((keyword) => schema[keyword] ?? null))
          : undefined;
      const [was, now] = [rule(before), rule(after)];
      if (was === now) continue;
      const name = keywords.join("/");
      if (direction === "request" && now !== undefined)
        this.report(
          "conditional-narrowed",
          here,
          `the request's ${name} rule is ${was === undefined ? "new" : "changed"}`,
        );
      if (direction === "response" && was !== undefined)
        this.report(
          "conditional-widened",
          here,
          `the response's ${name} rule is ${now === undefined ? "gone" : "changed"}`,
        );
    }
  }

  /** `anyOf`/`oneOf` variants, matched by their `$ref` when they have one, else by position. */
  private variants(
    where: string,
    pointer: string,
    direction: Direction,
    keyword: "anyOf" | "oneOf",
    before: Json,
    after: Json,
  ) {
    const beforeList = Array.isArray(before[keyword]) ? (before[keyword] as unknown[]) : undefined;
    const afterList = Array.isArray(after[keyword]) ? (after[keyword] as unknown[]) : undefined;
    if (!beforeList && !afterList) return;
    const here = pointer ? `${where}: ${pointer}` : where;
    if (!beforeList || !afterList) {
      if (direction === "request" && afterList && !beforeList)
        this.report("type-narrowed", here, `the request must now match ${keyword}`);
      return;
    }
    const refOf = (variant: unknown) =>
      isObject(variant) && typeof variant.$ref === "string" ? variant.$ref : undefined;
    const label = (variant: unknown, index: number) => refOf(variant)?.split("/").pop() ?? `#${index}`;
    const unmatchedAfter = new Set(afterList.map((_, index) => index));
    const pairs: [number, number][] = [];
    beforeList.forEach((variant, index) => {
      const ref = refOf(variant);
      const match = ref
        ? afterList.findIndex((candidate, j) => unmatchedAfter.has(j) && refOf(candidate) === ref)
        : afterList.findIndex((candidate, j) => unmatchedAfter.has(j) && !refOf(candidate) && j === index);
      if (match >= 0) {
        unmatchedAfter.delete(match);
        pairs.push([index, match]);
      } else if (direction === "request") {
        this.report("type-narrowed", here, `the ${keyword} variant ${label(variant, index)} was removed`);
      }
    });
    if (direction === "response")
      for (const index of unmatchedAfter)
        this.report(
          "type-widened",
          here,
          `the response may now also be the ${keyword} variant ${label(afterList[index], index)}`,
        );
    for (const [i, j] of pairs) this.schema(where, pointer, direction, beforeList[i], afterList[j]);
  }
}

/** The breaking changes from `released` to `current`: empty when `current` is compatible. */
export function findBreakingChanges(released: unknown, current: unknown): BreakingChange[] {
  if (!isObject(released) || !isObject(current)) throw new Error("both documents must be OpenAPI objects");
  const changes = new Differ(released, current).run();
  // One change reached through several operations (a shared schema) is listed once per operation; drop exact repeats.
  const seen = new Set<string>();
  return changes.filter((change) => {
    const id = `${change.rule}|${change.location}|${change.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
