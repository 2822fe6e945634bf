import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface LocalServer {
  readonly baseUrl: string;
  close(): Promise<void>;
}

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  /** The raw request body. */
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
}

export interface ScriptedAnswer {
  status: number;
  contentType: string;
  body: string;
  /** Send the body, then nothing more, never ending the answer: a provider that stalls mid-stream. */
  stall?: boolean;
}

/** A server on a free port of 127.0.0.1 that answers each request with what `handle` returns. */
export async function startScriptedServer(
  handle: (request: ReceivedRequest) => ScriptedAnswer | Promise<ScriptedAnswer>,
): Promise<LocalServer> {
  const server = createServer((req, res) => {
    void (async () => {
      try {
        const request = await receive(req);
        const answer = await handle(request);
        respond(res, answer);
      } catch (error) {
        respond(res, {
          status: 599,
          contentType: "text/plain",
          body: `test server failed: ${String(error)}`,
        });
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function receive(req: IncomingMessage): Promise<ReceivedRequest> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  const text = Buffer.concat(parts).toString("utf8");
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { method: req.method ?? "GET", path: req.url ?? "/", headers: req.headers, text, json };
}

function respond(res: ServerResponse, answer: ScriptedAnswer): void {
  res.writeHead(answer.status, { "content-type": answer.contentType });
  if (answer.stall) res.write(answer.body);
  else res.end(answer.body);
}
