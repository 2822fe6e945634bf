/** Where the suite sends its requests, and how it may talk to that endpoint. */
export interface Target {
  /** The API's base URL, without a trailing slash: `https://api.deepseek.com`. */
  readonly baseUrl: string;
  /** Where beta features (FIM, chat prefix completion) live; the same as `baseUrl` for most providers. */
  readonly betaBaseUrl: string;
  /**
   * Where the Anthropic format is served, when not where {@link anthropicBaseUrlOf} puts it (a server that ignores
   * the spec's path-level servers, such as plain Prism, serves it at its root).
   */
  readonly anthropicBaseUrl?: string;
  /** Sent as `Authorization: Bearer <apiKey>` (`x-api-key` to the Anthropic format); never printed. */
  readonly apiKey: string;
  /** The model named in every request. */
  readonly model: string;
  /**
   * True when the endpoint is a static mock of the spec (Prism): it answers with the spec's examples, so behaviour
   * checks are skipped and shape checks ask for the relevant example with `Prefer: example=<name>`.
   */
  readonly mock: boolean;
  /** How long one request may take, body included. */
  readonly timeoutMs: number;
  /** How long a body may go without data before it is given up: a stream that stalls is not waited on for long. */
  readonly idleTimeoutMs: number;
}

export function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, "");
}
