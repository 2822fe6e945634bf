import { describe, expect, it } from "vitest";
import {
  betaBaseUrlFor,
  betaServersByOrigin,
  componentExample,
  fillPath,
  findOperation,
  followRef,
  httpMethods,
  keyHeader,
  listBetaFields,
  listExamples,
  listOperations,
  listProviders,
  operationParameters,
  operationServer,
  resolveRef,
  serverUrl,
  unescapePointer,
  valueAtPointer,
} from "../src/document.js";
import { spec } from "./support/spec.js";

/** A small document with one of everything the model reads. */
const document = {
  servers: [
    { url: "https://api.example.com/v1", description: "Example", "x-provider-id": "example" },
    { url: "https://other.example.org", "x-provider-id": "other" },
    {
      url: "{baseUrl}",
      "x-provider-id": "custom",
      variables: { baseUrl: { default: "http://127.0.0.1:4010/" } },
    },
    { url: "https://unnamed.example.net" },
  ],
  paths: {
    "/a/{id}": {
      servers: [{ url: "https://api.example.com/path-beta" }],
      get: {
        operationId: "getA",
        responses: {
          "200": { $ref: "#/components/responses/Streamed" },
          "404": { content: { "application/json": {} } },
        },
      },
      trace: { responses: {} },
      parameters: [],
      summary: "not an operation",
    },
    "/b": {
      post: {
        operationId: "postB",
        servers: [{ url: "https://api.example.com/beta", "x-beta": true }],
        requestBody: { $ref: "#/components/requestBodies/B" },
        responses: {
          "200": {
            content: { "application/json": { examples: { ok: { $ref: "#/components/examples/ok" } } } },
          },
        },
      },
    },
  },
  components: {
    responses: {
      Streamed: { content: { "application/json": {}, "text/event-stream": {} } },
    },
    requestBodies: {
      B: {
        content: {
          "application/json": {
            examples: { first: { value: { n: 1 } }, second: { $ref: "#/components/examples/ok" } },
          },
          "text/plain": {},
        },
      },
    },
    examples: { ok: { $ref: "#/components/examples/real" }, real: { value: { ok: true } } },
    schemas: {
      "a/b": { const: 1 },
      "c~d": { const: 2 },
      Message: {
        type: "object",
        properties: { text: { type: "string" }, prefix: { type: "boolean", "x-beta": true } },
      },
      Tool: { type: "object", properties: { strict: { type: "boolean", "x-beta": "yes" } } },
    },
  },
};

describe("JSON pointers and $ref", () => {
  it("unescapes ~1 before ~0, so ~01 stays a literal ~1", () => {
    expect(unescapePointer("a~1b")).toBe("a/b");
    expect(unescapePointer("c~0d")).toBe("c~d");
    expect(unescapePointer("~01")).toBe("~1");
  });

  it("reads the value at a pointer, with or without #, and undefined where there is none", () => {
    expect(valueAtPointer(document, "#/components/schemas/a~1b")).toEqual({ const: 1 });
    expect(valueAtPointer(document, "/components/schemas/c~0d/const")).toBe(2);
    expect(valueAtPointer(document, "")).toBe(document);
    expect(valueAtPointer(document, "/components/nothing/here")).toBeUndefined();
  });

  it("follows a chain of refs to its node and names the last ref followed", () => {
    expect(followRef(document, { $ref: "#/components/examples/ok" })).toEqual({
      node: { value: { ok: true } },
      ref: "#/components/examples/real",
    });
    expect(followRef(document, { value: 1 })).toEqual({ node: { value: 1 } });
    expect(resolveRef(document, undefined)).toBeUndefined();
  });

  it("refuses a ref that is not local, does not resolve, or loops", () => {
    expect(() => resolveRef(document, { $ref: "other.yaml#/x" })).toThrow(
      new Error("only local $refs are supported in a bundled spec, found other.yaml#/x"),
    );
    expect(() => resolveRef(document, { $ref: "#/components/schemas/Usage" })).toThrow(
      new Error("unresolved $ref #/components/schemas/Usage"),
    );
    const loop = { components: { a: { $ref: "#/components/b" }, b: { $ref: "#/components/a" } } };
    expect(() => resolveRef(loop, { $ref: "#/components/a" })).toThrow(
      /^\$ref chain too deep at #\/components\/[ab]$/,
    );
  });
});

describe("operations", () => {
  it("lists every operation in the document's order, with its media types and whether it streams", () => {
    const listed = listOperations(document).map(({ operation, pathItem, ...rest }) => rest);
    expect(listed).toEqual([
      {
        path: "/a/{id}",
        method: "get",
        operationId: "getA",
        requestMediaTypes: [],
        responseMediaTypes: ["application/json", "text/event-stream"],
        streams: true,
      },
      {
        path: "/a/{id}",
        method: "trace",
        operationId: undefined,
        requestMediaTypes: [],
        responseMediaTypes: [],
        streams: false,
      },
      {
        path: "/b",
        method: "post",
        operationId: "postB",
        requestMediaTypes: ["application/json", "text/plain"],
        responseMediaTypes: ["application/json"],
        streams: false,
      },
    ]);
  });

  it("knows the eight methods of an OpenAPI 3.1 path item", () => {
    expect([...httpMethods]).toEqual(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);
  });

  it("finds an operation by operationId, and names the known ones when it cannot", () => {
    expect(findOperation(document, "postB").path).toBe("/b");
    expect(() => findOperation(document, "getB")).toThrow(
      new Error('no operation "getB" in the spec (known: getA, postB)'),
    );
  });

  it("calls an operation on its most specific server: operation, then path item, then document", () => {
    const [getA, trace, postB] = listOperations(document);
    expect(getA && operationServer(document, getA).url).toBe("https://api.example.com/path-beta");
    expect(trace && operationServer(document, trace).url).toBe("https://api.example.com/path-beta");
    expect(postB && operationServer(document, postB).url).toBe("https://api.example.com/beta");
    expect(() => operationServer({}, { operation: {}, pathItem: {} })).toThrow(
      new Error("the spec names no server"),
    );
  });

  it("lists the streaming operations of the real spec: chat, FIM, Responses and Anthropic Messages", () => {
    expect(
      listOperations(spec)
        .filter((op) => op.streams)
        .map((op) => op.operationId),
    ).toEqual(["createChatCompletion", "createCompletion", "createResponse", "createMessage"]);
  });
});

describe("examples", () => {
  it("lists every named example with where it stands, refs resolved", () => {
    const where = listExamples(document).map((e) => [
      e.operationId,
      e.where,
      e.status,
      e.mediaType,
      e.name,
      e.value,
    ]);
    expect(where).toEqual([
      ["postB", "request", undefined, "application/json", "first", { n: 1 }],
      ["postB", "request", undefined, "application/json", "second", { ok: true }],
      ["postB", "response", 200, "application/json", "ok", { ok: true }],
    ]);
    expect(listExamples(document)[0]).not.toHaveProperty("status");
  });

  it("reads a component example by name, and refuses an unknown one", () => {
    expect(componentExample(document, "ok")).toEqual({ ok: true });
    expect(() => componentExample(document, "nope")).toThrow(
      new Error('no example "nope" under components.examples'),
    );
  });
});

describe("providers and the beta rule", () => {
  it("fills a server's variables with their defaults, without a trailing slash, and refuses one without a default", () => {
    expect(
      serverUrl({ url: "{baseUrl}", variables: { baseUrl: { default: "http://127.0.0.1:4010/" } } }),
    ).toBe("http://127.0.0.1:4010");
    expect(() => serverUrl({ url: "https://{region}.example.com" })).toThrow(
      new Error("server variable region of https://{region}.example.com has no default"),
    );
  });

  it("lists the servers with an x-provider-id; a templated one has no base URL of its own", () => {
    const providers = listProviders(document).map((p) => [p.id, p.description, p.baseUrl, p.betaBaseUrl]);
    expect(providers).toEqual([
      ["example", "Example", "https://api.example.com/v1", "https://api.example.com/beta"],
      ["other", "other", "https://other.example.org", "https://other.example.org"],
      ["custom", "custom", null, null],
    ]);
    expect(Object.keys(listProviders(document)[0] ?? {}).sort()).toEqual([
      "baseUrl",
      "betaBaseUrl",
      "description",
      "id",
    ]);
  });

  it("sends beta features from a base URL on a beta server's origin to that server, and keeps any other", () => {
    // The path-level server of /a/{id} comes first but has no x-beta: a server of its own is not a beta server.
    expect(betaServersByOrigin(document)).toEqual({
      "https://api.example.com": "https://api.example.com/beta",
    });
    expect(betaBaseUrlFor(document, "https://api.example.com/anything")).toBe("https://api.example.com/beta");
    expect(betaBaseUrlFor(document, "https://other.example.org/v1")).toBe("https://other.example.org/v1");
    expect(betaBaseUrlFor(document, "not a url")).toBe("not a url");
  });

  it("gives an operation's parameters: the path item's first, its own replacing one of the same name and in", () => {
    const path = { name: "id", in: "path", required: true, example: "a b" };
    const doc = {
      components: { parameters: { Trace: { name: "trace", in: "header", example: "t" } } },
      paths: {
        "/x/{id}": {
          parameters: [
            path,
            { name: "v", in: "query", example: 1 },
            { $ref: "#/components/parameters/Trace" },
          ],
          get: {
            operationId: "getX",
            parameters: [
              { name: "v", in: "query", example: 2 },
              { name: "v", in: "header" },
            ],
          },
          post: { operationId: "postX" },
        },
      },
    };
    expect(operationParameters(doc, findOperation(doc, "getX"))).toEqual([
      path,
      { name: "v", in: "query", example: 2 },
      { name: "trace", in: "header", example: "t" },
      { name: "v", in: "header" },
    ]);
    expect(operationParameters(doc, findOperation(doc, "postX")).map((p) => p.name)).toEqual([
      "id",
      "v",
      "trace",
    ]);
    expect(fillPath(findOperation(doc, "getX"), { id: "a b/c" })).toBe("/x/a%20b%2Fc");
    expect(fillPath(findOperation(doc, "getX"), { id: 7 })).toBe("/x/7");
    expect(() => fillPath(findOperation(doc, "getX"), { other: "1" })).toThrow(
      new Error("getX: no value for the path parameter id"),
    );
    expect(() => fillPath({ ...findOperation(doc, "postX"), operationId: undefined }, {})).toThrow(
      new Error("POST /x/{id}: no value for the path parameter id"),
    );
  });

  it("finds the header that carries the key: the operation's requirements first, else the document's", () => {
    const doc = {
      security: [{ bearer: [] }],
      components: {
        securitySchemes: {
          bearer: { type: "http", scheme: "Bearer" },
          basic: { type: "http", scheme: "basic" },
          cookie: { type: "apiKey", in: "cookie", name: "k" },
          header: { type: "apiKey", in: "header", name: "x-api-key" },
          shared: { $ref: "#/components/securitySchemes/header" },
        },
      },
      paths: {
        "/a": {
          get: { operationId: "inherits" },
          put: { operationId: "ownKey", security: [{ basic: [] }, { cookie: [] }, { shared: [] }] },
          post: { operationId: "open", security: [] },
          patch: { operationId: "unknownScheme", security: [{ missing: [] }, { bearer: [] }] },
        },
      },
    };
    const header = (operationId: string) => keyHeader(doc, findOperation(doc, operationId));
    expect(header("inherits")).toEqual({ name: "Authorization", bearer: true });
    expect(header("ownKey")).toEqual({ name: "x-api-key", bearer: false });
    expect(header("open")).toBeUndefined();
    expect(header("unknownScheme")).toEqual({ name: "Authorization", bearer: true });
    expect(keyHeader(spec, findOperation(spec, "createMessage"))).toEqual({
      name: "x-api-key",
      bearer: false,
    });
    expect(keyHeader(spec, findOperation(spec, "createChatCompletion"))).toEqual({
      name: "Authorization",
      bearer: true,
    });
  });

  it("lists the properties marked x-beta: true as beta fields, by schema", () => {
    expect(listBetaFields(document)).toEqual([{ schema: "Message", property: "prefix" }]);
    expect(listBetaFields({})).toEqual([]);
  });

  it("in the real spec: chat prefix completion and strict tools are the beta fields", () => {
    expect(listBetaFields(spec)).toEqual([
      { schema: "AssistantMessage", property: "prefix" },
      { schema: "FunctionDefinition", property: "strict" },
    ]);
  });

  it("in the real spec: only FIM's server is marked x-beta, whatever comes first in the document", () => {
    const marked = listOperations(spec).flatMap(({ operationId, operation, pathItem }) =>
      [...(operation.servers ?? []), ...(pathItem.servers ?? [])]
        .filter((server: { "x-beta"?: boolean }) => server["x-beta"] === true)
        .map(() => operationId),
    );
    expect(marked).toEqual(["createCompletion"]);
    const reordered = { ...spec, paths: Object.fromEntries(Object.entries(spec.paths).reverse()) };
    expect(betaServersByOrigin(reordered)).toEqual(betaServersByOrigin(spec));
  });

  it("in the real spec: DeepSeek's servers send beta features to the server FIM names", () => {
    const fim = findOperation(spec, "createCompletion");
    const beta = serverUrl(operationServer(spec, fim));
    const byId = Object.fromEntries(listProviders(spec).map((p) => [p.id, p]));
    expect(byId.deepseek?.betaBaseUrl).toBe(beta);
    expect(byId["deepseek-v1"]?.betaBaseUrl).toBe(beta);
    expect(byId.ppapi?.betaBaseUrl).toBe(byId.ppapi?.baseUrl);
    expect(byId.custom?.baseUrl).toBeNull();
  });
});
