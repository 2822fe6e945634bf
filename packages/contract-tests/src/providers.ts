import {
  betaBaseUrlFor,
  betaServersByOrigin,
  findOperation,
  loadBundledSpec,
  operationServer,
  type Provider,
  listProviders as providersOf,
  serverUrl,
} from "@deepseek-openapi/spec";

/** A server of the spec's `servers` list, named by its `x-provider-id` (`baseUrl` null: the URL is the caller's). */
export type { Provider };

/** Reads the providers from the bundled spec, so that the CLI never carries a stale copy of a URL. */
export function listProviders(): Provider[] {
  return providersOf(loadBundledSpec());
}

/** Where a base URL serves beta features, by the spec's one rule ({@link betaBaseUrlFor}). */
export function betaBaseUrlOf(baseUrl: string): string {
  return betaBaseUrlFor(loadBundledSpec(), baseUrl);
}

/** Where the embedded mock serves beta features: it serves every base path of the spec, the beta server's too. */
export function mockBetaBaseUrl(mockUrl: string): string {
  const [betaServer] = Object.values(betaServersByOrigin(loadBundledSpec()));
  return betaServer === undefined ? mockUrl : underOrigin(mockUrl, betaServer);
}

/** The spec's first server, as the example base URL that messages show. */
export function exampleBaseUrl(): string {
  return listProviders()[0]?.baseUrl ?? "https://provider.example/v1";
}

let anthropicServer: string | undefined;

/** The Anthropic format's server: the spec's server of `createMessage`. */
export function anthropicServerUrl(): string {
  if (anthropicServer === undefined) {
    const spec = loadBundledSpec();
    anthropicServer = serverUrl(operationServer(spec, findOperation(spec, "createMessage")));
  }
  return anthropicServer;
}

/**
 * Where a base URL's origin serves the Anthropic format: under the path of {@link anthropicServerUrl}
 * (`https://api.deepseek.com/v1` → `https://api.deepseek.com/anthropic`).
 */
export function anthropicBaseUrlOf(baseUrl: string): string {
  return underOrigin(baseUrl, anthropicServerUrl());
}

/** The path of a server of the spec under the origin of `baseUrl`. */
function underOrigin(baseUrl: string, server: string): string {
  return `${new URL(baseUrl).origin}${new URL(server).pathname.replace(/\/+$/, "")}`;
}
