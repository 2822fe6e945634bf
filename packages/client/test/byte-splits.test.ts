// A stream must read the same however the network cuts it: into two writes at every byte offset, through multi-byte
// characters, CRLF line ends and keep-alive comments.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type RecordedRequest, sendPieces, startServer, type TestServer } from "@deepseek-openapi/test-utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectStream, createDeepSeekClient } from "../src/index.js";
import { createEventParser } from "../src/sse.js";
import { everyOffset } from "./support/offsets.js";
import { haveRealFixtures, realFixtures } from "./support/paths.js";
import { chunk, eventStream, readStreamPlainly } from "./support/sse.js";

const smallRecording = "neurouter-deepseek-chat-hello-2025-09.sse";

/** Multi-byte text (2-, 3- and 4-byte UTF-8), CRLF line ends, keep-alive comments and a blank line up front. */
const crafted = `\r\n: keep-alive\r\n\r\n${eventStream(
  [
    chunk({ role: "assistant", content: "" }),
    chunk({ reasoning_content: "Überlege: 深度求索 " }),
    chunk({ reasoning_content: "🤔🧠" }),
    chunk({ content: "Grüße, 世界 " }),
    chunk({ content: "👋🏽!" }, { finish_reason: "stop" }),
  ],
  { eol: "\r\n" },
).replace("\r\n\r\ndata:", "\r\n\r\n: keep-alive\r\n\r\ndata:")}`;

let server: TestServer;
const bodies = new Map<string, Buffer>();
beforeAll(async () => {
  bodies.set("crafted", Buffer.from(crafted, "utf8"));
  if (haveRealFixtures) bodies.set("real", readFileSync(join(realFixtures, "stream", smallRecording)));
  server = await startServer((request: RecordedRequest, response) => {
    const body = bodies.get(String(request.headers["x-body"])) as Buffer;
    const at = Number(request.headers["x-split"]);
    return sendPieces(response, [body.subarray(0, at), body.subarray(at)]);
  });
});
afterAll(() => server.close());

async function readSplit(name: string, at: number) {
  const client = createDeepSeekClient({ apiKey: "sk-test", baseURL: server.url, maxRetries: 0 });
  const stream = await client.chat.completions.create(
    { model: "deepseek-v4-flash", messages: [{ role: "user", content: "hi" }], stream: true },
    { headers: { "x-body": name, "x-split": String(at) } },
  );
  let chunks = 0;
  const result = await collectStream(
    (async function* () {
      for await (const c of stream) {
        chunks++;
        yield c;
      }
    })(),
  );
  return { chunks, ...result };
}

describe("a stream split into two network writes", () => {
  it("reads the crafted multi-byte CRLF stream the same at every byte offset", async () => {
    const expected = readStreamPlainly(crafted);
    expect(expected.content).toBe("Grüße, 世界 👋🏽!");
    const length = bodies.get("crafted")?.length ?? 0;
    await everyOffset(length, async (at) => {
      const result = await readSplit("crafted", at);
      expect({ at, ...result }).toMatchObject({
        at,
        chunks: expected.events.length,
        content: expected.content,
        reasoningContent: expected.reasoningContent,
        finishReason: "stop",
      });
    });
  }, 60_000);

  it.skipIf(!haveRealFixtures)(
    `reads the recording ${smallRecording} the same at every byte offset`,
    async () => {
      const expected = readStreamPlainly(bodies.get("real")?.toString("utf8") ?? "");
      const length = bodies.get("real")?.length ?? 0;
      await everyOffset(length, async (at) => {
        const result = await readSplit("real", at);
        expect({
          at,
          chunks: result.chunks,
          content: result.content,
          finishReason: result.finishReason,
        }).toEqual({
          at,
          chunks: expected.events.length,
          content: expected.content,
          finishReason: expected.finishReason,
        });
      });
    },
    120_000,
  );
});

describe("the event parser", () => {
  const feedPieces = (pieces: string[]) => {
    const parse = createEventParser();
    return [...pieces.flatMap((piece) => parse(piece)), ...parse("\n")];
  };

  it("gives the same events for every split of a stream into three pieces", () => {
    const text =
      ": keep-alive\r\n\r\ndata: one\r\n\r\ndata: two\rdata: lines\r\rdata:three\n\nevent: x\nid: 7\ndata: four\n\n" +
      "data: crlf\r\ndata: lines\r\n\r\n";
    const whole = feedPieces([text]);
    expect(whole).toEqual(["one", "two\nlines", "three", "four", "crlf\nlines"]);
    for (let i = 0; i <= text.length; i++) {
      for (let j = i; j <= text.length; j++) {
        expect(feedPieces([text.slice(0, i), text.slice(i, j), text.slice(j)])).toEqual(whole);
      }
    }
  });

  it("ends lines only at CR and LF, not at the Unicode line and paragraph separators", () => {
    expect(feedPieces([": a\u2028data: no\ndata: x\u2028y\ndata: z\u2029data: w\n\n"])).toEqual([
      "x\u2028y\nz\u2029data: w",
    ]);
  });

  it("completes a last event whose blank line never came, and drops a line cut off mid-way", () => {
    expect(feedPieces(["data: [DONE]\n"])).toEqual(["[DONE]"]);
    expect(feedPieces(['data: {"cut', ""])).toEqual([]);
  });
});
