import type { IncomingMessage } from "node:http";
import { type ErrorResponse, errorResponse } from "./error-response.js";

const bodyLimitBytes = 10 * 1024 * 1024;
const multipart = "multipart/form-data";

/**
 * A request's body as the mock reads it. `body` is what the rules and the validator see: the parsed JSON, or a
 * form's fields as an object (a file as its name). `prism` is what Prism validates: the JSON, or the form's text.
 */
export interface RequestRead {
  readonly body: unknown;
  readonly prism?: { readonly body: unknown; readonly contentType: string };
}

export type ReadBody = RequestRead | { status: number; error: ErrorResponse };

/**
 * The request's body (undefined when it has none), or the error a body that cannot be read gets at once. A
 * `multipart/form-data` body is a form; anything else is read as JSON whatever its content-type says, as DeepSeek
 * does (`curl -d` sends a form type).
 */
export async function readBody(request: IncomingMessage): Promise<ReadBody> {
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
  const bytes = Buffer.concat(chunks);
  const contentType = request.headers["content-type"] ?? "";
  if (contentType.toLowerCase().startsWith(multipart)) return readForm(bytes, contentType);
  return readJson(bytes.toString("utf8"));
}

function readJson(text: string): ReadBody {
  if (text.trim() === "") return { body: undefined };
  try {
    const body: unknown = JSON.parse(text);
    return { body, prism: { body, contentType: "application/json" } };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { status: 400, error: errorResponse(`Failed to parse the request body as JSON: ${why}`) };
  }
}

/** A form through the platform's own multipart parser (undici's), which `fetch` and `FormData` share. */
async function readForm(bytes: Buffer, contentType: string): Promise<ReadBody> {
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(bytes), { headers: { "content-type": contentType } }).formData();
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { status: 400, error: errorResponse(`Failed to parse the request body as ${multipart}: ${why}`) };
  }
  const fields: Record<string, string> = {};
  for (const [name, value] of form) fields[name] = typeof value === "string" ? value : value.name;
  return { body: fields, prism: { body: bytes.toString("latin1"), contentType } };
}
