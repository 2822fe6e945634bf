import { excerpt, isRecord } from "./excerpt.js";

/**
 * What the provider said when a body that should be a result (a completion, a chunk) is its error object instead,
 * `{"error": {"message": …}}`: its message, type and code, for one finding in place of every missing field.
 */
export function providerError(body: unknown): string | undefined {
  if (!isRecord(body) || !isRecord(body.error)) return undefined;
  const { message, type, code } = body.error;
  const said = typeof message === "string" ? excerpt(message, 200) : excerpt(JSON.stringify(body.error), 200);
  const details = Object.entries({ type, code })
    .filter(([, value]) => typeof value === "string" || typeof value === "number")
    .map(([name, value]) => `${name} ${JSON.stringify(value)}`);
  return details.length > 0 ? `${said} (${details.join(", ")})` : said;
}
