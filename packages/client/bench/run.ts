// `pnpm bench`: @deepseek-openapi/client against the openai SDK and a raw fetch + hand-split baseline, side by side.
//   1. bundle size (esbuild, minified, tree-shaken, gzip -9) of a program that makes one streaming chat call;
//   2. streaming: time and peak memory to consume and assemble ~20,000 realistic chunks (reasoning, then content,
//      multi-byte text, a final usage chunk) that a local server sends in network-sized writes splitting events;
//   3. small requests: 2,000 sequential non-streaming calls;
//   4. the bundle of a program that calls every operation, and a streamed Responses answer of ~20,000 named events
//      consumed and assembled (the client's collector against the raw baseline; the SDK is not measured there).
// Each measurement runs in fresh Node processes (bench/worker.mjs); the figure is the median over processes of each
// process's best round. Nothing is written to disk.
import { execFile, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const benchDir = fileURLToPath(new URL(".", import.meta.url));
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const programs = ["deepseek-client", "openai-sdk", "raw-fetch"] as const;
type Program = (typeof programs)[number];
// The bundle's targets: at most 5 kB (1 kB = 1,000 B throughout), and under 1/17 of the openai SDK's bundle.
const bundleBudget = 5_000;
const everyOperationBudget = 10_000;
const sdkBundleFraction = 17;
// Fresh processes per contender, interleaved; each one measures several rounds and reports its best (worker.mjs).
const streamRuns = 3;
const requestRuns = 3;
const requestCount = 2_000;
const chunkCount = 20_000;
const writeSize = 16 * 1024;

if (!existsSync(`${packageDir}dist/index.js`)) {
  console.error("packages/client/dist is missing: run `pnpm build` first.");
  process.exit(1);
}
/** Each contender as its program names itself (the SDK with its installed version). */
const names = Object.fromEntries(
  await Promise.all(
    programs.map(async (p) => [p, (await import(`./programs/${p}.mjs`)).name as string] as const),
  ),
) as Record<Program, string>;

// ---------------------------------------------------------------------------------------------------- bundle size

async function gzippedBundle(contents: string): Promise<number> {
  const result = await build({
    stdin: { contents, resolveDir: benchDir, sourcefile: "program.mjs" },
    bundle: true,
    write: false,
    minify: true,
    format: "esm",
    platform: "browser",
    logLevel: "silent",
  });
  return gzipSync(result.outputFiles[0]?.text ?? "", { level: 9 }).length;
}

/** Calls every operation of the spec once: what the client costs a program that uses all of it. */
const everyOperationProgram = `
  import * as ds from "../dist/index.js";
  const client = ds.createDeepSeekClient({ apiKey: "sk" });
  const file = new Blob(["png"]);
  const messages = [{ role: "user", content: "hi" }];
  console.log(
    ds.collectStream(await client.chat.completions.create({ model: "m", messages, stream: true })),
    await client.completions.create({ model: "m", prompt: "def" }),
    await client.models.list(),
    await client.user.getBalance(),
    await ds.collectResponse(await ds.createResponse(client, { model: "m", input: "hi", stream: true })),
    await ds.uploadFile(client, { file, purpose: "user_data" }),
    await ds.listFiles(client),
    await ds.retrieveFile(client, "f"),
    await ds.deleteFile(client, "f"),
    await ds.collectMessage(await ds.createMessage(client, { model: "m", max_tokens: 9, messages, stream: true })),
    await ds.uploadAnthropicFile(client, { file }),
    await ds.listAnthropicFiles(client),
    await ds.retrieveAnthropicFile(client, "f"),
    await ds.deleteAnthropicFile(client, "f"),
  );`;

const streamingProgram = (program: Program) => `
  import { connect, streamChat } from "./programs/${program}.mjs";
  const { content } = await streamChat(connect("https://api.deepseek.com"));
  console.log(content);`;

// ------------------------------------------------------------------------------------------------- the local server

const words = [
  "The ",
  "model ",
  "considers ",
  "each ",
  "step: ",
  "深度",
  "求索 ",
  "思考",
  "一下。 ",
  "Grüße ",
  "aus ",
  "Zürich, ",
  "naïve ",
  "café ",
  "— ",
  "ça ",
  "marche. ",
  "🤔 ",
  "🧠 ",
  "👋🏽 ",
  "therefore ",
  "x² ",
  "+ ",
  "y² ",
  "= ",
  "z². ",
  "\n",
  "日本語の",
  "テキスト、 ",
  "한국어 ",
  "문장. ",
  "Ελληνικά ",
  "κείμενο. ",
];

/** The stream's bytes, and the hash of what it says (reasoning, NUL, content) for checking each contender. */
function realisticStream() {
  const base = {
    id: "5a8e6f3c-1d2b-4c7a-9e0f-3b6d8c1a2e4f",
    object: "chat.completion.chunk",
    created: 1781043600,
  };
  const head = {
    ...base,
    model: "deepseek-v4-flash",
    system_fingerprint: "fp_9954b31ca7_prod0820_fp8_kvcache",
  };
  const event = (delta: object, finish: string | null = null) =>
    `data: ${JSON.stringify({ ...head, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] })}\n\n`;
  let reasoning = "";
  let content = "";
  const events = [": keep-alive\n\n", event({ role: "assistant", content: null, reasoning_content: "" })];
  for (let i = 0; i < chunkCount; i++) {
    const word = words[(i * 7) % words.length] as string;
    if (i < chunkCount * 0.4) {
      reasoning += word;
      events.push(event({ reasoning_content: word }));
    } else {
      content += word;
      events.push(event({ content: word }));
    }
  }
  events.push(event({ content: "" }, "stop"));
  const usage = { prompt_tokens: 12, completion_tokens: chunkCount, total_tokens: chunkCount + 12 };
  events.push(`data: ${JSON.stringify({ ...head, choices: [], usage })}\n\n`, "data: [DONE]\n\n");
  const hash = createHash("sha256").update(reasoning).update("\u0000").update(content).digest("hex");
  return { body: Buffer.from(events.join(""), "utf8"), hash, chunks: events.length - 2 };
}

/** A Responses stream of as many events: reasoning deltas, then text deltas, the terminal event with the whole output. */
function responsesStream() {
  let sequence = 0;
  const event = (type: string, fields: object) =>
    `event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: sequence++, ...fields })}\n\n`;
  const base = {
    id: "resp_5a8e6f3c",
    object: "response",
    created_at: 1781043600,
    model: "deepseek-v4-flash",
  };
  const reasoningItem = { type: "reasoning", id: "rs_1", summary: [], content: [] };
  const messageItem = { type: "message", id: "msg_1", role: "assistant", status: "in_progress", content: [] };
  let reasoning = "";
  let content = "";
  const events = [
    event("response.created", { response: { ...base, status: "in_progress", output: [] } }),
    event("response.output_item.added", { output_index: 0, item: reasoningItem }),
  ];
  for (let i = 0; i < chunkCount; i++) {
    const word = words[(i * 7) % words.length] as string;
    const inReasoning = i < chunkCount * 0.4;
    if (i === Math.ceil(chunkCount * 0.4))
      events.push(event("response.output_item.added", { output_index: 1, item: messageItem }));
    if (inReasoning) reasoning += word;
    else content += word;
    const type = inReasoning ? "response.reasoning_text.delta" : "response.output_text.delta";
    const item = inReasoning ? { item_id: "rs_1", output_index: 0 } : { item_id: "msg_1", output_index: 1 };
    events.push(event(type, { ...item, content_index: 0, delta: word }));
  }
  const output = [
    { ...reasoningItem, status: "completed", content: [{ type: "reasoning_text", text: reasoning }] },
    {
      ...messageItem,
      status: "completed",
      content: [{ type: "output_text", text: content, annotations: [] }],
    },
  ];
  const usage = { input_tokens: 12, output_tokens: chunkCount, total_tokens: chunkCount + 12 };
  events.push(event("response.completed", { response: { ...base, status: "completed", output, usage } }));
  const hash = createHash("sha256").update(reasoning).update("\u0000").update(content).digest("hex");
  return { body: Buffer.from(events.join(""), "utf8"), hash, events: events.length };
}

const completion = JSON.stringify({
  id: "c1",
  object: "chat.completion",
  created: 1781043600,
  model: "deepseek-v4-flash",
  choices: [
    { index: 0, message: { role: "assistant", content: "Hello!" }, logprobs: null, finish_reason: "stop" },
  ],
  usage: { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 },
});

/** One server: `/json/…` answers every call with a small completion at once, `/stream/…` streams the long answer. */
function startServer(chat: Buffer, responses: Buffer): Promise<{ server: Server; url: string }> {
  const server = createServer(async (request, response) => {
    if (!request.url?.startsWith("/stream/")) {
      response.writeHead(200, { "content-type": "application/json", "x-ds-trace-id": "bench" });
      response.end(completion);
      return;
    }
    response.writeHead(200, { "content-type": "text/event-stream", "x-ds-trace-id": "bench" });
    const stream = request.url.endsWith("/responses") ? responses : chat;
    // Network-sized writes that cut events (and characters) wherever the 16 KiB boundary falls.
    for (let at = 0; at < stream.length; at += writeSize) {
      if (!response.write(stream.subarray(at, at + writeSize))) {
        await new Promise((resolve) => response.once("drain", resolve));
      }
    }
    response.end();
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

// ----------------------------------------------------------------------------------------------------- measuring

interface Measurement {
  ms: number;
  peakRssMB: number;
  heapGrowthMB: number;
  check: string;
}

type Mode = "stream" | "responses" | "requests";

function measure(program: Program, mode: Mode, url: string): Promise<Measurement> {
  // Async, so that the server in this process keeps serving while the worker runs.
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--expose-gc", `${benchDir}worker.mjs`, program, mode, url, String(requestCount)],
      { maxBuffer: 1 << 20 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`${program} ${mode}: ${stderr}`)) : resolve(JSON.parse(stdout)),
    );
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

/** Runs every program `runs` times, interleaved so that a slow moment of the machine hits all alike. */
async function compare(
  mode: Mode,
  runs: number,
  url: string,
  expectedCheck: string,
  contenders: readonly Program[] = programs,
) {
  const results = Object.fromEntries(contenders.map((p) => [p, [] as Measurement[]])) as Record<
    Program,
    Measurement[]
  >;
  for (let run = 0; run < runs; run++) {
    for (const program of contenders) {
      const result = await measure(program, mode, url);
      if (result.check !== expectedCheck) throw new Error(`${program} assembled the wrong text (${mode})`);
      results[program].push(result);
    }
  }
  return Object.fromEntries(
    contenders.map((p) => [
      p,
      {
        ms: median(results[p].map((r) => r.ms)),
        peakRssMB: median(results[p].map((r) => r.peakRssMB)),
        heapGrowthMB: median(results[p].map((r) => r.heapGrowthMB)),
      },
    ]),
  ) as Record<Program, Omit<Measurement, "check">>;
}

// ------------------------------------------------------------------------------------------------------ the run

const revParse = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: packageDir, encoding: "utf8" });
const gitCommit = revParse.status === 0 ? revParse.stdout.trim() : "unknown";
console.log(
  `pnpm bench — node ${process.version}, ${process.platform}/${process.arch}, commit ${gitCommit}\n`,
);

const bundles = Object.fromEntries(
  await Promise.all(programs.map(async (p) => [p, await gzippedBundle(streamingProgram(p))] as const)),
) as Record<Program, number>;
const everyOperationBundle = await gzippedBundle(everyOperationProgram);
const openapiFetchAlone = await gzippedBundle(`import createClient from "openapi-fetch";
  createClient({ baseUrl: "https://api.deepseek.com" }).POST("/chat/completions", { body: {} }).then(console.log);`);
const eventsourceParserAlone = await gzippedBundle(`import { createParser } from "eventsource-parser";
  createParser({ onEvent: console.log }).feed("data: x\\n\\n");`);

const { body, hash, chunks } = realisticStream();
const responses = responsesStream();
const { server, url } = await startServer(body, responses.body);
console.log(
  `Responses stream: ${responses.events.toLocaleString("en")} events, ${(responses.body.length / 2 ** 20).toFixed(1)} MiB`,
);
console.log(
  `stream: ${chunks.toLocaleString("en")} chunks, ${(body.length / 2 ** 20).toFixed(1)} MiB in ${writeSize / 1024} KiB writes`,
);
const streaming = await compare("stream", streamRuns, url, hash);
const requests = await compare("requests", requestRuns, url, "ok");
const responsesContenders = ["deepseek-client", "raw-fetch"] as const;
const responsesStreaming = await compare("responses", streamRuns, url, responses.hash, responsesContenders);
server.close();

const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;
const rows = programs.map((p) => ({
  contender: names[p],
  "bundle (min+gzip)": kB(bundles[p]),
  "stream: time": `${streaming[p].ms.toFixed(0)} ms`,
  "stream: peak RSS": `${streaming[p].peakRssMB.toFixed(1)} MB`,
  "stream: heap growth": `${streaming[p].heapGrowthMB.toFixed(1)} MB`,
  [`${requestCount} requests`]: `${requests[p].ms.toFixed(0)} ms`,
  "Responses stream: time": p in responsesStreaming ? `${responsesStreaming[p].ms.toFixed(0)} ms` : "—",
}));
console.log();
console.table(rows);

const ratio = (a: number, b: number) => a / b;
const client = "deepseek-client";
/** A target on the client's figure as a multiple of raw fetch's: met when it is at most `limit` times. */
function rawRatioTarget(what: string, clientFigure: number, rawFigure: number, limit: number) {
  const times = ratio(clientFigure, rawFigure);
  return [`${what} ≤ ${limit}× raw`, `${times.toFixed(2)}×`, times <= limit] as const;
}
const checks = [
  [
    `bundle ≤ ${kB(bundleBudget)} (${bundleBudget.toLocaleString("en")} B)`,
    `${bundles[client].toLocaleString("en")} B`,
    bundles[client] <= bundleBudget,
  ],
  [
    `bundle < 1/${sdkBundleFraction} of openai's (${Math.floor(bundles["openai-sdk"] / sdkBundleFraction).toLocaleString("en")} B)`,
    `1/${(bundles["openai-sdk"] / bundles[client]).toFixed(1)}`,
    bundles[client] * sdkBundleFraction < bundles["openai-sdk"],
  ],
  [
    `every-operation bundle ≤ ${kB(everyOperationBudget)} (${everyOperationBudget.toLocaleString("en")} B)`,
    `${everyOperationBundle.toLocaleString("en")} B`,
    everyOperationBundle <= everyOperationBudget,
  ],
  rawRatioTarget(
    "Responses stream time",
    responsesStreaming[client].ms,
    responsesStreaming["raw-fetch"].ms,
    1.2,
  ),
  rawRatioTarget("stream time", streaming[client].ms, streaming["raw-fetch"].ms, 1.2),
  rawRatioTarget("stream peak RSS", streaming[client].peakRssMB, streaming["raw-fetch"].peakRssMB, 1.2),
  rawRatioTarget("requests time", requests[client].ms, requests["raw-fetch"].ms, 1.3),
  [
    "requests time ≤ openai",
    `${ratio(requests[client].ms, requests["openai-sdk"].ms).toFixed(2)}×`,
    requests[client].ms <= requests["openai-sdk"].ms,
  ],
] as const;

console.log("\nratios of @deepseek-openapi/client:");
console.table(
  programs
    .filter((p) => p !== client)
    .map((p) => ({
      against: names[p],
      bundle: `${ratio(bundles[client], bundles[p]).toFixed(2)}×`,
      "stream time": `${ratio(streaming[client].ms, streaming[p].ms).toFixed(2)}×`,
      "stream peak RSS": `${ratio(streaming[client].peakRssMB, streaming[p].peakRssMB).toFixed(2)}×`,
      "stream heap growth": `${ratio(streaming[client].heapGrowthMB, streaming[p].heapGrowthMB).toFixed(2)}×`,
      [`${requestCount} requests`]: `${ratio(requests[client].ms, requests[p].ms).toFixed(2)}×`,
    })),
);
console.log(
  `\nfor scale: openapi-fetch alone is ${kB(openapiFetchAlone)}; eventsource-parser alone would add ${kB(eventsourceParserAlone)}` +
    ` (the client parses SSE with its own small parser to stay within ${kB(bundleBudget)}).`,
);
console.log("\nfor packages/client/README.md:\n");
console.log(`| | ${programs.map((p) => names[p]).join(" | ")} |`);
console.log(`|---|${programs.map(() => "---:").join("|")}|`);
const markdownRow = (label: string, value: (p: Program) => string) =>
  console.log(`| ${label} | ${programs.map(value).join(" | ")} |`);
markdownRow("bundle, min+gzip", (p) => `${kB(bundles[p])} (${bundles[p].toLocaleString("en")} B)`);
markdownRow("stream: time", (p) => `${streaming[p].ms.toFixed(0)} ms`);
markdownRow("stream: peak RSS", (p) => `${streaming[p].peakRssMB.toFixed(1)} MB`);
markdownRow("stream: heap growth", (p) => `${streaming[p].heapGrowthMB.toFixed(1)} MB`);
markdownRow(`${requestCount.toLocaleString("en")} requests`, (p) => `${requests[p].ms.toFixed(0)} ms`);
markdownRow("bundle, every operation", (p) =>
  p === client ? `${kB(everyOperationBundle)} (${everyOperationBundle.toLocaleString("en")} B)` : "—",
);
markdownRow("Responses stream: time", (p) =>
  p in responsesStreaming ? `${responsesStreaming[p].ms.toFixed(0)} ms` : "—",
);
const vsRaw = (value: (p: Program) => number) => `${ratio(value(client), value("raw-fetch")).toFixed(2)}×`;
const vsOpenai = (value: (p: Program) => number) =>
  `${ratio(value(client), value("openai-sdk")).toFixed(2)}×`;
console.log(
  `\nClient ÷ raw: stream time ${vsRaw((p) => streaming[p].ms)}, peak RSS ${vsRaw((p) => streaming[p].peakRssMB)}, ` +
    `requests ${vsRaw((p) => requests[p].ms)}. Client ÷ openai: bundle ${vsOpenai((p) => bundles[p])}, stream time ` +
    `${vsOpenai((p) => streaming[p].ms)}, requests ${vsOpenai((p) => requests[p].ms)}.`,
);
console.log("\ntargets:");
for (const [target, value, met] of checks)
  console.log(`  ${met ? "met    " : "MISSED "} ${target}: ${value}`);
