// `pnpm build:timing`: runs `pnpm build` twice, first with `--force` (turbo ignores its cache, then refills it), then
// with no change, and prints both times and the second run's cache hits. Exits 1 when a build fails or when the
// second build is not entirely served from the local cache ("FULL TURBO").
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = fileURLToPath(new URL("..", import.meta.url));
const { verbose } = parseArgs({ options: { verbose: { type: "boolean", default: false } } }).values;

function build(extraArgs) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn("pnpm", ["build", ...extraArgs], {
      cwd: root,
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0", NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const collect = (chunk) => {
      output += chunk;
      if (verbose) process.stderr.write(chunk);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("close", (code) => {
      const seconds = (performance.now() - started) / 1000;
      // biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colour codes
      const text = output.replace(/\x1b\[[0-9;]*m/g, "");
      const cached = /Cached:\s+(\d+) cached, (\d+) total/.exec(text);
      resolve({
        code,
        seconds,
        text,
        cached: cached ? Number(cached[1]) : undefined,
        total: cached ? Number(cached[2]) : undefined,
        fullTurbo: /FULL TURBO/.test(text),
      });
    });
  });
}

const describe = (run) =>
  `${run.seconds.toFixed(1).padStart(6)} s   ${run.cached ?? "?"} of ${run.total ?? "?"} tasks from the cache${run.fullTurbo ? "   >>> FULL TURBO" : ""}`;

console.log("build:timing - `pnpm build --force`, then `pnpm build` again with no change");
const first = await build(["--force"]);
if (first.code !== 0) {
  console.log(first.text);
  console.log(`build:timing: FAIL - the first build failed (exit ${first.code})`);
  process.exit(1);
}
console.log(`first build  (--force, cache ignored): ${describe(first)}`);
const second = await build([]);
if (second.code !== 0) {
  console.log(second.text);
  console.log(`build:timing: FAIL - the second build failed (exit ${second.code})`);
  process.exit(1);
}
console.log(`second build (no change):              ${describe(second)}`);
const ratio = (100 * second.seconds) / first.seconds;
console.log(`the second build took ${ratio.toFixed(1)}% of the first`);
if (!second.fullTurbo || second.cached !== second.total) {
  // Show which tasks missed, so the inputs/outputs that broke the cache can be fixed.
  const misses = second.text.split("\n").filter((line) => /cache miss/.test(line));
  console.log(misses.join("\n"));
  console.log("build:timing: FAIL - the second build was not entirely served from the cache");
  process.exit(1);
}
console.log("build:timing: PASS - the second build is FULL TURBO");
