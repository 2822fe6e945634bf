import { loadBundledSpec } from "@deepseek-openapi/spec";
import { withoutTrailingSlash } from "./target.js";

/** A server of the spec's `servers` list, named by its `x-provider-id`. */
export interface Provider {
  readonly id: string;
  /** The base URL, with server variables filled in with their defaults. */
  readonly baseUrl: string;
  /** Where this provider serves beta features (FIM, prefix completion). */
  readonly betaBaseUrl: string;
}

interface SpecServer {
  url: string;
  "x-provider-id"?: string;
  variables?: Record<string, { default: string }>;
}

interface SpecWithServers {
  servers?: SpecServer[];
  paths: Record<string, Record<string, { operationId?: string; servers?: SpecServer[] }>>;
}

/** Reads the providers from the bundled spec, so that the CLI never carries a stale copy of a URL. */
export function listProviders(): Provider[] {
  const spec = loadBundledSpec() as unknown as SpecWithServers;
  const servers = spec.servers ?? [];
  // FIM has its own `servers` (the beta URL); a provider whose origin serves one of them uses it for beta features.
  const betaServers = Object.values(spec.paths)
    .flatMap((item) => Object.values(item))
    .flatMap((operation) => operation.servers ?? [])
    .map(fillVariables);
  return servers
    .filter((server) => typeof server["x-provider-id"] === "string")
    .map((server) => {
      const baseUrl = fillVariables(server);
      const beta = betaServers.find((url) => sameOrigin(url, baseUrl));
      return {
        id: server["x-provider-id"] as string,
        baseUrl,
        betaBaseUrl: beta ?? baseUrl,
      };
    });
}

function fillVariables(server: SpecServer): string {
  const filled = server.url.replace(
    /\{(\w+)\}/g,
    (_, name: string) => server.variables?.[name]?.default ?? "",
  );
  return withoutTrailingSlash(filled);
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

/** The spec's first server, as the example base URL that messages show. */
export function exampleBaseUrl(): string {
  return listProviders()[0]?.baseUrl ?? "https://provider.example/v1";
}
