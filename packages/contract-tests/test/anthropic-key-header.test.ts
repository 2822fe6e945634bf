import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { loadBundledSpec } from "@deepseek-openapi/spec";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { send } from "../src/http.js";
import { operationKeyHeader, operationRequest } from "../src/operations.js";
import { localTarget } from "./helpers/target.js";

const seen: IncomingHttpHeaders[] = [];
const server = createServer((request, response) => {
  seen.push(request.headers);
  response.writeHead(200, { "content-type": "application/json" }).end("{}");
});
let baseUrl = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const anthropicKeyHeader = String(operationKeyHeader("createMessage")?.name);

describe("the key sent to the Anthropic format", () => {
  it("is the header of the spec's apiKey scheme that createMessage names", () => {
    const { securitySchemes } = (
      loadBundledSpec() as unknown as { components: { securitySchemes: Record<string, { name?: string }> } }
    ).components;
    expect(operationKeyHeader("createMessage")).toEqual({
      name: securitySchemes.anthropicApiKey?.name,
      bearer: false,
    });
  });

  it("goes in that header, with no Authorization; other requests send a bearer token", async () => {
    const target = localTarget(baseUrl);
    await send(target, operationRequest("createMessage", { body: {} }));
    await send(target, { method: "GET", path: "/models" });
    const [anthropic, chat] = seen;
    expect(anthropic?.[anthropicKeyHeader]).toBe(target.apiKey);
    expect(anthropic?.authorization).toBeUndefined();
    expect(chat?.authorization).toBe(`Bearer ${target.apiKey}`);
    expect(chat?.[anthropicKeyHeader]).toBeUndefined();
  });
});
