/**
 * Statuses worth another try: timeouts, conflicts, rate limits and server faults. Never 400, 401, 402 or 422. The one
 * list: the README and the docs' error samples are tested against it.
 */
export const retryableStatuses: readonly number[] = [408, 409, 429, 500, 502, 503, 504];

const longestBackoff = 8_000;
/** A server asking for a longer pause than this gets this one: a caller should not hang for hours. */
const longestRetryAfter = 60_000;

/**
 * How long to wait before retry number `attempt + 1`: what the answer's `retry-after-ms` (OpenAI-style gateways)
 * or else `Retry-After` says, else exponential backoff with jitter.
 */
export function retryDelay(attempt: number, headers: Headers | undefined, baseDelay: number): number {
  const ms = headers?.get("retry-after-ms");
  // `Retry-After` is seconds or an HTTP date: negative or NaN when it is neither (or in the past).
  const retryAfter = headers?.get("retry-after");
  const seconds = Number(retryAfter); // NaN for a date; Number ignores surrounding spaces
  const asked =
    ms && +ms >= 0
      ? +ms
      : !retryAfter
        ? -1
        : seconds >= 0
          ? seconds * 1000
          : Date.parse(retryAfter) - Date.now();
  if (asked >= 0) return Math.min(asked, longestRetryAfter);
  // Jitter keeps many clients that failed together from retrying together.
  return Math.min(baseDelay * 2 ** attempt, longestBackoff) * (1 - Math.random() / 4);
}
