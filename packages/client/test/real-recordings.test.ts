// Every real recording in /work/shared/fixtures/real, replayed by a local server, must come out of the client
// exactly as a plain reading of the recording says.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { startServer, type TestServer } from "@deepseek-openapi/test-utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectStream, createDeepSeekClient, DeepSeekError } from "../src/index.js";
import { haveRealFixtures, realFixtures } from "./support/paths.js";
import { readStreamPlainly } from "./support/sse.js";

const files = (folder: string) =>
  haveRealFixtures ? readdirSync(join(realFixtures, folder)).filter((name) => !name.startsWith(".")) : [];
const read = (folder: string, name: string) => readFileSync(join(realFixtures, folder, name), "utf8");

describe.skipIf(!haveRealFixtures)("real recordings", () => {
  // The server answers each request with the recording named in its x-fixture header.
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((request, response) => {
      const [folder, name, status] = String(request.headers["x-fixture"]).split("/");
      const body = read(folder ?? "", name ?? "");
      const type = name?.endsWith(".sse") ? "text/event-stream" : "application/json";
      response.writeHead(Number(status ?? 200), { "content-type": type, "x-ds-trace-id": `trace-${name}` });
      response.end(body);
    });
  });
  afterAll(() => server.close());
  const client = () => createDeepSeekClient({ apiKey: "sk-test", baseURL: server.url, maxRetries: 0 });
  const fixture = (folder: string, name: string, status = 200) => ({
    headers: { "x-fixture": `${folder}/${name}/${status}` },
  });

  it("has recordings to replay", () => {
    expect(files("stream").length).toBeGreaterThan(5);
    expect(files("response").length).toBeGreaterThan(5);
  });

  for (const name of files("stream")) {
    it(`streams ${name} chunk for chunk and assembles it as the recording says`, async () => {
      const expected = readStreamPlainly(read("stream", name));
      const stream = await client().chat.completions.create(
        { model: "deepseek-v4-flash", messages: [{ role: "user", content: "hi" }], stream: true },
        fixture("stream", name),
      );
      const chunks: unknown[] = [];
      const result = await collectStream(
        (async function* () {
          for await (const chunk of stream) {
            chunks.push(structuredClone(chunk));
            yield chunk;
          }
        })(),
      );
      expect(stream.requestId).toBe(`trace-${name}`);
      expect(chunks).toHaveLength(expected.events.length);
      // Chunks arrive as sent; only a provider's `reasoning` gains the spec's `reasoning_content` beside it.
      chunks.forEach((chunk, i) => {
        expect(chunk).toMatchObject(expected.events[i]);
      });
      expect(result.content).toBe(expected.content);
      expect(result.reasoningContent).toBe(expected.reasoningContent);
      expect(result.toolCalls).toEqual(expected.toolCalls);
      expect(result.finishReason).toBe(expected.finishReason);
      expect(result.usage).toEqual(expected.usage);
      expect(result.message).toEqual({
        role: "assistant",
        content: expected.content,
        ...(expected.reasoningContent ? { reasoning_content: expected.reasoningContent } : {}),
        ...(expected.toolCalls.length ? { tool_calls: expected.toolCalls } : {}),
      });
    });
  }

  for (const name of files("response")) {
    it(`returns ${name} as recorded`, async () => {
      const completion = await client().chat.completions.create(
        { model: "deepseek-v4-flash", messages: [{ role: "user", content: "hi" }] },
        fixture("response", name),
      );
      expect(completion).toEqual(JSON.parse(read("response", name)));
    });
  }

  it("returns the recorded model list and balance", async () => {
    const models = files("other").find((name) => name.includes("models"));
    const balance = files("other").find((name) => name.includes("balance"));
    expect(models && balance).toBeTruthy();
    expect(await client().models.list(fixture("other", models ?? ""))).toEqual(
      JSON.parse(read("other", models ?? "")),
    );
    expect(await client().user.getBalance(fixture("other", balance ?? ""))).toEqual(
      JSON.parse(read("other", balance ?? "")),
    );
  });

  for (const name of files("error")) {
    it(`turns ${name}, sent with 400, into a DeepSeekError with its fields`, async () => {
      const { error } = JSON.parse(read("error", name));
      const failure = await client()
        .models.list(fixture("error", name, 400))
        .catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(DeepSeekError);
      expect(failure).toMatchObject({
        status: 400,
        message: error.message,
        type: error.type,
        requestId: `trace-${name}`,
      });
      expect((failure as DeepSeekError).code).toBe(error.code ?? undefined);
      expect(server.requests.at(-1)?.url).toBe("/models");
    });
  }

  for (const name of files("request")) {
    it(`sends the recorded request ${name} unchanged, to the path it needs`, async () => {
      const request = JSON.parse(read("request", name));
      const before = server.requests.length;
      const answer = request.stream ? "vercel-deepseek-text.sse" : "vercel-deepseek-text.json";
      const result = await client().chat.completions.create(
        request,
        fixture(request.stream ? "stream" : "response", answer),
      );
      if (request.stream) await collectStream(result as AsyncIterable<never>);
      const sent = server.requests[before];
      expect(JSON.parse(sent?.body ?? "")).toEqual(request);
      expect(sent?.url).toBe("/chat/completions");
      expect(sent?.headers.authorization).toBe("Bearer sk-test");
      expect(sent?.headers.accept).toBe(request.stream ? "text/event-stream" : "application/json");
    });
  }
});
