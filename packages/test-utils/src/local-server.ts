// A local HTTP server on 127.0.0.1 and a free port, that records every request and answers as each test says.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export type Handler = (
  request: RecordedRequest,
  response: ServerResponse,
  index: number,
) => void | Promise<void>;

export interface TestServer {
  url: string;
  requests: RecordedRequest[];
  /** Whether the client closed the connection of request `index` before the server ended the response. */
  closedEarly: boolean[];
  close(): Promise<void>;
}

export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const closedEarly: boolean[] = [];
  const server = createServer(async (incoming, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const request = {
      method: incoming.method ?? "",
      url: incoming.url ?? "",
      headers: incoming.headers,
      body: Buffer.concat(chunks).toString("utf8"),
    };
    const index = requests.push(request) - 1;
    closedEarly[index] = false;
    response.on("close", () => {
      if (!response.writableFinished) closedEarly[index] = true;
    });
    try {
      await handler(request, response, index);
    } catch (error) {
      if (!response.headersSent) response.writeHead(599);
      response.end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    closedEarly,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answers with a JSON body. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(typeof body === "string" ? body : JSON.stringify(body));
}

/** Starts an event stream and writes each piece as its own network write, with a pause between them. */
export async function sendPieces(response: ServerResponse, pieces: (string | Uint8Array)[], pauseMs = 1) {
  response.writeHead(200, { "content-type": "text/event-stream", "x-ds-trace-id": "trace-stream" });
  for (const piece of pieces) {
    response.write(piece);
    await wait(pauseMs);
  }
  response.end();
}

export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
