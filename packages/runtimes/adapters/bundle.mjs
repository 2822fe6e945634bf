// The entry and what it imports as one script, for the runtimes that take no files (edge-runtime, workerd).
import { build } from "esbuild";

/** `format: "iife"` exposes the entry's exports as the global `entry`. */
export async function bundle(contents, resolveDir, format) {
  const result = await build({
    stdin: { contents, resolveDir, sourcefile: "entry.mjs" },
    bundle: true,
    write: false,
    format,
    globalName: format === "iife" ? "entry" : undefined,
    platform: "browser",
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}
