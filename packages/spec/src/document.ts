// The one model of a bundled OpenAPI 3.1 document that every package reads it through: its operations, `$ref`
// resolution, examples, and the providers of `servers` with their beta server. Pure data, no Node built-ins.
// Hand-written, not @redocly/openapi-core's resolver: a bundled document holds only local refs, and that resolver is
// asynchronous and file-based (docs/decisions/release-plumbing-libraries.md).

// biome-ignore lint/suspicious/noExplicitAny: a node of an OpenAPI document, read generically.
type Node = any;

/** The fields of a path item that hold an operation (OpenAPI 3.1). */
export const httpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type HttpMethod = (typeof httpMethods)[number];

export interface OpenApiServer {
  url: string;
  description?: string;
  variables?: Record<string, { default: string; description?: string }>;
  "x-provider-id"?: string;
  /** Marks the server where its origin serves beta features ({@link betaServersByOrigin}). */
  "x-beta"?: boolean;
}

export interface ListedOperation {
  path: string;
  /** Lower case, as in the document. */
  method: HttpMethod;
  operationId: string | undefined;
  operation: Node;
  pathItem: Node;
  /** The media types of the request body, in the document's order. */
  requestMediaTypes: string[];
  /** Every media type of every response, in the document's order, once each. */
  responseMediaTypes: string[];
  /** Whether a response can be an event stream (`text/event-stream`). */
  streams: boolean;
}

/** Undoes a JSON pointer segment's escapes (`~1` is `/`, `~0` is `~`, in that order: RFC 6901). */
export function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** The value at a JSON pointer (`/a/b`, or the fragment `#/a/b`), or undefined where there is none. */
export function valueAtPointer(value: unknown, pointer: string): unknown {
  let current: unknown = value;
  const path = pointer.startsWith("#") ? pointer.slice(1) : pointer;
  if (path === "") return current;
  for (const segment of path.split("/").slice(1).map(unescapePointer)) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/**
 * Follows a chain of local `$ref`s (`#/components/...`, the only kind a bundled document holds) to the node it
 * names, with the last ref followed. A ref that is not local, does not resolve or loops is an error.
 */
export function followRef(document: unknown, node: unknown): { node: Node; ref?: string } {
  let current: Node = node;
  let ref: string | undefined;
  for (let depth = 0; isRef(current); depth++) {
    if (depth > 32) throw new Error(`$ref chain too deep at ${current.$ref}`);
    ref = current.$ref as string;
    if (!ref.startsWith("#/"))
      throw new Error(`only local $refs are supported in a bundled spec, found ${ref}`);
    current = valueAtPointer(document, ref);
    if (current === undefined) throw new Error(`unresolved $ref ${ref}`);
  }
  return ref === undefined ? { node: current } : { node: current, ref };
}

/** The node a `$ref` names (the node itself when it is not one); see {@link followRef}. */
export function resolveRef<T = Node>(document: unknown, node: unknown): T {
  return followRef(document, node).node as T;
}

function isRef(node: unknown): node is { $ref: string } {
  return typeof node === "object" && node !== null && typeof (node as { $ref?: unknown }).$ref === "string";
}

/** Every operation of a document, in the document's order. */
export function listOperations(document: Node): ListedOperation[] {
  return Object.entries<Node>(document.paths ?? {}).flatMap(([path, pathItem]) =>
    httpMethods
      .filter((method) => pathItem?.[method])
      .map((method) => {
        const operation = pathItem[method];
        const responses = Object.values<Node>(operation.responses ?? {}).map((response) =>
          resolveRef(document, response),
        );
        const responseMediaTypes = [
          ...new Set(responses.flatMap((response) => Object.keys(response?.content ?? {}))),
        ];
        return {
          path,
          method,
          operationId: operation.operationId as string | undefined,
          operation,
          pathItem,
          requestMediaTypes: Object.keys(resolveRef(document, operation.requestBody)?.content ?? {}),
          responseMediaTypes,
          streams: responseMediaTypes.includes("text/event-stream"),
        };
      }),
  );
}

/** The operation with this operationId; an unknown one is an error that names the known ones. */
export function findOperation(document: Node, operationId: string): ListedOperation {
  const operations = listOperations(document);
  const found = operations.find((op) => op.operationId === operationId);
  if (!found)
    throw new Error(
      `no operation "${operationId}" in the spec (known: ${operations.flatMap((op) => op.operationId ?? []).join(", ")})`,
    );
  return found;
}

/** A parameter of an operation, as the document writes it (resolved). */
export interface OperationParameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  example?: unknown;
  schema?: Node;
  [key: string]: unknown;
}

/**
 * An operation's parameters: its path item's and its own, resolved; one of its own replaces the path item's of the
 * same `name` and `in` (OpenAPI's rule), in the path item's place.
 */
export function operationParameters(
  document: Node,
  op: Pick<ListedOperation, "operation" | "pathItem">,
): OperationParameter[] {
  const resolved = (list: unknown) =>
    (Array.isArray(list) ? list : []).map((parameter) => resolveRef<OperationParameter>(document, parameter));
  const key = (parameter: OperationParameter) => `${parameter.in} ${parameter.name}`;
  const own = resolved(op.operation.parameters);
  const inherited = resolved(op.pathItem.parameters).map(
    (parameter) => own.find((mine) => key(mine) === key(parameter)) ?? parameter,
  );
  const inheritedKeys = new Set(inherited.map(key));
  return [...inherited, ...own.filter((parameter) => !inheritedKeys.has(key(parameter)))];
}

/**
 * The operation's path with each `{name}` replaced by `values[name]`, URL-encoded; a parameter without a value is an
 * error naming the operation and the parameter.
 */
export function fillPath(op: ListedOperation, values: Readonly<Record<string, unknown>>): string {
  return op.path.replace(/\{([^}]+)\}/g, (_placeholder, name: string) => {
    const value = values[name];
    if (value === undefined || value === null)
      throw new Error(
        `${op.operationId ?? `${op.method.toUpperCase()} ${op.path}`}: no value for the path parameter ${name}`,
      );
    return encodeURIComponent(String(value));
  });
}

/** How an operation sends the API key: in `Authorization` as a bearer token, or in a header of its own. */
export interface KeyHeader {
  name: string;
  bearer: boolean;
}

/**
 * The header that carries the API key for an operation: its first security requirement (else the document's) whose
 * scheme sends the key in a header, an `http` bearer scheme (`Authorization: Bearer …`) or an `apiKey` scheme in a
 * header (such as `x-api-key`). `undefined` when the operation needs no key.
 */
export function keyHeader(document: Node, op: ListedOperation): KeyHeader | undefined {
  const requirements: Node[] = op.operation.security ?? document.security ?? [];
  for (const name of requirements.flatMap((requirement) => Object.keys(requirement))) {
    const scheme = resolveRef<Node | undefined>(document, document.components?.securitySchemes?.[name]);
    if (scheme?.type === "http" && String(scheme.scheme).toLowerCase() === "bearer")
      return { name: "Authorization", bearer: true };
    if (scheme?.type === "apiKey" && scheme.in === "header" && typeof scheme.name === "string")
      return { name: scheme.name, bearer: false };
  }
  return undefined;
}

export interface NamedExample {
  operationId: string;
  where: "request" | "response";
  /** The response status, for a response example. */
  status?: number;
  mediaType: string;
  name: string;
  value: unknown;
}

/** Every named example (`examples`) of every request body and response, with where it stands, refs resolved. */
export function listExamples(document: Node): NamedExample[] {
  const found: NamedExample[] = [];
  const add = (base: Omit<NamedExample, "mediaType" | "name" | "value">, content: Node) => {
    for (const [mediaType, media] of Object.entries<Node>(content ?? {})) {
      for (const [name, example] of Object.entries<Node>(media.examples ?? {}))
        found.push({ ...base, mediaType, name, value: resolveRef(document, example)?.value });
    }
  };
  for (const { operationId, operation } of listOperations(document)) {
    const id = operationId ?? "";
    add({ operationId: id, where: "request" }, resolveRef(document, operation.requestBody)?.content);
    for (const [status, response] of Object.entries<Node>(operation.responses ?? {}))
      add(
        { operationId: id, where: "response", status: Number(status) },
        resolveRef(document, response).content,
      );
  }
  return found;
}

/** The value of a named example under `components.examples`; an unknown name is an error. */
export function componentExample<T = unknown>(document: Node, name: string): T {
  const example = document.components?.examples?.[name];
  if (!example) throw new Error(`no example "${name}" under components.examples`);
  return resolveRef(document, example).value as T;
}

/** A server's URL with its variables at their defaults, without a trailing slash. */
export function serverUrl(server: OpenApiServer): string {
  const filled = server.url.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = server.variables?.[name]?.default;
    if (value === undefined) throw new Error(`server variable ${name} of ${server.url} has no default`);
    return value;
  });
  return filled.replace(/\/+$/, "");
}

/** The server an operation is called on: the most specific `servers` (operation, path item, document). */
export function operationServer(
  document: Node,
  { operation, pathItem }: Pick<ListedOperation, "operation" | "pathItem">,
): OpenApiServer {
  const server = operation.servers?.[0] ?? pathItem.servers?.[0] ?? document.servers?.[0];
  if (!server) throw new Error("the spec names no server");
  return server;
}

export interface Provider {
  /** The server's `x-provider-id`. */
  id: string;
  description: string;
  /** The base URL; `null` when it is templated (`{baseUrl}`): the caller gives its own. */
  baseUrl: string | null;
  /** Where it serves beta features (see {@link betaBaseUrlFor}); `null` with `baseUrl`. */
  betaBaseUrl: string | null;
}

/**
 * The beta servers: the servers that operations or path items name for themselves with `x-beta: true` (FIM's), by
 * origin. The one beta rule: a base URL on the origin of a beta server sends beta features (FIM, chat prefix
 * completion, strict tools) to that beta server; any other base URL serves them itself. (Other servers of their own,
 * such as the Responses, Files and Anthropic ones, are not beta servers.)
 */
export function betaServersByOrigin(document: Node): Record<string, string> {
  const byOrigin: Record<string, string> = {};
  for (const { operation, pathItem } of listOperations(document)) {
    for (const server of [...(operation.servers ?? []), ...(pathItem.servers ?? [])] as OpenApiServer[]) {
      if (server["x-beta"] !== true || server.url.includes("{")) continue;
      const origin = new URL(server.url).origin;
      byOrigin[origin] ??= serverUrl(server);
    }
  }
  return byOrigin;
}

/**
 * The request fields that are beta features (`x-beta: true` on a property of a component schema, such as
 * AssistantMessage's `prefix`): a request that uses one must go to the beta server ({@link betaBaseUrlFor}).
 */
export function listBetaFields(document: Node): { schema: string; property: string }[] {
  return Object.entries<Node>(document.components?.schemas ?? {}).flatMap(([schema, node]) =>
    Object.entries<Node>(node?.properties ?? {})
      .filter(([, property]) => property?.["x-beta"] === true)
      .map(([property]) => ({ schema, property })),
  );
}

/** Where a base URL's beta features go, by {@link betaServersByOrigin}'s rule. */
export function betaBaseUrlFor(document: Node, baseUrl: string): string {
  let origin: string;
  try {
    origin = new URL(baseUrl).origin;
  } catch {
    return baseUrl;
  }
  return betaServersByOrigin(document)[origin] ?? baseUrl;
}

/** The providers: every server of the document with an `x-provider-id`, in order (the first is the default). */
export function listProviders(document: Node): Provider[] {
  const servers = (document.servers ?? []) as OpenApiServer[];
  return servers
    .filter((server) => typeof server["x-provider-id"] === "string")
    .map((server) => {
      const baseUrl = server.url.includes("{") ? null : serverUrl(server);
      return {
        id: server["x-provider-id"] as string,
        description: server.description ?? (server["x-provider-id"] as string),
        baseUrl,
        betaBaseUrl: baseUrl === null ? null : betaBaseUrlFor(document, baseUrl),
      };
    });
}
