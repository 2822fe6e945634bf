import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { findOperation, keyHeader, loadBundledSpec, operationParameters } from "@deepseek-openapi/spec";
import { sendJson } from "@deepseek-openapi/test-utils";
import type { LocalServer } from "./servers.js";

/** Ways a real provider can get the Anthropic-format Files wrong that no static mock can show. */
export interface FilesMisbehaviour {
  /** Answers a deletion with the id of another file. */
  deletesAnotherId?: boolean;
  /** Reports one byte more than was uploaded. */
  miscountsBytes?: boolean;
  /** Stores every upload under one generic name. */
  renames?: boolean;
}

const spec = loadBundledSpec();
const files = findOperation(spec, "listAnthropicFiles");
/** The header the spec has the key sent in to the Files ({@link keyHeader}). */
export const keyHeaderName = String(keyHeader(spec, files)?.name);
/** The beta header the spec requires of every call (the upload's header parameter), with its example value. */
export const betaHeader = betaHeaderOf("uploadAnthropicFile");

export const betaRefusal = `${betaHeader.name}: ${betaHeader.example} is required`;

const error = (message: string, type = "invalid_request_error") => ({
  error: { message, type, param: null, code: "invalid_request_error" },
});

/**
 * A stand-in for a provider of the Anthropic-format Files (its own server: the bytes of an upload must arrive
 * unchanged, which a text-decoding test server does not keep). It keeps what is uploaded, answers 401 without the
 * key in {@link keyHeaderName} and 400 without the spec's beta header.
 */
export async function startFakeAnthropicFiles(
  goodKey: string,
  wrong: FilesMisbehaviour = {},
): Promise<LocalServer & { headersSeen: IncomingMessage["headers"][] }> {
  const stored = new Map<string, Record<string, unknown>>();
  let uploads = 0;
  const headersSeen: IncomingMessage["headers"][] = [];
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const path = request.url ?? "/";
    if (!path.startsWith(files.path)) return sendJson(response, 404, error("not found"));
    headersSeen.push(request.headers);
    if (request.headers[keyHeaderName] !== goodKey)
      return sendJson(response, 401, error("Authentication Fails", "authentication_error"));
    if (!String(request.headers[betaHeader.name] ?? "").includes(betaHeader.example))
      return sendJson(response, 400, error(betaRefusal));
    const id = decodeURIComponent(path.slice(`${files.path}/`.length));
    if (request.method === "POST" && path === files.path) {
      const form = await new Request("http://fake.invalid", {
        method: "POST",
        headers: { "content-type": request.headers["content-type"] ?? "" },
        body: Buffer.concat(chunks),
      }).formData();
      const file = form.get("file");
      if (!(file instanceof File)) return sendJson(response, 400, error("file is required"));
      const created = {
        id: `file-${++uploads}`,
        type: "file",
        size_bytes: file.size + (wrong.miscountsBytes ? 1 : 0),
        created_at: new Date().toISOString(),
        filename: wrong.renames ? "upload" : file.name,
        mime_type: file.type,
      };
      stored.set(created.id, created);
      return sendJson(response, 200, created);
    }
    if (request.method === "GET" && path === files.path) {
      const data = [...stored.values()];
      return sendJson(response, 200, {
        data,
        first_id: data[0]?.id ?? null,
        last_id: data.at(-1)?.id ?? null,
        has_more: false,
      });
    }
    const file = stored.get(id);
    if (!file) return sendJson(response, 404, error(`no file ${id}`));
    if (request.method === "GET") return sendJson(response, 200, file);
    stored.delete(id);
    return sendJson(response, 200, { id: wrong.deletesAnotherId ? "file-0" : id, type: "file_deleted" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    headersSeen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function betaHeaderOf(operationId: string): { name: string; example: string } {
  const header = operationParameters(spec, findOperation(spec, operationId)).find(
    (parameter) => parameter.in === "header",
  );
  if (typeof header?.example !== "string")
    throw new Error(`${operationId}: the spec gives no header with an example`);
  return { name: header.name, example: header.example };
}
