// What the network and the server do wrong: resets, malformed events, errors, rate limits, slowness, aborts.
import type { ServerResponse } from "node:http";
import {
  type Handler,
  sendJson,
  sendPieces,
  startServer,
  type TestServer,
  wait,
} from "@deepseek-openapi/test-utils";
import { afterEach, describe, expect, it } from "vitest";
import { type ChatCompletion, collectStream, createDeepSeekClient, DeepSeekError } from "../src/index.js";
import { specExample } from "./support/examples.js";
import { failureOf } from "./support/failure.js";
import { chunk, eventStream } from "./support/sse.js";

const request = { model: "deepseek-v4-flash", messages: [{ role: "user" as const, content: "hi" }] };
const completion = specExample<ChatCompletion>("basic-response");
const apiError = (message: string, type = "invalid_request_error") => ({
  error: { message, type, param: null, code: type },
});

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: Handler) {
  server = await startServer(handler);
  return createDeepSeekClient({ apiKey: "sk-test", baseURL: server.url, retryBaseDelay: 1 });
}

/** Serves the handlers in turn, one per request (the last one again for any further request). */
const inTurn =
  (...handlers: ((response: ServerResponse) => void | Promise<void>)[]): Handler =>
  (_request, response, index) =>
    handlers[Math.min(index, handlers.length - 1)]?.(response);

/** Answers `status` with `body` as it is, of `contentType`: what a proxy or a broken server sends. */
const answered = (status: number, contentType: string, body: string) => (response: ServerResponse) => {
  response.writeHead(status, { "content-type": contentType });
  response.end(body);
};
const streamed = (pieces: string[]) => (response: ServerResponse) => sendPieces(response, pieces);
const hello = [
  chunk({ role: "assistant", content: "Hel" }),
  chunk({ content: "lo" }, { finish_reason: "stop" }),
];

/** Sends the first chunk of a stream, then nothing for 3 s: a stream that stays open. */
async function stallingStream(response: ServerResponse) {
  response.writeHead(200, { "content-type": "text/event-stream" });
  response.write(eventStream([hello[0]], { done: false }));
  await wait(3_000);
  response.end();
}

describe("streams that go wrong", () => {
  it("keep-alive comments and blank lines anywhere are skipped", async () => {
    const events = eventStream(hello).split("\n\n");
    const body = `: keep-alive\n\n\n${events.join("\n\n: keep-alive\n\n")}`;
    const client = await serve(inTurn(streamed([body])));
    const result = await collectStream(await client.chat.completions.create({ ...request, stream: true }));
    expect(result.content).toBe("Hello");
  });

  it("a connection reset in the middle of a stream is a connection_error, never a short answer", async () => {
    const client = await serve(
      inTurn(async (response) => {
        response.writeHead(200, { "content-type": "text/event-stream" });
        response.write(eventStream([hello[0]], { done: false }));
        await wait(20);
        response.socket?.destroy();
      }),
    );
    const stream = await client.chat.completions.create({ ...request, stream: true });
    const seen: string[] = [];
    const failure = await failureOf(
      (async () => {
        for await (const c of stream) seen.push(c.choices[0]?.delta.content ?? "");
      })(),
    );
    expect(seen).toEqual(["Hel"]);
    expect(failure.type).toBe("connection_error");
    expect(failure.message).toMatch(/^Connection failed: /);
  });

  it("a stream that ends without [DONE] and without a finish_reason is cut off", async () => {
    const client = await serve(inTurn(streamed([eventStream([hello[0]], { done: false })])));
    const failure = await failureOf(
      collectStream(await client.chat.completions.create({ ...request, stream: true })),
    );
    expect(failure).toMatchObject({ type: "response_error", requestId: "trace-stream" });
    expect(failure.message).toMatch(/cut off/);
  });

  it("a stream that ends after its finish_reason but without [DONE] is whole", async () => {
    const client = await serve(inTurn(streamed([eventStream(hello, { done: false })])));
    const result = await collectStream(await client.chat.completions.create({ ...request, stream: true }));
    expect(result).toMatchObject({ content: "Hello", finishReason: "stop" });
  });

  it("malformed chunk JSON is a DeepSeekError that quotes it", async () => {
    const client = await serve(
      inTurn(streamed([`${eventStream([hello[0]], { done: false })}data: {"id": nope}\n\n`])),
    );
    const failure = await failureOf(
      collectStream(await client.chat.completions.create({ ...request, stream: true })),
    );
    expect(failure).toMatchObject({ type: "response_error", rawBody: '{"id": nope}' });
    expect(failure.message).toContain('{"id": nope}');
  });

  it("an event whose choices is not a list is a response_error, not a TypeError", async () => {
    const event = { id: "x", choices: { 0: { delta: { content: "Hi" } } } };
    const client = await serve(inTurn(streamed([eventStream([hello[0], event])])));
    const failure = await failureOf(
      collectStream(await client.chat.completions.create({ ...request, stream: true })),
    );
    expect(failure).toMatchObject({ type: "response_error", rawBody: JSON.stringify(event) });
    expect(failure.message).toMatch(/^A stream event is not a chunk: /);
  });

  it("an error object sent in the middle of a stream is thrown with its fields", async () => {
    const error = {
      error: { message: "Server overloaded mid-answer", type: "server_error", code: "overloaded" },
    };
    const client = await serve(inTurn(streamed([eventStream([hello[0], error])])));
    const failure = await failureOf(
      collectStream(await client.chat.completions.create({ ...request, stream: true })),
    );
    expect(failure).toMatchObject({
      message: "Server overloaded mid-answer",
      type: "server_error",
      code: "overloaded",
    });
    expect(failure.requestId).toBe("trace-stream");
  });

  it("an error sent as a bare string inside a stream is thrown with the event in its message", async () => {
    const event = { error: "upstream timeout" };
    const client = await serve(inTurn(streamed([eventStream([hello[0], event])])));
    const failure = await failureOf(
      collectStream(await client.chat.completions.create({ ...request, stream: true })),
    );
    expect(failure).toMatchObject({ type: "response_error", rawBody: JSON.stringify(event) });
    expect(failure.message).toBe(`A stream event is not a chunk: ${JSON.stringify(event)}`);
    expect(Object.keys(failure).filter((key) => /^\d+$/.test(key))).toEqual([]);
  });

  it("a stream can be read only once: a second loop fails with a clear error", async () => {
    const client = await serve(inTurn(streamed([eventStream(hello)])));
    const stream = await client.chat.completions.create({ ...request, stream: true });
    await collectStream(stream);
    await expect(collectStream(stream)).rejects.toThrow(new DeepSeekError("A stream can be read once"));
  });

  it("breaking out of the loop closes the connection", async () => {
    const client = await serve(inTurn(stallingStream));
    for await (const c of await client.chat.completions.create({ ...request, stream: true })) {
      expect(c.choices[0]?.delta.content).toBe("Hel");
      break;
    }
    await expect.poll(() => server?.closedEarly[0], { timeout: 1_000 }).toBe(true);
  });
});

describe("error answers", () => {
  it("401 is not retried and keeps the API's message, type and trace id", async () => {
    const client = await serve(
      inTurn((response) =>
        sendJson(response, 401, apiError("Authentication Fails", "authentication_error"), {
          "x-ds-trace-id": "t-401",
        }),
      ),
    );
    const failure = await failureOf(client.models.list());
    expect(failure).toMatchObject({
      status: 401,
      message: "Authentication Fails",
      type: "authentication_error",
      code: "authentication_error",
      requestId: "t-401",
    });
    expect(failure.param).toBeUndefined();
    expect(server?.requests).toHaveLength(1);
  });

  for (const status of [400, 402, 422]) {
    it(`${status} is not retried`, async () => {
      const client = await serve(
        inTurn((response) => sendJson(response, status, apiError(`status ${status}`))),
      );
      const failure = await failureOf(client.chat.completions.create(request));
      expect(failure).toMatchObject({ status, message: `status ${status}` });
      expect(server?.requests).toHaveLength(1);
    });
  }

  it("a plain-text 422 keeps its body in rawBody and its text in the message", async () => {
    const text =
      "Failed to deserialize the JSON body into the target type: messages[0]: missing field `role`";
    const client = await serve(inTurn(answered(422, "text/plain; charset=utf-8", text)));
    const failure = await failureOf(client.chat.completions.create(request));
    expect(failure).toMatchObject({ status: 422, rawBody: text, message: `HTTP 422: ${text}` });
    expect(failure.type).toBeUndefined();
  });

  it("an HTML 502 from a proxy is retried, then reported with its text and raw body", async () => {
    const html =
      "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body>\r\n</html>";
    const client = await serve(inTurn(answered(502, "text/html", html)));
    const failure = await failureOf(client.chat.completions.create(request));
    expect(failure).toMatchObject({ status: 502, rawBody: html });
    expect(failure.message).toMatch(/^HTTP 502: <html>/);
    expect(failure.message).toContain("<title>502 Bad Gateway</title>");
    expect(server?.requests).toHaveLength(3);
  });

  it("a 200 whose body is not JSON is a response_error, not a crash", async () => {
    const client = await serve(inTurn(answered(200, "application/json", "<html>maintenance</html>")));
    const failure = await failureOf(client.user.getBalance());
    expect(failure).toMatchObject({
      status: 200,
      type: "response_error",
      rawBody: "<html>maintenance</html>",
    });
    expect(failure.message).toBe("HTTP 200: <html>maintenance</html>");
  });

  it("a streaming request answered with a JSON error (200 application/json) throws the provider's error", async () => {
    const client = await serve(
      inTurn((response) =>
        sendJson(response, 200, apiError("Model busy, try later", "server_error"), {
          "x-ds-trace-id": "t-9",
        }),
      ),
    );
    const failure = await failureOf(client.chat.completions.create({ ...request, stream: true }));
    expect(failure).toMatchObject({
      message: "Model busy, try later",
      status: 200,
      type: "server_error",
      code: "server_error",
      requestId: "t-9",
    });
    expect(server?.requests).toHaveLength(1);
  });

  it("a streaming request answered with a JSON completion is a response_error that keeps the body", async () => {
    const client = await serve(inTurn((response) => sendJson(response, 200, completion)));
    const failure = await failureOf(client.chat.completions.create({ ...request, stream: true }));
    expect(failure).toMatchObject({
      status: 200,
      type: "response_error",
      rawBody: JSON.stringify(completion),
    });
    expect(failure.message).toBe(`HTTP 200: ${JSON.stringify(completion).slice(0, 300)}`);
  });

  it("blank lines before a queued JSON body are skipped", async () => {
    const client = await serve(
      inTurn(async (response) => {
        response.writeHead(200, { "content-type": "application/json" });
        response.write("\n\n");
        await wait(5);
        response.write("\r\n\n");
        await wait(5);
        response.end(JSON.stringify(completion));
      }),
    );
    expect(await client.chat.completions.create(request)).toEqual(completion);
  });
});

/** Calls against a server that answers `first`, then the completion; expects the completion. Returns how long it took. */
async function succeedsAfter(first: (response: ServerResponse) => void): Promise<number> {
  const client = await serve(inTurn(first, (response) => sendJson(response, 200, completion)));
  const started = Date.now();
  expect(await client.chat.completions.create(request)).toEqual(completion);
  return Date.now() - started;
}

describe("retries", () => {
  it("429 then 200: waits as Retry-After (seconds) says, then succeeds", async () => {
    const took = await succeedsAfter((response) =>
      sendJson(response, 429, apiError("Rate Limit Reached", "rate_limit_error"), { "retry-after": "1" }),
    );
    expect(took).toBeGreaterThanOrEqual(950);
    expect(server?.requests).toHaveLength(2);
  });

  it("retry-after-ms is honoured before Retry-After", async () => {
    const took = await succeedsAfter((response) =>
      sendJson(response, 429, apiError("Rate Limit Reached", "rate_limit_error"), {
        "retry-after-ms": "300",
        "retry-after": "30",
      }),
    );
    expect(took).toBeGreaterThanOrEqual(290);
    expect(took).toBeLessThan(5_000);
    expect(server?.requests).toHaveLength(2);
  });

  it("Retry-After as an HTTP date is honoured too", async () => {
    const took = await succeedsAfter((response) =>
      sendJson(response, 503, apiError("Server overloaded", "server_error"), {
        "retry-after": new Date(Date.now() + 2_000).toUTCString(),
      }),
    );
    // The date has a one-second resolution: it is between one and two seconds away.
    expect(took).toBeGreaterThanOrEqual(900);
  });

  it("500 three times: two retries, then the error of the last answer", async () => {
    const client = await serve(
      inTurn((response) => sendJson(response, 500, apiError("Server Error", "server_error"))),
    );
    const failure = await failureOf(client.chat.completions.create(request));
    expect(failure).toMatchObject({ status: 500, message: "Server Error" });
    expect(server?.requests).toHaveLength(3);
  });

  it("500, 500, then 200 succeeds on the third try", async () => {
    const error = (response: ServerResponse) =>
      sendJson(response, 500, apiError("Server Error", "server_error"));
    const client = await serve(inTurn(error, error, (response) => sendJson(response, 200, completion)));
    expect(await client.chat.completions.create(request)).toEqual(completion);
    expect(server?.requests).toHaveLength(3);
  });

  for (const status of [408, 409, 504]) {
    it(`${status} is retried`, async () => {
      await succeedsAfter((response) => sendJson(response, status, apiError(`status ${status}`)));
      expect(server?.requests).toHaveLength(2);
    });
  }

  it("maxRetries per call overrides the client's", async () => {
    const client = await serve(
      inTurn((response) => sendJson(response, 503, apiError("busy", "server_error"))),
    );
    await failureOf(client.models.list({ maxRetries: 0 }));
    expect(server?.requests).toHaveLength(1);
  });

  it("a connection dropped before the answer is retried", async () => {
    const client = await serve((_request, response, index) => {
      if (index === 0) response.socket?.destroy();
      else sendJson(response, 200, completion);
    });
    expect(await client.chat.completions.create(request)).toEqual(completion);
    expect(server?.requests).toHaveLength(2);
  });

  it("a refused connection is a connection_error after the retries", async () => {
    const probe = await startServer(() => undefined);
    const url = probe.url;
    await probe.close();
    const client = createDeepSeekClient({ apiKey: "sk-test", baseURL: url, retryBaseDelay: 1 });
    const failure = await failureOf(client.models.list());
    expect(failure.type).toBe("connection_error");
    expect(failure.message).toMatch(/ECONNREFUSED/);
  });
});

describe("timeouts and aborts", () => {
  it("a server that never answers times out, without retrying", async () => {
    const client = await serve(() => undefined);
    const started = Date.now();
    const failure = await failureOf(client.models.list({ timeout: 150 }));
    expect(failure).toMatchObject({ type: "timeout_error", message: "Timed out after 150 ms" });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(server?.requests).toHaveLength(1);
  });

  it("a stream that stalls times out and is closed", async () => {
    const client = await serve(inTurn(stallingStream));
    const stream = await client.chat.completions.create({ ...request, stream: true }, { timeout: 200 });
    const failure = await failureOf(collectStream(stream));
    expect(failure.type).toBe("timeout_error");
    await expect.poll(() => server?.closedEarly[0], { timeout: 1_000 }).toBe(true);
  });

  it("a slow but steady stream does not time out: the timeout counts the wait for the next piece", async () => {
    // Ten pieces 150 ms apart: the whole stream takes 1.5 s, well over the 600 ms timeout, no gap comes near it.
    const body = eventStream(hello);
    const size = Math.ceil(body.length / 10);
    const pieces = Array.from({ length: 10 }, (_, i) => body.slice(i * size, (i + 1) * size));
    const client = await serve(inTurn((response) => sendPieces(response, pieces, 150)));
    const started = Date.now();
    const stream = await client.chat.completions.create({ ...request, stream: true }, { timeout: 600 });
    expect((await collectStream(stream)).content).toBe("Hello");
    expect(Date.now() - started).toBeGreaterThan(600);
  });

  it("aborting before the answer rejects with an abort_error", async () => {
    const client = await serve(() => undefined);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const failure = await failureOf(client.models.list({ signal: controller.signal }));
    expect(failure.type).toBe("abort_error");
    expect(server?.requests).toHaveLength(1);
  });

  it("aborting an open stream ends the loop with an abort_error and closes the connection", async () => {
    const client = await serve(inTurn(stallingStream));
    const controller = new AbortController();
    const stream = await client.chat.completions.create(
      { ...request, stream: true },
      { signal: controller.signal },
    );
    const failure = await failureOf(
      (async () => {
        for await (const _ of stream) controller.abort();
      })(),
    );
    expect(failure.type).toBe("abort_error");
    await expect.poll(() => server?.closedEarly[0], { timeout: 1_000 }).toBe(true);
  });

  it("an abort during the wait between retries stops at once", async () => {
    const client = await serve(
      inTurn((response) => sendJson(response, 429, apiError("slow down"), { "retry-after": "30" })),
    );
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    const failure = await failureOf(client.models.list({ signal: controller.signal }));
    expect(failure.type).toBe("abort_error");
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(server?.requests).toHaveLength(1);
  });

  it("an already aborted signal sends nothing", async () => {
    const client = await serve(inTurn((response) => sendJson(response, 200, completion)));
    const failure = await failureOf(client.models.list({ signal: AbortSignal.abort() }));
    expect(failure.type).toBe("abort_error");
    expect(server?.requests).toHaveLength(0);
  });
});
