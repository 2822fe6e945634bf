import { startAttempt } from "./attempt.js";
import { DeepSeekError, errorFromBody } from "./errors.js";
import { retryableStatuses, retryDelay } from "./retry.js";
import { openStream, type StreamFormat } from "./stream.js";

/** The optional last argument of every method: it overrides the client's settings for this one call. */
export interface RequestOptions {
  /** Aborts the request, and a stream while it is being read. */
  signal?: AbortSignal | undefined;
  /** Milliseconds to wait for the answer (for a stream: for each next piece of it); `Infinity` for no limit. */
  timeout?: number | undefined;
  /** Extra headers for this request. */
  headers?: Record<string, string> | undefined;
  /** How many times to retry a network error or a status of {@link retryableStatuses}. */
  maxRetries?: number | undefined;
}

export interface RequestSettings {
  timeout: number;
  maxRetries: number;
  retryBaseDelay: number;
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  /** Removes the API key from text that came from the server, should it echo it. */
  redact: (text: string) => string;
}

/** What one attempt of a call gets ({@link httpCall}): everything but what the operation fixes. */
export type CallInit = {
  signal: AbortSignal;
  headers: Record<string, string>;
  parseAs: "text" | "stream";
  fetch: (url: string, init: RequestInit) => Promise<Response>;
};

type Call = (init: CallInit) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** Sends a request with retries; resolves to the parsed JSON body, or to a `Stream` of `stream`'s format when given. */
export async function send(
  call: Call,
  stream: StreamFormat | false | undefined,
  settings: RequestSettings,
  options: RequestOptions = {},
) {
  // Checked here, not when the client is made, so that one check covers both the client's settings and the call's.
  const maxRetries = checkedCount("maxRetries", options.maxRetries ?? settings.maxRetries);
  const timeout = checkedCount("timeout", options.timeout ?? settings.timeout);
  const { fetch, redact } = settings; // fetch is called unbound: the global one refuses any `this` but the global
  // Prism (and any server that negotiates) picks the event stream only when asked for it.
  const headers = { Accept: stream ? "text/event-stream" : "application/json", ...options.headers };
  for (let retry = 0; ; retry++) {
    const attempt = startAttempt(timeout, options.signal);
    const init: CallInit = {
      signal: attempt.signal,
      headers,
      parseAs: stream ? "stream" : "text",
      fetch: (url, init) => {
        attempt.sent = true;
        return fetch(url, init);
      },
    };
    let failure: DeepSeekError;
    let answerHeaders: Headers | undefined;
    try {
      // A non-streamed body is read inside the call, so a connection lost while reading it is retried too.
      let { data, error, response } = await call(init);
      const { ok, status, headers } = response;
      const requestId = headers.get("x-ds-trace-id");
      if (ok && stream) {
        // Some gateways answer a streaming request with a JSON error and status 200: read as a JSON answer.
        if (!headers.get("content-type")?.includes("json"))
          return openStream(response, requestId, attempt, redact, stream);
        data = await response.text();
      }
      attempt.finish();
      if (ok) {
        // DeepSeek may send blank lines before the JSON while the request waits in its queue: JSON skips them.
        try {
          data = JSON.parse(data as string);
          if (!stream) return data;
        } catch {}
        // The spec promises JSON (or, asked for a stream, events): anything else is a `response_error`.
        throw errorFromBody(data, `HTTP ${status}`, { status, type: "response_error", requestId }, redact);
      }
      failure = errorFromBody(error, `HTTP ${status}`, { status, requestId }, redact);
      if (!retryableStatuses.includes(status)) throw failure;
      answerHeaders = headers;
    } catch (error) {
      attempt.finish();
      if (error instanceof DeepSeekError) throw error; // an answer, not a failure to get one
      // Not sent: the request itself is wrong. Its error may quote the Authorization header, so only its text,
      // redacted, goes into the message, and not the error itself.
      if (!attempt.sent) throw new DeepSeekError(redact(`Could not build the request: ${error}`));
      failure = attempt.failure(error);
      if (failure.type !== "connection_error") throw failure;
    }
    if (retry >= maxRetries) throw failure;
    // The wait before the retry is an attempt too: it ends at its timeout or at the caller's abort (the next
    // attempt then fails as aborted at once, without a request), and lets go of the caller's signal either way.
    const pause = startAttempt(retryDelay(retry, answerHeaders, settings.retryBaseDelay), options.signal);
    if (!pause.signal.aborted) await new Promise((wake) => pause.signal.addEventListener("abort", wake));
    pause.finish();
  }
}

/** A setting that must be a number ≥ 0 (Infinity allowed): NaN, text and negative numbers fail the comparison. */
function checkedCount(name: string, value: number): number {
  if (!(value >= 0)) {
    throw new DeepSeekError(`${name} must be a number >= 0, got ${value}`);
  }
  return value;
}
