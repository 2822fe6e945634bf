// Node, Deno and Bun: `module.mjs <entry> <export> <JSON args> exit|stay` imports the entry, awaits its export
// called with the args and prints the result as JSON; then exits, or leaves the process to end by itself.
import { pathToFileURL } from "node:url";

const [entry, name, args, mode] = process.argv.slice(2);
const module = await import(pathToFileURL(entry).href);
console.log(JSON.stringify((await module[name](...JSON.parse(args))) ?? null));
if (mode === "exit") process.exit(0);
