import { type OpenApiServer, serverUrl } from "@deepseek-openapi/spec";
import type { PrismOperation } from "./prism.js";

/**
 * The path of every server URL of the spec (`""`, `/v1`, `/beta`), longest first: the mock answers under each. A
 * templated URL (`{baseUrl}`) counts with its variables' defaults ({@link serverUrl}).
 */
export function basePaths(operations: readonly PrismOperation[]): string[] {
  const paths = new Set<string>([""]);
  for (const server of operations.flatMap((operation) => operation.servers ?? [])) {
    const url = serverUrl(server as OpenApiServer);
    if (URL.canParse(url)) paths.add(new URL(url).pathname.replace(/\/+$/, ""));
  }
  return [...paths].sort((a, b) => b.length - a.length);
}

/** The request path without the base path it is under: `/beta/completions` → `/completions`. */
export function stripBasePath(path: string, bases: readonly string[]): string {
  const base = bases.find((b) => b !== "" && (path === b || path.startsWith(`${b}/`)));
  return base ? path.slice(base.length) || "/" : path;
}
