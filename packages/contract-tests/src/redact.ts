/** Replaces every occurrence of the API key (and of its bearer header) in a text: no output may carry it. */
export function redactor(apiKey: string): (text: string) => string {
  // A very short key would turn ordinary words into asterisks; keys are long, but be safe.
  if (apiKey.length < 4) return (text) => text;
  return (text) => text.split(apiKey).join("[redacted]");
}
