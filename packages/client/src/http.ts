import type { CallInit } from "./request.js";

/** One HTTP call of an operation: where it goes and what it sends. */
export interface HttpCall {
  method: "GET" | "POST" | "DELETE";
  path: string;
  baseUrl: string;
  /** JSON, or a `FormData` sent as it is (fetch sets its multipart boundary). */
  body?: unknown;
  params?: { path?: Record<string, string>; query?: object | undefined } | undefined;
  /** Headers of this operation; `null` removes one of the client's (the Anthropic endpoints' `Authorization`). */
  headers?: Record<string, string | null> | undefined;
}

/**
 * Makes one call and reads its answer: the text (an error's parsed as JSON when it is), or for a stream the body.
 * Hand-written rather than openapi-fetch, whose 2.65 kB alone would take half the 5 kB bundle budget of a
 * streaming chat program (see `pnpm bench`); it keeps that library's conventions the client relied on.
 */
export async function httpCall(
  clientHeaders: Record<string, string>,
  { method, path, baseUrl, body, params, headers }: HttpCall,
  init: CallInit,
): Promise<{ data?: unknown; error?: unknown; response: Response }> {
  const json = body !== undefined && !(body instanceof FormData);
  const sent = new Headers(json ? { "content-type": "application/json" } : {});
  for (const source of [clientHeaders, headers, init.headers])
    for (const [name, value] of Object.entries(source ?? {}))
      if (value == null) sent.delete(name);
      else sent.set(name, value);
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params?.query ?? {}))
    if (value != null) query.append(name, String(value));
  const url =
    baseUrl.replace(/\/$/, "") +
    path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params?.path?.[name] ?? "")) +
    (String(query) ? `?${query}` : "");
  const response = await init.fetch(url, {
    method,
    headers: sent,
    body: json ? JSON.stringify(body) : (body as BodyInit | undefined),
    signal: init.signal,
  });
  if (response.ok && init.parseAs === "stream") return { data: response.body, response };
  const text = await response.text();
  if (response.ok) return { data: text, response };
  try {
    return { error: JSON.parse(text), response };
  } catch {
    return { error: text, response };
  }
}
