import { chunkStream } from "./chat-stream.js";
import { clientCores } from "./core.js";
import { DeepSeekError } from "./errors.js";
import { betaBaseURLByOrigin, defaultProvider, providerBaseURLs } from "./generated/providers.js";
import { httpCall } from "./http.js";
import { type CallInit, type RequestOptions, type RequestSettings, send } from "./request.js";
import type { retryableStatuses } from "./retry.js";
import type { Stream } from "./stream.js";
import type {
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionRequest,
  Completion,
  CompletionChunk,
  CompletionRequest,
  ModelList,
  UserBalance,
} from "./types.js";

/** A provider of the spec's `servers`, by its `x-provider-id`. */
export type ProviderId = keyof typeof providerBaseURLs;

// Every option also takes `undefined` (as when it comes from an unset environment variable), even under
// `exactOptionalPropertyTypes`.
export interface DeepSeekClientOptions {
  /** Your API key; defaults to the `DEEPSEEK_API_KEY` environment variable where there is an environment. */
  apiKey?: string | undefined;
  /** The API's base URL; overrides `provider`. */
  baseURL?: string | undefined;
  /** Which server of the spec to call (default `deepseek`); `custom` needs `baseURL`. */
  provider?: ProviderId | undefined;
  /** The fetch to use, called as `fetch(url, init)` (default: the global one). */
  fetch?: ((url: string, init: RequestInit) => Promise<Response>) | undefined;
  /** Headers sent with every request. */
  headers?: Record<string, string> | undefined;
  /** Milliseconds to wait for an answer (for a stream: for each next piece of it). Default 10 minutes. */
  timeout?: number | undefined;
  /** Retries of a network error or a status of {@link retryableStatuses}. Default 2. */
  maxRetries?: number | undefined;
  /** Milliseconds before the first retry, doubled for each next one (with jitter) unless `Retry-After` says. Default 500. */
  retryBaseDelay?: number | undefined;
}

export type ChatCompletionStream = Stream<ChatCompletionChunk>;
export type CompletionStream = Stream<CompletionChunk>;

/** A `create` whose result follows `stream`: with `stream: true` a `Stream` of chunks, otherwise the whole answer. */
export interface CreateMethod<Request, Result, Chunk> {
  (request: Request & { stream: true }, options?: RequestOptions): Promise<Stream<Chunk>>;
  (request: Request & { stream?: false | null }, options?: RequestOptions): Promise<Result>;
  (request: Request, options?: RequestOptions): Promise<Result | Stream<Chunk>>;
}

/** Chat, FIM, models and balance; the other operations are functions that take the client (`createResponse`, …). */
export interface DeepSeekClient {
  chat: { completions: { create: CreateMethod<ChatCompletionRequest, ChatCompletion, ChatCompletionChunk> } };
  /** FIM completion (beta): on DeepSeek it goes to the beta base URL by itself. */
  completions: { create: CreateMethod<CompletionRequest, Completion, CompletionChunk> };
  models: { list(options?: RequestOptions): Promise<ModelList> };
  user: { getBalance(options?: RequestOptions): Promise<UserBalance> };
}

export function createDeepSeekClient(options: DeepSeekClientOptions = {}): DeepSeekClient {
  let { apiKey } = options;
  try {
    apiKey ??= (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env
      ?.DEEPSEEK_API_KEY;
  } catch {} // Deno without --allow-env
  if (!apiKey) {
    throw new DeepSeekError("No API key: pass apiKey or set DEEPSEEK_API_KEY");
  }
  const { baseURL, betaURL } = baseURLs(options);
  // The key lives only in this closure (and the core's): no object that can be logged holds it.
  const headers = { ...options.headers, Authorization: `Bearer ${apiKey}` };
  const settings: RequestSettings = {
    timeout: options.timeout ?? 600_000,
    maxRetries: options.maxRetries ?? 2,
    retryBaseDelay: options.retryBaseDelay ?? 500,
    fetch: options.fetch ?? fetch,
    redact: (text) => text.replaceAll(apiKey, "[redacted]"),
  };

  function createChatCompletion(request: ChatCompletionRequest, requestOptions?: RequestOptions) {
    const baseUrl = needsBeta(request) ? betaURL : baseURL;
    const call = (init: CallInit) =>
      httpCall(headers, { method: "POST", path: "/chat/completions", baseUrl, body: request }, init);
    return send(call, request?.stream === true && chunkStream, settings, requestOptions);
  }

  function createCompletion(request: CompletionRequest, requestOptions?: RequestOptions) {
    const call = (init: CallInit) =>
      httpCall(headers, { method: "POST", path: "/completions", baseUrl: betaURL, body: request }, init);
    return send(call, request?.stream === true && chunkStream, settings, requestOptions);
  }

  // The casts give each `create` its overloads: the result type follows `stream`.
  const client: DeepSeekClient = {
    chat: {
      completions: { create: createChatCompletion as DeepSeekClient["chat"]["completions"]["create"] },
    },
    completions: { create: createCompletion as DeepSeekClient["completions"]["create"] },
    models: {
      list: (requestOptions) =>
        send(
          (init) => httpCall(headers, { method: "GET", path: "/models", baseUrl: baseURL }, init),
          false,
          settings,
          requestOptions,
        ) as Promise<ModelList>,
    },
    user: {
      getBalance: (requestOptions) =>
        send(
          (init) => httpCall(headers, { method: "GET", path: "/user/balance", baseUrl: baseURL }, init),
          false,
          settings,
          requestOptions,
        ) as Promise<UserBalance>,
    },
  };
  clientCores.set(client, { headers, settings, apiKey, baseURL });
  return client;
}

/** The base URL, and where beta features go: the spec's beta server of its origin ({@link betaBaseURLByOrigin}), else itself. */
function baseURLs({ baseURL, provider = defaultProvider }: DeepSeekClientOptions) {
  const url: unknown = baseURL ?? providerBaseURLs[provider];
  // Not a string: an unknown provider, `custom` (null), or a name like "toString" from the object's prototype.
  if (typeof url !== "string")
    throw new DeepSeekError(`No base URL for provider "${provider}": pass baseURL`);
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    throw new DeepSeekError(`baseURL is not an absolute URL: "${url}"`);
  }
  return { baseURL: url, betaURL: betaBaseURLByOrigin[origin] ?? url };
}

/**
 * The spec's beta fields (`x-beta`: an assistant `prefix` as the last message, a `strict` function) work only on the
 * beta server.
 */
function needsBeta(request: ChatCompletionRequest | undefined): boolean {
  const last = request?.messages?.at(-1);
  return (
    (last?.role === "assistant" && last.prefix === true) ||
    !!request?.tools?.some((tool) => tool.function?.strict)
  );
}
