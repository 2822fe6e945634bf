/** What a `Prefer` header asks for: `Prefer: example=tool-call-response`, `Prefer: code=429`, or both. */
export interface Preference {
  readonly example?: string;
  readonly code?: number;
}

export function parsePrefer(header: string | undefined): Preference {
  const entries = (header ?? "")
    .split(/[,;]/)
    .map((part) => part.trim().split("=") as [string, string?])
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => [key.trim().toLowerCase(), (value ?? "").trim().replace(/^"|"$/g, "")] as const);
  const preference = Object.fromEntries(entries);
  return {
    ...(preference.example ? { example: preference.example } : {}),
    ...(preference.code ? { code: Number(preference.code) } : {}),
  };
}
