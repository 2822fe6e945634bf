// Cloudflare's workerd through Miniflare: the entry bundled into a worker whose fetch handler awaits the export
// with the arguments and answers its result as JSON, printed as module.mjs prints it.
import { dirname } from "node:path";
import { Miniflare } from "miniflare";
import { bundle } from "./bundle.mjs";

const [entry, name, args] = process.argv.slice(2);
const worker = `import * as entry from ${JSON.stringify(entry)};
export default { async fetch() { return Response.json((await entry[${JSON.stringify(name)}](...${args})) ?? null); } };`;
const miniflare = new Miniflare({
  modules: true,
  script: await bundle(worker, dirname(entry), "esm"),
  compatibilityDate: "2026-07-30",
});
try {
  const response = await miniflare.dispatchFetch("http://localhost/");
  console.log(JSON.stringify(await response.json()));
} finally {
  await miniflare.dispose();
}
process.exit(0);
