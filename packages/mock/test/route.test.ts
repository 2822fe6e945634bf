// Which operation a request is for: the mock's rules, validation and exchange log all start from it.
import { describe, expect, it } from "vitest";
import { loadPrism } from "../src/prism.js";
import { operationFor } from "../src/route.js";

const { operations } = await loadPrism();
const idOf = (method: string, path: string) => operationFor(operations, method, path)?.iid;

describe("operationFor", () => {
  it("matches a path parameter to one segment of the request's path", () => {
    expect(idOf("get", "/files/file-abc")).toBe("retrieveFile");
    expect(idOf("delete", "/v1/files/file_01")).toBe("deleteAnthropicFile");
    expect(idOf("get", "/v1/files/a.b+c")).toBe("retrieveAnthropicFile");
  });

  it("matches a path without parameters exactly, and by method", () => {
    expect(idOf("get", "/files")).toBe("listFiles");
    expect(idOf("post", "/files")).toBe("uploadFile");
    expect(idOf("get", "/v1/files")).toBe("listAnthropicFiles");
  });

  it("finds nothing for a longer, shorter or unknown path, or another method", () => {
    expect(idOf("get", "/files/a/b")).toBeUndefined();
    expect(idOf("get", "/files/")).toBeUndefined();
    expect(idOf("get", "/file")).toBeUndefined();
    expect(idOf("put", "/files/file-abc")).toBeUndefined();
  });

  it("prefers the literal path to a template that also matches it", () => {
    const template = {
      ...operations.find((o) => o.iid === "retrieveFile"),
      iid: "byTemplate",
      path: "/models/{id}",
    };
    const literal = operations.find((o) => o.iid === "listModels");
    expect(literal?.path).toBe("/models");
    const withLiteral = { ...literal, iid: "literal", path: "/models/latest" };
    for (const order of [
      [template, withLiteral],
      [withLiteral, template],
    ])
      expect(operationFor(order as typeof operations, "get", "/models/latest")?.iid).toBe("literal");
    expect(operationFor([template, withLiteral] as typeof operations, "get", "/models/x")?.iid).toBe(
      "byTemplate",
    );
  });
});
