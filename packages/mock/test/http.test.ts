// Raw HTTP, as curl and hand-written clients send it: negotiation by the body, every base path, errors at once,
// streams written event by event, and an abort the mock sees.
import { spawn } from "node:child_process";
import {
  fillPath,
  findOperation,
  loadBundledSpec,
  operationParameters,
  splitEventStream,
} from "@deepseek-openapi/spec";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { basePaths } from "../src/base-paths.js";
import { errorResponse } from "../src/error-response.js";
import { splitEvents } from "../src/event-stream.js";
import { type MockExchange, type RunningMock, startMock } from "../src/index.js";
import { auth, exampleValue, pngBytes, ruleExample, validator } from "./support/spec.js";

const paceMs = 40;
let mock: RunningMock;
const exchangeListeners: ((exchange: MockExchange) => void)[] = [];
beforeAll(async () => {
  mock = await startMock({
    pace: paceMs,
    onExchange: (exchange) => {
      for (const listener of exchangeListeners) listener(exchange);
    },
  });
});
afterAll(() => mock?.close());

const streamingRequest = exampleValue<Record<string, unknown>>("streaming-request");

function post(path: string, body: string, headers: Record<string, string> = {}, signal?: AbortSignal) {
  return fetch(`${mock.url}${path}`, {
    method: "POST",
    headers: { ...auth, "content-type": "application/json", ...headers },
    body,
    ...(signal ? { signal } : {}),
  });
}

/** A response body as the reads that delivered it. */
async function readChunks(response: globalThis.Response): Promise<string[]> {
  const chunks: string[] = [];
  const decoder = new TextDecoder();
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    chunks.push(decoder.decode(read.value));
  }
  return chunks;
}

/** Runs curl; resolves with what it wrote, chunk by chunk as it arrived. */
function curl(args: string[]): Promise<{ chunks: string[]; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn("curl", args, { stdio: ["ignore", "pipe", "inherit"] });
    const chunks: string[] = [];
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => chunks.push(chunk));
    child.once("error", reject);
    child.once("close", (code) => resolve({ chunks, code }));
  });
}

describe("the mock over raw HTTP", () => {
  it.each(basePaths(loadBundledSpec()))("answers under the base path %j", async (base) => {
    const response = await fetch(`${mock.url}${base}/models`, { headers: auth });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(exampleValue(ruleExample("listModels")));
  });

  it("answers a path under no base path of the spec with 404 and an ErrorResponse that lists what it serves", async () => {
    const response = await fetch(`${mock.url}/v2/models`, { headers: auth });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual(
      errorResponse(
        "No such endpoint: GET /v2/models. The mock serves POST /chat/completions, POST /completions, GET /models, GET /user/balance, POST /responses, POST /files, GET /files, GET /files/{file_id}, DELETE /files/{file_id}, POST /v1/messages, POST /v1/files, GET /v1/files, GET /v1/files/{file_id}, DELETE /v1/files/{file_id}, under /anthropic, /beta, /v1, /.",
      ),
    );
  });

  it("streams the docs' curl -N sample (no Accept header), event by event, chunked", async () => {
    const { chunks, code } = await curl([
      "-sN",
      "-i",
      `${mock.url}/chat/completions`,
      "-H",
      `Authorization: ${auth.authorization}`,
      "-H",
      "Content-Type: application/json",
      "-d",
      JSON.stringify(streamingRequest),
    ]);
    expect(code).toBe(0);
    const output = chunks.join("");
    const [head = "", ...rest] = output.split("\r\n\r\n");
    expect(head).toMatch(/^content-type: text\/event-stream/im);
    expect(head).toMatch(/^transfer-encoding: chunked/im);
    expect(head).not.toMatch(/^content-length:/im);
    expect(rest.join("\r\n\r\n")).toBe(exampleValue("stream-text"));
    // Paced events arrive in separate reads, not as one body.
    expect(chunks.length).toBeGreaterThanOrEqual(4);
  });

  it("answers JSON (with its length) when the body does not ask for a stream, whatever Accept says", async () => {
    const { stream_options: _, ...notStreaming } = streamingRequest; // stream_options needs stream: true
    const response = await post("/chat/completions", JSON.stringify({ ...notStreaming, stream: false }), {
      accept: "text/event-stream",
    });
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const text = await response.text();
    expect(response.headers.get("content-length")).toBe(String(Buffer.byteLength(text)));
    expect(JSON.parse(text)).toEqual(exampleValue("basic-response"));
  });

  it("answers malformed JSON with a 400 ErrorResponse at once", async () => {
    const response = await post(
      "/chat/completions",
      '{"model": "deepseek-v4-flash", "messages": [',
      {},
      AbortSignal.timeout(1000),
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { message: string; param: unknown } };
    expect(validator.validateResponse("createChatCompletion", 400, "application/json", body).issues).toEqual(
      [],
    );
    expect(body.error.message).toMatch(/^Failed to parse the request body as JSON: \S/);
    expect(body.error.param).toBeNull();
  });

  it("answers a request without a key with 401 and the spec's ErrorResponse", async () => {
    const response = await fetch(`${mock.url}/user/balance`);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual(exampleValue("error-401-authentication-fails"));
  });

  it("answers an invalid body with 422 and an ErrorResponse naming each field", async () => {
    const body = {
      model: "deepseek-v4-flash",
      messages: [{ role: "developer", content: "Hi" }],
      temperature: 3,
    };
    const response = await post("/chat/completions", JSON.stringify(body));
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const answer = await response.json();
    expect(
      validator.validateResponse("createChatCompletion", 422, "application/json", answer).issues,
    ).toEqual([]);
    expect(answer).toEqual(
      errorResponse(
        'Invalid request body: messages[0].role must be one of the known values; got "developer"; temperature must be <= 2; got 3',
        "messages[0].role",
      ),
    );
  });

  it("answers a POST without a body with 422 and an ErrorResponse saying the body is required", async () => {
    const response = await fetch(`${mock.url}/chat/completions`, { method: "POST", headers: auth });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
      "Invalid request: Body parameter is required",
    );
  });

  it("answers a by-ID Anthropic Files call without its anthropic-beta header with 400 naming the header", async () => {
    const ended = new Promise<MockExchange>((resolve) => exchangeListeners.push(resolve));
    const response = await fetch(`${mock.url}/anthropic/v1/files/file_01`, { headers: { "x-api-key": "k" } });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual(
      errorResponse("Invalid request: Request header must have required property 'anthropic-beta'"),
    );
    expect(await ended).toMatchObject({ operationId: "retrieveAnthropicFile", status: 400 });
  });

  it("stops writing a stream when the client aborts mid-way, and records the exchange as aborted", async () => {
    const ended = new Promise<MockExchange>((resolve) => exchangeListeners.push(resolve));
    const abort = new AbortController();
    const response = await post("/chat/completions", JSON.stringify(streamingRequest), {}, abort.signal);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    abort.abort();
    const exchange = await ended;
    expect(first).toBe(": keep-alive\n\n");
    expect(exchange).toEqual({
      method: "POST",
      path: "/chat/completions",
      operationId: "createChatCompletion",
      example: "stream-text",
      status: 200,
      stream: true,
      outcome: "aborted",
    });
  });

  it("streams a Responses answer as named events, event by event, with no [DONE]", async () => {
    const response = await post("/responses", JSON.stringify(exampleValue("responses-stream-request")));
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const chunks = await readChunks(response);
    const expected = exampleValue<string>(ruleExample("createResponse", { stream: true }));
    expect(chunks.join("")).toBe(expected);
    expect(chunks.length).toBe(splitEvents(expected).length);
    expect(splitEventStream(expected).data).not.toContain("[DONE]");
  });

  it("answers the Anthropic format under /anthropic with x-api-key, streaming event by event", async () => {
    const response = await fetch(`${mock.url}/anthropic/v1/messages`, {
      method: "POST",
      headers: { "x-api-key": "sk-mock-test", "content-type": "application/json" },
      body: JSON.stringify(exampleValue("anthropic-stream-request")),
    });
    expect(response.status).toBe(200);
    const chunks = await readChunks(response);
    const expected = exampleValue<string>(ruleExample("createMessage", { stream: true }));
    expect(chunks.join("")).toBe(expected);
    expect(chunks.length).toBe(splitEvents(expected).length);
  });

  it("answers an Anthropic request without x-api-key or bearer with 401 and the spec's ErrorResponse", async () => {
    const response = await fetch(`${mock.url}/anthropic/v1/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(exampleValue("anthropic-basic-request")),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual(exampleValue("error-401-authentication-fails"));
  });

  it("answers an Anthropic Files call without anthropic-beta with 400 naming the header", async () => {
    const response = await fetch(`${mock.url}/anthropic/v1/files`, {
      headers: { "x-api-key": "sk-mock-test" },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual(
      errorResponse("Invalid request: Request header must have required property 'anthropic-beta'"),
    );
  });

  it("uploads a multipart/form-data file sent by fetch (FormData + Blob)", async () => {
    const form = new FormData();
    form.append("file", new Blob([pngBytes], { type: "image/png" }), "cat.png");
    form.append("purpose", "user_data");
    const response = await fetch(`${mock.url}/files`, { method: "POST", headers: auth, body: form });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(exampleValue(ruleExample("uploadFile")));
  });

  it("answers an upload with a wrong purpose and no file with 422 naming each field", async () => {
    const form = new FormData();
    form.append("purpose", "assistants");
    const response = await fetch(`${mock.url}/files`, { method: "POST", headers: auth, body: form });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual(
      errorResponse(
        'Invalid request body: purpose must be "user_data"; got "assistants"; file is required',
        "purpose",
      ),
    );
  });

  // Prism's validator does not check dependentRequired; the mock refuses with the spec's own validator.
  it("refuses an upload with half of the expiry (dependentRequired), reading its seconds field as a number", async () => {
    const form = (fields: Record<string, string>) => {
      const data = new FormData();
      data.append("file", new Blob(["x"], { type: "image/png" }), "a.png");
      data.append("purpose", "user_data");
      for (const [name, value] of Object.entries(fields)) data.append(name, value);
      return fetch(`${mock.url}/files`, { method: "POST", headers: auth, body: data });
    };
    const half = await form({ "expires_after[anchor]": "created_at" });
    expect(half.status).toBe(422);
    expect(await half.json()).toEqual(
      errorResponse(
        "Invalid request body: expires_after[seconds] is required with expires_after[anchor]",
        "expires_after[seconds]",
      ),
    );
    const whole = await form({ "expires_after[anchor]": "created_at", "expires_after[seconds]": "3600" });
    expect(whole.status).toBe(200);
    const tooShort = await form({ "expires_after[anchor]": "created_at", "expires_after[seconds]": "60" });
    expect(tooShort.status).toBe(422);
    expect(((await tooShort.json()) as { error: { param: string } }).error.param).toBe(
      "expires_after[seconds]",
    );
  });

  it("answers a multipart body it cannot parse with a 400 ErrorResponse at once", async () => {
    const response = await post("/files", "not a form", {
      "content-type": "multipart/form-data; boundary=x",
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(
      /^Failed to parse the request body as multipart\/form-data: \S/,
    );
  });

  it("answers a CORS preflight, so browser clients can call it", async () => {
    const response = await fetch(`${mock.url}/chat/completions`, {
      method: "OPTIONS",
      headers: {
        origin: "http://localhost:5173",
        "access-control-request-headers": "authorization, content-type",
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(response.headers.get("access-control-allow-headers")).toBe("authorization, content-type");
  });

  it("allows DELETE in the preflight of a DELETE operation, so a browser can delete a file", async () => {
    const spec = loadBundledSpec();
    const deleteFile = findOperation(spec, "deleteFile");
    const examples = operationParameters(spec, deleteFile).map((parameter) => [
      parameter.name,
      parameter.example,
    ]);
    const response = await fetch(`${mock.url}${fillPath(deleteFile, Object.fromEntries(examples))}`, {
      method: "OPTIONS",
      headers: { origin: "http://localhost:5173", "access-control-request-method": "DELETE" },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-methods")?.split(", ")).toContain("DELETE");
  });
});
