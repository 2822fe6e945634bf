import type { IncomingHttpHeaders } from "node:http";
import { type RecordedRequest, startServer } from "@deepseek-openapi/test-utils";

export interface LocalServer {
  readonly baseUrl: string;
  close(): Promise<void>;
}

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
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
  const server = await startServer(async (request, response) => {
    let answer: ScriptedAnswer;
    try {
      answer = await handle(received(request));
    } catch (error) {
      answer = { status: 599, contentType: "text/plain", body: `test server failed: ${String(error)}` };
    }
    response.writeHead(answer.status, { "content-type": answer.contentType });
    if (answer.stall) response.write(answer.body);
    else response.end(answer.body);
  });
  return { baseUrl: server.url, close: server.close };
}

function received(request: RecordedRequest): ReceivedRequest {
  let json: unknown;
  try {
    json = request.body ? JSON.parse(request.body) : undefined;
  } catch {
    json = undefined;
  }
  return {
    method: request.method || "GET",
    path: request.url || "/",
    headers: request.headers,
    text: request.body,
    json,
  };
}
