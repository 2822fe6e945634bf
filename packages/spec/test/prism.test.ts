import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PrismMock, startPrismMock } from "../src/mock.js";
import { namedExamples, operations, requiredHeaders, validator } from "./support/spec.js";

const examples = namedExamples();
const bearer = { authorization: "Bearer sk-test-prism" };
let mock: PrismMock;

beforeAll(async () => {
  mock = await startPrismMock();
}, 90_000);
afterAll(async () => {
  await mock?.stop();
});

interface RequestExample {
  value: unknown;
  mediaType: string;
}

/** A form with the example's fields; a binary field (its example is a placeholder string) as a small PNG file. */
function formOf(fields: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (name === "file")
      form.append(
        name,
        new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: "image/png" }),
        "cat.png",
      );
    else form.append(name, String(value));
  }
  return form;
}

function call(
  path: string,
  method: string,
  init: { body?: RequestExample; headers?: Record<string, string> } = {},
) {
  const { body } = init;
  const multipart = body?.mediaType === "multipart/form-data";
  return fetch(`${mock.baseUrl}${path}`, {
    method: method.toUpperCase(),
    // fetch sets a multipart body's content-type itself, with its boundary.
    headers: {
      ...(body === undefined || multipart ? {} : { "content-type": body.mediaType }),
      ...init.headers,
    },
    body:
      body === undefined
        ? undefined
        : multipart
          ? formOf(body.value as Record<string, unknown>)
          : JSON.stringify(body.value),
  });
}

const responseExamples = (operationId: string, mediaType: string) =>
  examples.filter(
    (e) =>
      e.operationId === operationId &&
      e.where === "response" &&
      e.status === 200 &&
      e.mediaType === mediaType,
  );
const firstRequest = (operationId: string): RequestExample | undefined =>
  examples.find((e) => e.operationId === operationId && e.where === "request");

describe("the spec as a Prism mock", () => {
  for (const { method, path, operation } of operations()) {
    const id = operation.operationId;
    // Required headers (the Anthropic-style Files API's anthropic-beta), with their documented example values.
    const auth = { ...bearer, ...requiredHeaders(path, method) };

    it(`${id} answers with its first JSON example`, async () => {
      const response = await call(path, method, {
        body: firstRequest(id),
        headers: { ...auth, accept: "application/json" },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(await response.json()).toEqual(responseExamples(id, "application/json")[0]?.value);
    });

    for (const example of [
      ...responseExamples(id, "application/json"),
      ...responseExamples(id, "text/event-stream"),
    ]) {
      it(`${id} serves "${example.name}" when asked with Prefer: example=${example.name}`, async () => {
        const response = await call(path, method, {
          body: firstRequest(id),
          headers: { ...auth, accept: example.mediaType, prefer: `example=${example.name}` },
        });
        expect(response.status).toBe(200);
        expect(response.headers.get("content-type")).toMatch(new RegExp(`^${example.mediaType}`));
        const body = example.mediaType === "application/json" ? await response.json() : await response.text();
        expect(body).toEqual(example.value);
      });
    }

    it(`${id} answers a request without an API key with 401 and an ErrorResponse`, async () => {
      const response = await call(path, method, {
        body: firstRequest(id),
        headers: { ...requiredHeaders(path, method), accept: "application/json" },
      });
      expect(response.status).toBe(401);
      const result = validator.validateResponse(id, 401, "application/json", await response.json());
      expect(result.issues).toEqual([]);
    });
  }

  it("answers a streaming request with the SSE example", async () => {
    const stream = examples.find((e) => e.name === "streaming-request");
    const response = await call("/chat/completions", "post", {
      body: stream,
      headers: { ...bearer, accept: "text/event-stream" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(await response.text()).toBe(
      responseExamples("createChatCompletion", "text/event-stream")[0]?.value,
    );
  });

  it.each([
    [
      "temperature 3",
      { model: "deepseek-v4-flash", messages: [{ role: "user", content: "Hi" }], temperature: 3 },
    ],
    ["an unknown role", { model: "deepseek-v4-flash", messages: [{ role: "developer", content: "Hi" }] }],
    ["no messages", { model: "deepseek-v4-flash" }],
    [
      "stream_options without stream",
      {
        model: "deepseek-v4-flash",
        messages: [{ role: "user", content: "Hi" }],
        stream_options: { include_usage: true },
      },
    ],
  ])("answers an invalid body (%s) with 400 or 422 and an ErrorResponse", async (_, body) => {
    const response = await call("/chat/completions", "post", {
      body: { value: body, mediaType: "application/json" },
      headers: { ...bearer, accept: "application/json" },
    });
    expect([400, 422]).toContain(response.status);
    const result = validator.validateResponse(
      "createChatCompletion",
      response.status,
      "application/json",
      await response.json(),
    );
    expect(result.issues).toEqual([]);
  });

  it("answers seed 004's cURL sample, which sends no Authorization header, with 401", async () => {
    const seed004 = examples.find((e) => e.name === "seed-004-mydeepseekapi-request");
    const response = await call("/chat/completions", "post", { body: seed004 });
    expect(response.status).toBe(401);
  });
});
