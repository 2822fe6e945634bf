import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { bundledSpecPaths } from "../src/index.js";
import { operations, spec } from "./support/spec.js";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

describe("the bundled spec", () => {
  it("is OpenAPI 3.1 with the operations of the DeepSeek API: chat, FIM, models, balance, Responses, Files, Anthropic", () => {
    expect((spec as unknown as { openapi: string }).openapi).toBe("3.1.0");
    const found = operations().map(
      ({ method, path, operation }) => `${method.toUpperCase()} ${path} ${operation.operationId}`,
    );
    expect(found.sort()).toEqual(
      [
        "GET /models listModels",
        "GET /user/balance getUserBalance",
        "POST /chat/completions createChatCompletion",
        "POST /completions createCompletion",
        "POST /responses createResponse",
        "POST /files uploadFile",
        "GET /files listFiles",
        "GET /files/{file_id} retrieveFile",
        "DELETE /files/{file_id} deleteFile",
        "POST /v1/messages createMessage",
        "POST /v1/files uploadAnthropicFile",
        "GET /v1/files listAnthropicFiles",
        "GET /v1/files/{file_id} retrieveAnthropicFile",
        "DELETE /v1/files/{file_id} deleteAnthropicFile",
      ].sort(),
    );
  });

  it("names the request, response, chunk, stream event, file, usage, logprobs and error schemas as components", () => {
    const names = Object.keys(spec.components.schemas);
    for (const name of [
      "ChatCompletionRequest",
      "ChatMessage",
      "SystemMessage",
      "UserMessage",
      "AssistantMessage",
      "ToolMessage",
      "ChatCompletion",
      "ChatCompletionChunk",
      "Usage",
      "Logprobs",
      "ErrorResponse",
      "CompletionRequest",
      "Completion",
      "ModelList",
      "UserBalance",
      "ResponseRequest",
      "ResponseObject",
      "ResponseInputItem",
      "ResponseOutputItem",
      "ResponseStreamEvent",
      "FileUploadRequest",
      "FileObject",
      "FileList",
      "FileDeleted",
      "AnthropicMessageRequest",
      "AnthropicMessage",
      "AnthropicStreamEvent",
      "AnthropicFileObject",
      "AnthropicFileList",
      "AnthropicFileDeleted",
    ]) {
      expect(names).toContain(name);
    }
  });

  it("has the same content in its YAML and JSON forms", () => {
    const yaml = parse(readFileSync(bundledSpecPaths.yaml, "utf8"));
    const json = JSON.parse(readFileSync(bundledSpecPaths.json, "utf8"));
    expect(yaml).toEqual(json);
  });

  it("describes each event stream's items by a $ref to a component schema, not a second inline copy", () => {
    const itemSchemas = operations().flatMap(({ operation }) =>
      Object.values(operation.responses).flatMap((response) =>
        Object.entries(response.content ?? {})
          .filter(([mediaType]) => mediaType === "text/event-stream")
          .map(([, media]) => (media as { "x-itemSchema"?: unknown })["x-itemSchema"]),
      ),
    );
    expect(itemSchemas).toEqual([
      { $ref: "#/components/schemas/ChatCompletionChunk" },
      { $ref: "#/components/schemas/CompletionChunk" },
      { $ref: "#/components/schemas/ResponseStreamEvent" },
      { $ref: "#/components/schemas/AnthropicStreamEvent" },
    ]);
  });

  it("names each stream event of the Responses and Anthropic formats as a component, discriminated by type", () => {
    const schemas = spec.components.schemas as Record<
      string,
      {
        oneOf?: { $ref: string }[];
        discriminator?: { propertyName: string; mapping: Record<string, string> };
      }
    >;
    for (const union of ["ResponseStreamEvent", "AnthropicStreamEvent"]) {
      const { oneOf = [], discriminator } = schemas[union] ?? {};
      expect(discriminator?.propertyName).toBe("type");
      expect(Object.values(discriminator?.mapping ?? {}).sort()).toEqual(oneOf.map((v) => v.$ref).sort());
      for (const { $ref } of oneOf) expect($ref).toMatch(/^#\/components\/schemas\/\w+Event$/);
    }
    expect(Object.keys(schemas.ResponseStreamEvent?.discriminator?.mapping ?? {})).toHaveLength(17);
    expect(Object.keys(schemas.AnthropicStreamEvent?.discriminator?.mapping ?? {}).sort()).toEqual(
      [
        "message_start",
        "content_block_start",
        "content_block_delta",
        "content_block_stop",
        "message_delta",
        "message_stop",
        "ping",
        "error",
      ].sort(),
    );
  });

  it("declares every documented error status on every POST operation (chat, FIM, Responses, uploads, Anthropic Messages)", () => {
    for (const { operation } of operations().filter(({ method }) => method === "post")) {
      expect(Object.keys(operation.responses).sort()).toEqual([
        "200",
        "400",
        "401",
        "402",
        "422",
        "429",
        "500",
        "503",
      ]);
    }
  });

  it("passes `redocly lint` with the stricter rules: 0 errors, 0 warnings", () => {
    const output = execFileSync("pnpm", ["exec", "redocly", "lint", "--format=json"], {
      cwd: repoRoot,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    const report = JSON.parse(output.slice(output.indexOf("{")));
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });
});
