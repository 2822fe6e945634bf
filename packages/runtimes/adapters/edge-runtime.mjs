// Vercel's edge-runtime (its own fetch, on undici 6): the entry bundled and evaluated in an EdgeRuntime context,
// with the arguments and output of module.mjs.
import { dirname } from "node:path";
import { EdgeRuntime } from "edge-runtime";
import { bundle } from "./bundle.mjs";

const [entry, name, args, mode] = process.argv.slice(2);
const code = await bundle(`export * from ${JSON.stringify(entry)};`, dirname(entry), "iife");
const runtime = new EdgeRuntime({ initialCode: code });
const result = await runtime.evaluate(`entry[${JSON.stringify(name)}](...${args})`);
console.log(JSON.stringify(result ?? null));
if (mode === "exit") process.exit(0);
