// The API key must never show in an error, in anything logged, or in the client object.
import { inspect } from "node:util";
import { sendJson, sendPieces, startServer, type TestServer } from "@deepseek-openapi/test-utils";
import { afterEach, describe, expect, it } from "vitest";
import { collectStream, createDeepSeekClient, type DeepSeekError } from "../src/index.js";
import { failureOf } from "./support/failure.js";
import { chunk, eventStream } from "./support/sse.js";

const apiKey = "sk-3f9c2a7d41b84e6b9a05c1d2e7f8a9b0";
const request = { model: "deepseek-v4-flash", messages: [{ role: "user" as const, content: "hi" }] };

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Every way an error or an object ends up in a log. */
function renderings(value: unknown): string[] {
  return [
    String(value),
    JSON.stringify(value),
    inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true, getters: true }),
    (value as Error)?.message ?? "",
    (value as Error)?.stack ?? "",
    JSON.stringify((value as DeepSeekError)?.rawBody ?? ""),
  ];
}

function expectNoKey(value: unknown) {
  for (const text of renderings(value)) expect(text).not.toContain(apiKey);
}

/** A server that echoes the Authorization header back in the way `mode` says. */
async function echoingClient(
  mode: "json" | "text" | "stream-garbage" | "stream-error" | "stream-junk" | "never",
) {
  server = await startServer((incoming, response) => {
    const echoed = String(incoming.headers.authorization);
    if (mode === "json") sendJson(response, 401, { error: { message: `Bad key: ${echoed}`, type: "auth" } });
    if (mode === "text") {
      response.writeHead(502, { "content-type": "text/html" });
      response.end(`<p>proxy saw ${echoed}</p>`);
    }
    if (mode === "stream-garbage")
      return sendPieces(response, [eventStream([chunk({ content: "a" })], { done: false })]);
    if (mode === "stream-error" || mode === "stream-junk") {
      const event = mode === "stream-error" ? { error: { message: `bad key ${echoed}` } } : { echoed };
      return sendPieces(response, [
        eventStream([chunk({ content: "a" })], { done: false }),
        `data: ${JSON.stringify(event)}\n\n`,
      ]);
    }
  });
  return createDeepSeekClient({ apiKey, baseURL: server.url, retryBaseDelay: 1, maxRetries: 1 });
}

describe("the API key", () => {
  it("is sent, as a bearer token", async () => {
    server = await startServer((_request, response) => sendJson(response, 200, { object: "list", data: [] }));
    await createDeepSeekClient({ apiKey, baseURL: server.url }).models.list();
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${apiKey}`);
  });

  it("does not show in the client object", () => {
    expectNoKey(createDeepSeekClient({ apiKey, baseURL: "http://127.0.0.1:4999" }));
  });

  it("is removed from a JSON error message that echoes it", async () => {
    const error = await failureOf((await echoingClient("json")).models.list());
    expect(error.message).toBe("Bad key: Bearer [redacted]");
    expectNoKey(error);
  });

  it("is removed from a non-JSON error body that echoes it", async () => {
    const error = await failureOf((await echoingClient("text")).models.list());
    expect(error.rawBody).toContain("[redacted]");
    expectNoKey(error);
  });

  it("does not show in a stream, nor in its errors", async () => {
    const client = await echoingClient("stream-garbage");
    const stream = await client.chat.completions.create({ ...request, stream: true });
    expectNoKey(stream);
    expectNoKey(await failureOf(collectStream(stream)));
  });

  it.each(["stream-error", "stream-junk"] as const)(
    "is removed from a %s event that echoes it",
    async (mode) => {
      const client = await echoingClient(mode);
      const stream = await client.chat.completions.create({ ...request, stream: true });
      const error = await failureOf(collectStream(stream));
      expect(`${error.message} ${error.rawBody ?? ""}`).toContain("[redacted]");
      expectNoKey(error);
    },
  );

  it("is removed from the error of a request that cannot be built (a line break in the key)", async () => {
    const broken = createDeepSeekClient({ apiKey: `${apiKey}\nX`, baseURL: "http://127.0.0.1:4999" });
    const error = await failureOf(broken.models.list());
    expect(error.message).toMatch(/^Could not build the request: .*\[redacted\]/s);
    for (const text of renderings(error)) {
      expect(text).not.toContain(apiKey);
    }
  });

  it("does not show in timeout, abort and connection errors", async () => {
    const client = await echoingClient("never");
    expectNoKey(await failureOf(client.models.list({ timeout: 50 })));
    expectNoKey(await failureOf(client.models.list({ signal: AbortSignal.timeout(50) })));
    const closed = await startServer(() => undefined);
    await closed.close();
    const refused = createDeepSeekClient({ apiKey, baseURL: closed.url, retryBaseDelay: 1 });
    expectNoKey(await failureOf(refused.user.getBalance()));
  });

  it("does not show in the errors of bad options", () => {
    expectNoKey(
      (() => {
        try {
          createDeepSeekClient({ apiKey, provider: "nope" as "deepseek" });
        } catch (error) {
          return error;
        }
      })(),
    );
  });
});
