import { loadBundledSpec } from "@deepseek-openapi/spec";
import { describe, expect, it } from "vitest";
import { operationLabel, operationPath, operationRequest } from "../src/operations.js";

// A request addressed by its operationId takes its method, path, server and required headers from the spec.

const { parameters } = loadBundledSpec().components as unknown as {
  parameters: Record<string, { name: string; example: string }>;
};
const beta = parameters.AnthropicBetaFiles as { name: string; example: string };
const { securitySchemes } = loadBundledSpec().components as unknown as {
  securitySchemes: Record<string, { name: string }>;
};
const anthropicKey = { name: securitySchemes.anthropicApiKey?.name, bearer: false };
const bearerKey = { name: "Authorization", bearer: true };

describe("operationRequest", () => {
  it.each([
    ["uploadAnthropicFile", "POST", "/v1/files"],
    ["listAnthropicFiles", "GET", "/v1/files"],
    ["retrieveAnthropicFile", "GET", "/v1/files/file%2F1%20x"],
    ["deleteAnthropicFile", "DELETE", "/v1/files/file%2F1%20x"],
  ])(
    "%s: %s %s on the Anthropic server, with the spec's key and beta headers",
    (operationId, method, path) => {
      expect(operationRequest(operationId, { pathParams: { file_id: "file/1 x" } })).toEqual({
        operationId,
        method,
        path,
        anthropic: true,
        keyHeader: anthropicKey,
        headers: { [beta.name]: beta.example },
      });
    },
  );

  it("sends FIM to the beta server, the Files to the API's own, and adds no header that is not required", () => {
    expect(operationRequest("createCompletion")).toEqual({
      operationId: "createCompletion",
      method: "POST",
      path: "/completions",
      beta: true,
      keyHeader: bearerKey,
      headers: {},
    });
    expect(operationRequest("retrieveFile", { pathParams: { file_id: "f" } })).toEqual({
      operationId: "retrieveFile",
      method: "GET",
      path: "/files/f",
      keyHeader: bearerKey,
      headers: {},
    });
    expect(operationRequest("createMessage")).toMatchObject({
      anthropic: true,
      keyHeader: anthropicKey,
      headers: {},
    });
  });

  it("sends a beta feature of the chat operation (prefix completion) to the beta server, and only when asked", () => {
    expect(operationRequest("createChatCompletion", { betaFeature: true })).toEqual({
      operationId: "createChatCompletion",
      method: "POST",
      path: "/chat/completions",
      beta: true,
      keyHeader: bearerKey,
      headers: {},
    });
    expect(operationRequest("createChatCompletion")).not.toHaveProperty("beta");
  });

  it("names an operation by its method and the spec's path, parameters as {name}", () => {
    expect(operationLabel("retrieveAnthropicFile")).toBe("GET /v1/files/{file_id}");
    expect(operationPath("getUserBalance")).toBe("/user/balance");
    expect(() => operationLabel("getBalance")).toThrow(/^no operation "getBalance" in the spec/);
  });

  it("keeps what the call says: its fields, and its headers over the spec's", () => {
    const request = operationRequest("listAnthropicFiles", {
      mockExample: "anthropic-file-list",
      auth: "none",
      headers: { [beta.name]: "other-beta", "x-extra": "1" },
    });
    expect(request).toMatchObject({
      mockExample: "anthropic-file-list",
      auth: "none",
      headers: { [beta.name]: "other-beta", "x-extra": "1" },
    });
  });

  it("refuses a path parameter without a value, and an operation the spec does not have, by name", () => {
    expect(() => operationRequest("deleteAnthropicFile")).toThrow(
      /^deleteAnthropicFile: no value for the path parameter file_id$/,
    );
    expect(() => operationRequest("uploadAnthropicFiles")).toThrow(
      /^no operation "uploadAnthropicFiles" in the spec \(known: .*uploadAnthropicFile,/,
    );
  });
});
