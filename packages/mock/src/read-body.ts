import type { IncomingMessage } from "node:http";
import { type ErrorResponse, errorResponse } from "./error-response.js";

const bodyLimitBytes = 10 * 1024 * 1024;

export type ReadBody = { body: unknown } | { status: number; error: ErrorResponse };

/**
 * The request's JSON body (undefined when it has none), or the error a body that is not JSON gets at once: it is
 * read as JSON whatever its content-type says, as DeepSeek does (`curl -d` sends a form type).
 */
export async function readJsonBody(request: IncomingMessage): Promise<ReadBody> {
  const chunks: Buffer[] = [];
  let size = 0;
  // Read to the end even past the limit: a request destroyed half-read could not be answered.
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= bodyLimitBytes) chunks.push(chunk);
  }
  if (size > bodyLimitBytes) {
    return { status: 413, error: errorResponse(`The request body is larger than ${bodyLimitBytes} bytes`) };
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return { body: undefined };
  try {
    return { body: JSON.parse(text) };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { status: 400, error: errorResponse(`Failed to parse the request body as JSON: ${why}`) };
  }
}
