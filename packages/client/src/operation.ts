import { coreOf } from "./core.js";
import { DeepSeekError } from "./errors.js";
import { anthropicKeyHeader } from "./generated/providers.js";
import { httpCall } from "./http.js";
import { type CallInit, type RequestOptions, send } from "./request.js";
import type { Stream, StreamFormat } from "./stream.js";

/** One call of an operation outside the client object: where it goes and what it sends. */
export interface OperationCall {
  method: "GET" | "POST" | "DELETE";
  path: string;
  /** The server the spec names for the operation: used when the client's base URL is on its origin. */
  server: string;
  body?: unknown;
  params?: { path?: Record<string, string>; query?: object | undefined };
  headers?: Record<string, string>;
  /** The Anthropic-format endpoints take the key in their own header ({@link anthropicKeyHeader}). */
  anthropic?: boolean;
}

/** A `create` of an operation outside the client object: its result follows `stream`, as the client's do. */
export interface CreateOperation<Request, Result, Event> {
  (client: object, request: Request & { stream: true }, options?: RequestOptions): Promise<Stream<Event>>;
  (client: object, request: Request & { stream?: false | null }, options?: RequestOptions): Promise<Result>;
  (client: object, request: Request, options?: RequestOptions): Promise<Result | Stream<Event>>;
}

/**
 * Sends one operation through the client's core: its retries, timeouts, errors and redaction. Its answer is JSON
 * (`Result`), or a `Stream` in `stream`'s format when one is given.
 */
export function callOperation<Result>(
  client: object,
  { method, path, server, body, params, headers, anthropic }: OperationCall,
  options?: RequestOptions,
  stream?: StreamFormat | false,
): Promise<Result> {
  const { headers: clientHeaders, settings, apiKey, baseURL } = coreOf(client);
  const auth = anthropic && { Authorization: null, [anthropicKeyHeader]: apiKey };
  const baseUrl = sameOrigin(baseURL, server) ? server : baseURL;
  const call = (init: CallInit) =>
    httpCall(clientHeaders, { method, path, baseUrl, body, params, headers: { ...auth, ...headers } }, init);
  return send(call, stream, settings, options) as Promise<Result>;
}

function sameOrigin(baseURL: string, server: string): boolean {
  return new URL(baseURL).origin === new URL(server).origin;
}

/** A file's ID as the path parameter: it must not be empty, or the call would reach another operation (`GET /files`). */
export function fileIdParams(fileId: unknown): OperationCall["params"] {
  if (typeof fileId !== "string" || !fileId)
    throw new DeepSeekError(`file_id must be a non-empty string, got ${JSON.stringify(fileId)}`);
  return { path: { file_id: fileId } };
}
