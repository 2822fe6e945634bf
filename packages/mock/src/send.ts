import type { ServerResponse } from "node:http";

export type Outcome = "completed" | "aborted";

/** Writes a whole answer (JSON unless `body` is text) with its length; `aborted` when the client is gone first. */
export function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): Promise<Outcome> {
  if (response.destroyed) return Promise.resolve("aborted");
  const text = body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body);
  const type = headers["content-type"] ?? (typeof body === "string" ? "text/plain" : "application/json");
  response.writeHead(status, {
    ...headers,
    ...(body === undefined ? {} : { "content-type": type }),
    "content-length": Buffer.byteLength(text),
  });
  return new Promise((resolve) => {
    response.once("finish", () => resolve("completed"));
    response.once("close", () => resolve("aborted"));
    response.end(text);
  });
}
