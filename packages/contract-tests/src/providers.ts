import {
  betaBaseUrlFor,
  loadBundledSpec,
  type Provider,
  listProviders as providersOf,
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

/** The spec's first server, as the example base URL that messages show. */
export function exampleBaseUrl(): string {
  return listProviders()[0]?.baseUrl ?? "https://provider.example/v1";
}
