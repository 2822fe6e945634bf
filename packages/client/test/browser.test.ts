/**
 * The built client (dist/, bundled for browsers with esbuild) in Debian's Chromium, against a local server on
 * 127.0.0.1 that also serves the page: a plain call, a stream split at odd bytes, an abort, an error answer, and a
 * page without `process`. The page must log no errors and request nothing outside 127.0.0.1.
 */
import { join } from "node:path";
import {
  browserTestsRun,
  openWatchedPage,
  type RecordedRequest,
  sendJson,
  sendPieces,
  startServer,
  type TestServer,
  type WatchedPage,
} from "@deepseek-openapi/test-utils";
import { build } from "esbuild";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as Client from "../src/index.js";
import type { ChatCompletion } from "../src/index.js";
import { specExample } from "./support/examples.js";
import { packageRoot } from "./support/paths.js";
import { chunk, eventStream, readStreamPlainly } from "./support/sse.js";

const browserTests = browserTestsRun("client", it);

const apiKey = "sk-browser-secret-0123456789";
const completion = specExample<ChatCompletion>("basic-response");
const streamed = eventStream([
  chunk({ role: "assistant", reasoning_content: "Grüße — " }),
  chunk({ reasoning_content: "思考中…" }),
  chunk({ content: "Héllo, " }),
  chunk({ content: "wörld 👋" }, { finish_reason: "stop" }),
]);
/** The stream's bytes in 7-byte writes: events, lines and multi-byte characters all cut somewhere. */
const streamPieces = (() => {
  const bytes = new TextEncoder().encode(streamed);
  const pieces: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += 7) pieces.push(bytes.subarray(at, at + 7));
  return pieces;
})();

/** The page: it loads the bundled client as `window.client`. */
const pageHtml = `<!doctype html><meta charset="utf-8"><title>client</title>
<script type="module">import * as client from "/client.js"; window.client = client;</script>`;

async function bundleClient(): Promise<string> {
  const result = await build({
    entryPoints: [join(packageRoot, "dist/index.js")],
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

async function answer(
  request: RecordedRequest,
  response: import("node:http").ServerResponse,
  bundle: string,
) {
  const path = new URL(request.url, "http://127.0.0.1").pathname;
  if (path === "/") {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(pageHtml);
  } else if (path === "/favicon.ico") {
    response.writeHead(204);
    response.end();
  } else if (path === "/client.js") {
    response.writeHead(200, { "content-type": "text/javascript; charset=utf-8" });
    response.end(bundle);
  } else if (request.headers.authorization !== `Bearer ${apiKey}`) {
    // The key echoed back, as some proxies do: it must not reach the error's message.
    sendJson(response, 401, {
      error: { message: `Bad key ${request.headers.authorization}`, type: "authentication_error" },
    });
  } else if (path === "/v1/chat/completions" && JSON.parse(request.body).stream) {
    await sendPieces(response, streamPieces, request.headers["x-test-pause"] ? 40 : 1);
  } else if (path === "/v1/chat/completions") {
    sendJson(response, 200, completion);
  } else {
    response.writeHead(404);
    response.end();
  }
}

describe.skipIf(!browserTests)("the client in Chromium", () => {
  let server: TestServer;
  let watched: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    const bundle = await bundleClient();
    server = await startServer((request, response) => answer(request, response, bundle));
    // The browser logs every error status; the 401 is the one the error test asks for.
    watched = await openWatchedPage(server.url, { expectedConsoleError: /status of 401 \(Unauthorized\)/ });
    page = watched.page;
    await page.goto(server.url);
    await page.waitForFunction(() => "client" in window, undefined, { timeout: 10_000 });
  }, 60_000);

  afterAll(async () => {
    await watched?.close();
    await server?.close();
  });

  /** Runs `body` in the page with the client module and the API's base URL. */
  const inPage = <T>(body: string): Promise<T> =>
    page.evaluate(
      async ({ body, baseURL, apiKey }) => {
        const client = (window as unknown as { client: typeof Client }).client;
        const run = new Function("client", "baseURL", "apiKey", `return (async () => { ${body} })();`);
        return run(client, baseURL, apiKey);
      },
      { body, baseURL: `${server.url}/v1`, apiKey },
    ) as Promise<T>;

  it("runs in a page without Node: no `process`, and the client's module loads", async () => {
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe("undefined");
    expect(await inPage<string[]>("return Object.keys(client).sort();")).toEqual(
      expect.arrayContaining(["DeepSeekError", "collectStream", "createDeepSeekClient"]),
    );
  });

  it("makes a chat completion", async () => {
    const content = await inPage<string>(`
      const deepseek = client.createDeepSeekClient({ apiKey, baseURL });
      const answer = await deepseek.chat.completions.create({ model: "deepseek-v4-flash", messages: [{ role: "user", content: "Hi" }] });
      return answer.choices[0].message.content;`);
    expect(content).toBe(completion.choices[0]?.message.content);
  });

  it("assembles a stream cut at every 7th byte, reasoning and multi-byte text exactly", async () => {
    const expected = readStreamPlainly(streamed);
    const collected = await inPage<{ content: string; reasoningContent: string; finishReason: string }>(`
      const deepseek = client.createDeepSeekClient({ apiKey, baseURL });
      const stream = await deepseek.chat.completions.create({ model: "deepseek-v4-flash", messages: [{ role: "user", content: "Hi" }], stream: true });
      const { content, reasoningContent, finishReason } = await client.collectStream(stream);
      return { content, reasoningContent, finishReason };`);
    expect(collected).toEqual({
      content: expected.content,
      reasoningContent: expected.reasoningContent,
      finishReason: expected.finishReason,
    });
  });

  it("aborts an open stream with an AbortController, and the server sees the connection close", async () => {
    const before = server.requests.length;
    const failure = await inPage<{ name: string; type: string; chunks: number }>(`
      const deepseek = client.createDeepSeekClient({ apiKey, baseURL });
      const controller = new AbortController();
      const stream = await deepseek.chat.completions.create(
        { model: "deepseek-v4-flash", messages: [{ role: "user", content: "Hi" }], stream: true },
        { signal: controller.signal, headers: { "x-test-pause": "1" } },
      );
      let chunks = 0;
      try {
        for await (const chunk of stream) {
          chunks++;
          controller.abort();
        }
        return { name: "none", type: "no error", chunks };
      } catch (error) {
        return { name: error.name, type: error.type, chunks };
      }`);
    expect(failure).toEqual({ name: "DeepSeekError", type: "abort_error", chunks: 1 });
    await expect.poll(() => server.closedEarly[before]).toBe(true);
  });

  it("turns an error answer into a DeepSeekError without the API key", async () => {
    const failure = await inPage<{ status: number; type: string; message: string; text: string }>(`
      const deepseek = client.createDeepSeekClient({ apiKey: apiKey + "-wrong", baseURL, maxRetries: 0 });
      try {
        await deepseek.models.list();
        return null;
      } catch (error) {
        return { status: error.status, type: error.type, message: error.message, text: String(error) + JSON.stringify(error) };
      }`);
    expect(failure).toMatchObject({ status: 401, type: "authentication_error" });
    expect(failure.message).toContain("[redacted]");
    expect(failure.text).not.toContain(apiKey);
  });

  it("says what is missing when there is no API key and no environment to read one from", async () => {
    const message = await inPage<string>(`
      try {
        client.createDeepSeekClient({ baseURL });
        return "no error";
      } catch (error) {
        return error.message;
      }`);
    expect(message).toBe("No API key: pass apiKey or set DEEPSEEK_API_KEY");
  });

  it("logged no errors and requested nothing outside 127.0.0.1", () => {
    expect(watched.errors).toEqual([]);
    expect(watched.outsideRequests).toEqual([]);
  });
});
