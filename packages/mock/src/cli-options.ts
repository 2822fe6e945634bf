import { parseArgs } from "node:util";
import { loadBundledSpec, type OpenApiServer, serverUrl } from "@deepseek-openapi/spec";
import { basePaths, listBaseUrls } from "./base-paths.js";
import { defaultPaceMs } from "./event-stream.js";

/** The port `deepseek-mock` listens on without `--port` or `PORT`: that of the spec's self-hosted server default. */
export function defaultPort(): number {
  const { servers = [] } = loadBundledSpec() as { servers?: OpenApiServer[] };
  const template = servers.find((server) => server.url === "{baseUrl}");
  const selfHosted = template && serverUrl(template);
  const port = selfHosted && URL.canParse(selfHosted) ? Number(new URL(selfHosted).port) : 0;
  if (!port) throw new Error("the bundled spec's {baseUrl} server has no default URL with a port");
  return port;
}

export interface CliOptions {
  readonly port: number;
  readonly host: string;
  readonly pace: number;
  readonly help: boolean;
}

/** A command line the mock cannot run with; its message is the one line the command prints. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export const helpText = () => `Usage: deepseek-mock [--port PORT] [--host HOST] [--pace MS]

A mock of the DeepSeek API (Prism on the deepseek-openapi spec). It answers under the base URL
http://HOST:PORT and, as DeepSeek does, under
${listBaseUrls("http://HOST:PORT", basePaths(loadBundledSpec()))}.

  --port PORT   the TCP port (default ${defaultPort()}, or the PORT environment variable; 0 for a free port)
  --host HOST   the interface to listen on (default 127.0.0.1)
  --pace MS     milliseconds between two events of a stream (default ${defaultPaceMs})
  -h, --help    this text
`;

export function parseCliOptions(argv: readonly string[], env: NodeJS.ProcessEnv): CliOptions {
  let values: { port?: string; host?: string; pace?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: "string" },
        host: { type: "string", default: "127.0.0.1" },
        pace: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    // parseArgs words some errors over two lines: the command prints one.
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${message.replace(/\s*\n\s*/g, " ")} (see --help)`);
  }
  const port = values.port ?? (env.PORT || undefined);
  const portSource = values.port === undefined ? "PORT" : "--port";
  return {
    port: port === undefined ? defaultPort() : integer(port, portSource, 65535),
    host: values.host ?? "127.0.0.1",
    pace: values.pace === undefined ? defaultPaceMs : integer(values.pace, "--pace", 60_000),
    help: values.help ?? false,
  };
}

function integer(text: string, name: string, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value > max) {
    throw new UsageError(`${name} must be a whole number from 0 to ${max}; got "${text}"`);
  }
  return value;
}
