import type { KeyHeader } from "@deepseek-openapi/spec";
import { anthropicBaseUrlOf } from "./providers.js";
import { redactor } from "./redact.js";
import type { Target } from "./target.js";

/** One request of a check. */
export interface ApiRequest {
  /** The spec's operation, when the request was built from it (`operationRequest`). */
  operationId?: string;
  method: "GET" | "POST" | "DELETE";
  path: string;
  /** A JSON body, serialised here; or `rawBody` to send bytes that are not valid JSON on purpose. */
  body?: unknown;
  rawBody?: string;
  /** A `multipart/form-data` body (an upload), instead of JSON. */
  form?: FormData;
  /** Which key to send: the target's (default), none, or a deliberately wrong one. */
  auth?: "key" | "none" | { wrongKey: string };
  accept?: "application/json" | "text/event-stream";
  /** Serve from the beta base URL (FIM, chat prefix completion). */
  beta?: boolean;
  /** Serve from the Anthropic-format base URL ({@link anthropicBaseUrlOf}). */
  anthropic?: boolean;
  /** The header the key goes in: the operation's (`operationRequest`); by default `Authorization: Bearer`. */
  keyHeader?: KeyHeader;
  /** Headers the operation requires (`anthropic-beta`). */
  headers?: Readonly<Record<string, string>>;
  /** The spec example a mock should answer with (`Prefer: example=<name>`); ignored against a real provider. */
  mockExample?: string;
}

export interface ApiResponse {
  status: number;
  /** The media type alone, lower-cased, without parameters: `application/json`. */
  mediaType: string;
  text: string;
  /** The method and the URL (`POST https://…`), for messages. */
  label: string;
}

/** A request that got no HTTP answer at all: nothing listens, DNS failed, the connection broke, or it timed out. */
export class EndpointUnreachable extends Error {
  override readonly name = "EndpointUnreachable";
}

/** A request cut short because the whole run's deadline was reached. */
export class DeadlineReached extends Error {
  override readonly name = "DeadlineReached";
}

/** Stops the requests of a run once its deadline is reached; `description` says which deadline, for messages. */
export interface RunDeadline {
  readonly signal: AbortSignal;
  readonly description: string;
}

const bearerKey: KeyHeader = { name: "Authorization", bearer: true };

export async function send(
  target: Target,
  request: ApiRequest,
  deadline?: RunDeadline,
): Promise<ApiResponse> {
  const url = `${baseUrlOf(target, request)}${request.path}`;
  const label = `${request.method} ${url}`;
  const headers: Record<string, string> = {
    ...request.headers,
    accept: request.accept ?? "application/json",
  };
  const auth = request.auth ?? "key";
  const key = auth === "key" ? target.apiKey : auth === "none" ? undefined : auth.wrongKey;
  if (key !== undefined) {
    const { name, bearer } = request.keyHeader ?? bearerKey;
    headers[name.toLowerCase()] = bearer ? `Bearer ${key}` : key;
  }
  if (request.mockExample && target.mock) headers.prefer = `example=${request.mockExample}`;
  let body: string | FormData | undefined;
  if (request.form !== undefined) body = request.form;
  else if (request.rawBody !== undefined) body = request.rawBody;
  else if (request.body !== undefined) body = JSON.stringify(request.body);
  if (typeof body === "string") headers["content-type"] = "application/json";

  const idle = new AbortController();
  const signal = AbortSignal.any([
    AbortSignal.timeout(target.timeoutMs),
    idle.signal,
    ...(deadline ? [deadline.signal] : []),
  ]);
  const progress = { received: 0 };
  try {
    const response = await fetch(url, { method: request.method, headers, body, signal, redirect: "manual" });
    // A server may echo the key (an error page quoting the request): blank it before any check can quote, or cut,
    // the body. Cutting first could leak a prefix of the key.
    const text = redactor(target.apiKey)(await readBody(response, target.idleTimeoutMs, idle, progress));
    const mediaType = (response.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    return { status: response.status, mediaType, text, label };
  } catch (error) {
    if (deadline?.signal.aborted) {
      throw new DeadlineReached(
        `${label}: ${deadline.description} was reached before the answer was complete`,
      );
    }
    if (idle.signal.aborted) {
      throw new EndpointUnreachable(
        `${label}: the body stalled: no data for ${target.idleTimeoutMs / 1000} s after ${progress.received} bytes`,
      );
    }
    throw new EndpointUnreachable(`${label}: ${describeNetworkError(error, target.timeoutMs)}`);
  }
}

function baseUrlOf(target: Target, request: ApiRequest): string {
  if (request.anthropic) return target.anthropicBaseUrl ?? anthropicBaseUrlOf(target.baseUrl);
  return request.beta ? target.betaBaseUrl : target.baseUrl;
}

/** Reads the body to its end, aborting `idle` when no data arrives for `idleTimeoutMs`. */
async function readBody(
  response: Response,
  idleTimeoutMs: number,
  idle: AbortController,
  progress: { received: number },
): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let timer: NodeJS.Timeout | undefined;
  const restartIdleTimer = () => {
    clearTimeout(timer);
    timer = setTimeout(() => idle.abort(), idleTimeoutMs);
  };
  try {
    restartIdleTimer();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      progress.received += value.byteLength;
      text += decoder.decode(value, { stream: true });
      restartIdleTimer();
    }
    return text + decoder.decode();
  } finally {
    clearTimeout(timer);
  }
}

/** Turns undici's `fetch failed` into what a person can act on. */
function describeNetworkError(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return `no complete answer within ${timeoutMs / 1000} s`;
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  switch (cause?.code) {
    case "ECONNREFUSED":
      return "connection refused (nothing listens there)";
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return "host not found";
    case "ECONNRESET":
    case "UND_ERR_SOCKET":
      return "the connection was closed before the answer was complete";
    case "UND_ERR_HEADERS_TIMEOUT":
    case "UND_ERR_BODY_TIMEOUT":
      return "the server stopped answering";
    default:
      if (cause?.code) return `${cause.code}${cause.message ? ` (${cause.message})` : ""}`;
      return error instanceof Error ? error.message : String(error);
  }
}
