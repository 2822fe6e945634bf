import { listOperations, type OpenApiDocument, type OpenApiServer, serverUrl } from "@deepseek-openapi/spec";

/**
 * The path of every server URL of the spec (`""`, `/v1`, `/beta`, `/anthropic`: those of the document, its path
 * items and operations), longest first: the mock answers under each. A templated URL (`{baseUrl}`) counts with its
 * variables' defaults ({@link serverUrl}).
 */
export function basePaths(document: OpenApiDocument & { servers?: OpenApiServer[] }): string[] {
  const servers: OpenApiServer[] = [
    ...(document.servers ?? []),
    ...listOperations(document).flatMap(({ operation, pathItem }) => [
      ...(pathItem.servers ?? []),
      ...(operation.servers ?? []),
    ]),
  ];
  const paths = new Set<string>([""]);
  for (const server of servers) if (URL.canParse(serverUrl(server))) paths.add(serverBasePath(server));
  return [...paths].sort((a, b) => b.length - a.length);
}

/** The path of a server's URL ({@link serverUrl}), without a trailing slash: `/anthropic`, or `""` for the root. */
export function serverBasePath(server: OpenApiServer): string {
  return new URL(serverUrl(server)).pathname.replace(/\/+$/, "");
}

/** The base URLs under `root` other than `root` itself, as a sentence lists them: `…/anthropic, …/beta, and …/v1`. */
export function listBaseUrls(root: string, bases: readonly string[]): string {
  const under = bases.filter((base) => base !== "").map((base) => `${root}${base}`);
  return new Intl.ListFormat("en", { type: "conjunction" }).format(under);
}

/** The request path without the base path it is under: `/beta/completions` → `/completions`. */
export function stripBasePath(path: string, bases: readonly string[]): string {
  const base = bases.find((b) => b !== "" && (path === b || path.startsWith(`${b}/`)));
  return base ? path.slice(base.length) || "/" : path;
}
