import type { ErrorResponse } from "./types.js";

type ErrorBody = ErrorResponse["error"];

/**
 * What kind of failure a `DeepSeekError` is when the API did not name one: no answer came (`connection_error`,
 * `timeout_error`, `abort_error`), or the answer is not what the spec says (`response_error`).
 */
export type ClientErrorType = "connection_error" | "timeout_error" | "abort_error" | "response_error";

export interface DeepSeekErrorDetails {
  status?: number;
  type?: ErrorBody["type"] | ClientErrorType;
  code?: ErrorBody["code"];
  param?: ErrorBody["param"];
  requestId?: string | null;
  rawBody?: string;
  cause?: unknown;
}

/** Every failure of the client: an error answer of the API, a broken stream, a timeout, an abort or a network error. */
export class DeepSeekError extends Error {
  override name = "DeepSeekError";
  // `declare`: the constructor sets only the details there are, so absent ones stay absent in logs and JSON.
  /** The HTTP status; absent when no error status came back (network, timeout, abort, an error inside a stream). */
  declare status?: number;
  /**
   * The API's error class (`invalid_request_error`, …) or the client's (`ClientErrorType`). Never `null`: the
   * constructor leaves out null details. (`& {}` keeps the client's names offered by editors beside any string.)
   */
  declare type?: ClientErrorType | (NonNullable<ErrorBody["type"]> & {});
  declare code?: NonNullable<ErrorBody["code"]>;
  declare param?: NonNullable<ErrorBody["param"]>;
  /** The `x-ds-trace-id` of the response: quote it when you report a problem. */
  declare requestId?: string;
  /** The body as received, when it was not an `ErrorResponse` (a plain-text 422, an HTML 502 from a proxy). */
  declare rawBody?: string;

  // `cause` stays where Error keeps it (not enumerable); the details become own properties.
  constructor(message: string, { cause, ...details }: DeepSeekErrorDetails = {}) {
    super(message, { cause });
    for (const [key, value] of Object.entries(details))
      if (value != null) (this as Record<string, unknown>)[key] = value;
  }
}

/**
 * The error for a body that is not the answer the spec promises (parsed JSON, or the text when it is not JSON):
 * an `ErrorResponse`, after an error status or as an event inside a stream; or anything else (a plain-text 422,
 * an HTML 502 from a proxy, a success that is not JSON, a stream event that is not a chunk), kept as `rawBody`
 * and quoted after `what` in the message.
 */
export function errorFromBody(
  body: unknown,
  what: string,
  details: DeepSeekErrorDetails,
  redact: (text: string) => string,
): DeepSeekError {
  const error = (body as ErrorResponse | null)?.error;
  if (typeof error?.message === "string") {
    const { message, type, code, param } = error;
    return new DeepSeekError(redact(message), { ...details, type, code, param });
  }
  const rawBody = redact(typeof body === "string" ? body : (JSON.stringify(body) ?? ""));
  return new DeepSeekError(`${what}: ${rawBody.trim().slice(0, 300) || "no body"}`, { ...details, rawBody });
}
