// The client's options: where the key comes from, which mistakes are caught, which headers go out.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createDeepSeekClient, type DeepSeekClientOptions, DeepSeekError } from "../src/index.js";
import { retryDelay } from "../src/retry.js";
import { recordingClient } from "./support/recording-client.js";

afterEach(() => {
  vi.unstubAllEnvs();
});

/** A client whose fetch records each request and answers with a model list. */
const listingClient = (options: DeepSeekClientOptions = {}) =>
  recordingClient({ baseURL: "http://127.0.0.1:4010", ...options }, '{"object":"list","data":[]}');

const thrown = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(DeepSeekError);
    return (error as DeepSeekError).message;
  }
  throw new Error("expected a DeepSeekError");
};

describe("the API key", () => {
  it("comes from DEEPSEEK_API_KEY when not given", async () => {
    vi.stubEnv("DEEPSEEK_API_KEY", "sk-from-env");
    const { client, sent } = listingClient();
    await client.models.list();
    expect(sent[0]?.headers.get("authorization")).toBe("Bearer sk-from-env");
  });

  it("given in the options wins over the environment", async () => {
    vi.stubEnv("DEEPSEEK_API_KEY", "sk-from-env");
    const { client, sent } = listingClient({ apiKey: "sk-given" });
    await client.models.list();
    expect(sent[0]?.headers.get("authorization")).toBe("Bearer sk-given");
  });

  it("missing is a clear error when the client is made", () => {
    vi.stubEnv("DEEPSEEK_API_KEY", "");
    expect(thrown(() => createDeepSeekClient())).toBe("No API key: pass apiKey or set DEEPSEEK_API_KEY");
  });
});

describe("bad options", () => {
  it("an unknown provider", () => {
    expect(thrown(() => createDeepSeekClient({ apiKey: "k", provider: "openai" as "deepseek" }))).toBe(
      'No base URL for provider "openai": pass baseURL',
    );
  });

  it("the custom provider without baseURL", () => {
    expect(thrown(() => createDeepSeekClient({ apiKey: "k", provider: "custom" }))).toMatch(
      /"custom": pass baseURL/,
    );
  });

  it("a baseURL that is not a URL fails when the client is made", () => {
    expect(() => createDeepSeekClient({ apiKey: "k", baseURL: "api.deepseek.com" })).toThrow(
      'baseURL is not an absolute URL: "api.deepseek.com"',
    );
  });

  for (const [name, value] of [
    ["timeout", -1],
    ["timeout", "10s"],
    ["maxRetries", Number.NaN],
  ] as const) {
    it(`${name}: ${String(value)} fails the call with a clear error, before sending anything`, async () => {
      const { client, sent } = listingClient({ apiKey: "k", [name]: value });
      await expect(client.models.list()).rejects.toThrow(`${name} must be a number >= 0, got ${value}`);
      const perCall = listingClient({ apiKey: "k" });
      await expect(perCall.client.models.list({ [name]: value })).rejects.toThrow(DeepSeekError);
      expect([...sent, ...perCall.sent]).toHaveLength(0);
    });
  }

  it("a request that cannot be serialised is not retried as a network error", async () => {
    const { client, sent } = listingClient({ apiKey: "k", retryBaseDelay: 1_000 });
    const circular: Record<string, unknown> = { model: "x", messages: [] };
    circular.self = circular;
    const started = Date.now();
    await expect(client.chat.completions.create(circular as never)).rejects.toThrow(
      /Could not build the request/,
    );
    expect(Date.now() - started).toBeLessThan(500);
    expect(sent).toHaveLength(0);
  });

  it("timeout: Infinity means no timeout", async () => {
    const { client } = listingClient({ apiKey: "k", timeout: Number.POSITIVE_INFINITY });
    await expect(client.models.list()).resolves.toEqual({ object: "list", data: [] });
  });
});

describe("headers", () => {
  it("the client's headers, then the call's, then Accept and Authorization", async () => {
    const { client, sent } = listingClient({
      apiKey: "k",
      headers: { "x-app": "demo", "x-both": "client" },
    });
    await client.models.list({ headers: { "x-both": "call" } });
    const headers = sent[0]?.headers;
    expect(headers?.get("x-app")).toBe("demo");
    expect(headers?.get("x-both")).toBe("call");
    expect(headers?.get("accept")).toBe("application/json");
    expect(headers?.get("authorization")).toBe("Bearer k");
  });

  it("a streaming request asks for text/event-stream", async () => {
    const { client, sent } = listingClient({ apiKey: "k" });
    // The recording fetch answers JSON, which a streaming request refuses: only the request counts here.
    await client.chat.completions
      .create({ model: "m", messages: [{ role: "user", content: "x" }], stream: true })
      .catch(() => undefined);
    expect(sent[0]?.headers.get("accept")).toBe("text/event-stream");
    expect(JSON.parse(await (sent[0] as Request).text())).toMatchObject({ stream: true });
  });
});

describe("retry delays", () => {
  const retryAfter = (value: string) => new Headers({ "retry-after": value });

  it("Retry-After in seconds, fractional seconds and as an HTTP date", () => {
    expect(retryDelay(0, retryAfter("3"), 500)).toBe(3_000);
    expect(retryDelay(0, retryAfter("0.25"), 500)).toBe(250);
    const inFiveSeconds = new Date(Date.now() + 5_000).toUTCString();
    expect(retryDelay(0, retryAfter(inFiveSeconds), 500)).toBeGreaterThan(3_900);
    expect(retryDelay(0, retryAfter(inFiveSeconds), 500)).toBeLessThanOrEqual(5_000);
  });

  it("retry-after-ms comes before Retry-After, and a useless one leaves it to Retry-After", () => {
    expect(retryDelay(0, new Headers({ "retry-after-ms": "120", "retry-after": "3" }), 500)).toBe(120);
    expect(retryDelay(0, new Headers({ "retry-after-ms": "0" }), 500)).toBe(0);
    for (const useless of ["", "soon", "-5"])
      expect(retryDelay(0, new Headers({ "retry-after-ms": useless, "retry-after": "3" }), 500)).toBe(3_000);
  });

  it("Retry-After and retry-after-ms are capped at a minute", () => {
    expect(retryDelay(0, retryAfter("86400"), 500)).toBe(60_000);
    expect(retryDelay(0, new Headers({ "retry-after-ms": "86400000" }), 500)).toBe(60_000);
  });

  it("without (or with a useless) Retry-After: exponential backoff with jitter, capped", () => {
    for (const headers of [undefined, new Headers(), retryAfter(""), retryAfter("soon"), retryAfter("-5")]) {
      for (let attempt = 0; attempt < 6; attempt++) {
        const full = Math.min(500 * 2 ** attempt, 8_000);
        const delay = retryDelay(attempt, headers, 500);
        expect(delay).toBeGreaterThanOrEqual(full * 0.75);
        expect(delay).toBeLessThanOrEqual(full);
      }
    }
    const delays = new Set(Array.from({ length: 20 }, () => retryDelay(1, undefined, 500)));
    expect(delays.size).toBeGreaterThan(1);
  });
});
