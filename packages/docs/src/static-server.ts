/**
 * A minimal static file server on 127.0.0.1, for the browser test and `pnpm docs:preview`. node:http only: the docs
 * are one HTML file plus the two spec files, which needs no framework.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".yaml": "application/yaml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

export interface StaticServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Handles a request before the file lookup; returns true when it answered. Used by the preview's live reload. */
  intercept?: (request: IncomingMessage, response: ServerResponse) => boolean;
  /** Rewrites HTML before it is sent. Used by the preview to add its live-reload script. */
  transformHtml?: (html: string) => string;
}

/** Maps a URL path to a file inside `root`, or undefined when it would leave `root` or does not exist. */
export function resolveFile(root: string, urlPath: string): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(urlPath, "http://127.0.0.1").pathname);
  } catch {
    return undefined;
  }
  const base = resolve(root);
  const file = normalize(join(base, pathname.endsWith("/") ? `${pathname}index.html` : pathname));
  if (file !== base && !file.startsWith(base + sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

export async function startStaticServer(
  root: string,
  options: StaticServerOptions = {},
): Promise<StaticServer> {
  const server = createServer((request, response) => {
    if (options.intercept?.(request, response)) return;
    const file = resolveFile(root, request.url ?? "/");
    if (!file || (request.method !== "GET" && request.method !== "HEAD")) {
      response
        .writeHead(file ? 405 : 404, { "content-type": "text/plain; charset=utf-8" })
        .end("not found\n");
      return;
    }
    const type = contentTypes[extname(file)] ?? "application/octet-stream";
    // No caching: the preview rebuilds these files in place.
    const headers = { "content-type": type, "cache-control": "no-store" };
    if (type.startsWith("text/html") && options.transformHtml) {
      readFile(file, "utf8")
        .then((html) => response.writeHead(200, headers).end(options.transformHtml?.(html) ?? html))
        .catch(() => response.writeHead(500).end());
      return;
    }
    response.writeHead(200, headers);
    if (request.method === "HEAD") response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolvePromise());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    server,
    close: () =>
      new Promise<void>((resolvePromise) => {
        server.closeAllConnections();
        server.close(() => resolvePromise());
      }),
  };
}
