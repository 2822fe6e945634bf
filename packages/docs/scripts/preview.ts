/**
 * `pnpm docs:preview`: builds the reference, serves it on http://127.0.0.1:<port>/ and rebuilds on every change.
 * A change under spec/ (or to redocly.yaml) re-bundles the spec and rebuilds the client (through turbo), then the
 * docs; a change to a sample only rebuilds the docs. Open pages reload themselves after each successful rebuild.
 *
 * Options: --port <n> (default 4173, or PORT; a busy port falls back to a free one).
 */
import { spawnSync } from "node:child_process";
import { type FSWatcher, watch } from "node:fs";
import { parseArgs } from "node:util";
import { buildDocs } from "../src/build.js";
import { createLiveReload } from "../src/live-reload.js";
import { distDir, redoclyConfigFile, repoRoot, samplesDir, specSourceDir } from "../src/paths.js";
import { type StaticServer, startStaticServer } from "../src/static-server.js";

type Change = "spec" | "samples";

/**
 * Re-bundles the spec and rebuilds what the docs depend on (the spec package, then the client the TypeScript samples
 * are checked against) through turbo, so the preview runs the same pipeline as `pnpm build`, cache included.
 */
function buildDependencies(): boolean {
  const result = spawnSync(
    "pnpm",
    ["exec", "turbo", "run", "build", "--filter=@deepseek-openapi/docs^...", "--output-logs=errors-only"],
    { cwd: repoRoot, stdio: "inherit" },
  );
  return result.status === 0;
}

function rebuild(change: Change): boolean {
  const started = Date.now();
  try {
    if (change === "spec" && !buildDependencies())
      throw new Error("building the spec or the client failed (see above)");
    buildDocs((line) => console.log(line));
    console.log(`preview: rebuilt in ${Date.now() - started} ms`);
    return true;
  } catch (error) {
    console.error(
      `preview: the rebuild failed; still serving the last good build.\n${(error as Error).message}`,
    );
    return false;
  }
}

async function listen(port: number, options: Parameters<typeof startStaticServer>[1]): Promise<StaticServer> {
  try {
    return await startStaticServer(distDir, { ...options, port });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    console.warn(`preview: port ${port} is busy, using a free one`);
    return startStaticServer(distDir, { ...options, port: 0 });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: "string" } } });
  const port = Number(values.port ?? process.env.PORT ?? 4173);

  if (!rebuild("spec")) process.exitCode = 1;
  const liveReload = createLiveReload();
  const server = await listen(port, {
    intercept: liveReload.intercept,
    transformHtml: liveReload.transformHtml,
  });
  console.log(`preview: serving ${distDir} on ${server.url} (Ctrl+C to stop)`);

  // Changes arrive in bursts (an editor writes several files); rebuild once per burst, never two at a time.
  let pending: Change | undefined;
  let timer: NodeJS.Timeout | undefined;
  let building = false;
  const schedule = (change: Change) => {
    pending = pending === "spec" || change === "spec" ? "spec" : "samples";
    clearTimeout(timer);
    timer = setTimeout(flush, 300);
  };
  const flush = () => {
    if (building || !pending) return;
    const change = pending;
    pending = undefined;
    building = true;
    console.log(`preview: ${change === "spec" ? "spec" : "samples"} changed, rebuilding…`);
    const ok = rebuild(change);
    building = false;
    if (ok) liveReload.reload();
    if (pending) flush();
  };

  const watchers: FSWatcher[] = [
    watch(specSourceDir, { recursive: true }, () => schedule("spec")),
    watch(redoclyConfigFile, () => schedule("spec")),
    watch(samplesDir, { recursive: true }, (_, name) => {
      if (name && /\.(ts|py|json)$/.test(name)) schedule("samples");
    }),
  ];

  const stop = async () => {
    for (const watcher of watchers) watcher.close();
    clearTimeout(timer);
    liveReload.close();
    await server.close();
    process.exit(process.exitCode ?? 0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

await main();
