// One measurement in a fresh process, so that each contender's memory is its own:
//   node bench/worker.mjs <program> stream <url>          consume and assemble one long stream (<url>/stream)
//   node bench/worker.mjs <program> responses <url>       the same for a long Responses stream (named events)
//   node bench/worker.mjs <program> requests <url> <n>    n sequential non-streaming requests (<url>/json)
// Prints one JSON line: the best wall time of 15 streams or 5 × n requests (after one round to warm up), peak RSS,
// peak heap growth, and what it assembled (as a hash, for the check).
import { createHash } from "node:crypto";

const [programFile, mode, url, count = "0"] = process.argv.slice(2);
const program = await import(new URL(`./programs/${programFile}.mjs`, import.meta.url).href);
const client = program.connect(`${url}/json`);

// Warm up (connection, JIT) with a few small requests, then settle the heap.
for (let i = 0; i < 20; i++) await program.chat(client);
const streamClient = program.connect(`${url}/stream`);
globalThis.gc?.();

// The machine is shared and noisy, and noise only ever adds time: the best of several rounds is the measurement.
const rounds = mode === "requests" ? 5 : 15;
const heapBefore = process.memoryUsage().heapUsed;
let heapPeak = heapBefore;
const sampler = setInterval(() => {
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
}, 2);

let ms = Number.POSITIVE_INFINITY;
let check = "";
for (let round = 0; round <= rounds; round++) {
  const started = performance.now();
  if (mode !== "requests") {
    const read = mode === "stream" ? program.streamChat : program.streamResponse;
    const { reasoning, content } = await read(streamClient);
    check = createHash("sha256").update(reasoning).update("\u0000").update(content).digest("hex");
  } else {
    for (let i = 0; i < Number(count); i++) {
      const completion = await program.chat(client);
      if (completion.choices[0].message.content !== "Hello!") throw new Error("wrong answer");
    }
    check = "ok";
  }
  // Round 0 warms up the stream path.
  if (round > 0) ms = Math.min(ms, performance.now() - started);
}
clearInterval(sampler);
heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);

console.log(
  JSON.stringify({
    ms,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    heapGrowthMB: (heapPeak - heapBefore) / 2 ** 20,
    check,
  }),
);
