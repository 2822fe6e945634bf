/** The start of a body, on one line, for a failure message. */
export function excerpt(text: string, length = 80): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return JSON.stringify(oneLine.length > length ? `${oneLine.slice(0, length)}…` : oneLine);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
