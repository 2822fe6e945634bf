import { DeepSeekError } from "./errors.js";

/** One try of a request: its abort signal, its timeout, and what to call a failure. */
export interface Attempt {
  /** Aborts the fetch (and the body being read) on timeout or when the caller's signal aborts. */
  signal: AbortSignal;
  /** Whether the request reached fetch; a failure before that is the request's fault and is not retried. */
  sent: boolean;
  /**
   * Runs the timeout while the client waits for the server (`true`) and stops it while the caller has the answer
   * (`false`): a stream's timeout counts each wait for its next bytes, never the caller's own time between them.
   */
  waiting(on: boolean): void;
  /** Stops the timer and lets go of the caller's signal. */
  finish(): void;
  /** Names a failure of this attempt: timeout, abort, or a connection error. */
  failure(cause?: unknown): DeepSeekError;
}

// setTimeout fires at once for delays of 2^31 ms or more, so those (and Infinity) mean "no timeout".
const longestTimer = 2 ** 31 - 1;

export function startAttempt(timeout: number, callerSignal: AbortSignal | undefined): Attempt {
  const controller = new AbortController();
  const abort = () => controller.abort(callerSignal?.reason);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timedOut = false;
  const attempt: Attempt = {
    signal: controller.signal,
    sent: false,
    waiting(on) {
      clearTimeout(timer);
      if (on && timeout <= longestTimer) {
        timer = setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeout);
      }
    },
    finish() {
      clearTimeout(timer);
      callerSignal?.removeEventListener("abort", abort);
    },
    failure(cause) {
      if (timedOut) return new DeepSeekError(`Timed out after ${timeout} ms`, { type: "timeout_error" });
      if (controller.signal.aborted) {
        return new DeepSeekError("Request aborted", { type: "abort_error", cause: callerSignal?.reason });
      }
      // fetch says only "fetch failed"; the reason ("other side closed", ECONNREFUSED…) is in its cause.
      const reason = (cause as { cause?: unknown } | undefined)?.cause ?? cause;
      return new DeepSeekError(`Connection failed: ${reason}`, { type: "connection_error", cause });
    },
  };
  if (callerSignal?.aborted) abort();
  else callerSignal?.addEventListener("abort", abort);
  attempt.waiting(true);
  return attempt;
}
