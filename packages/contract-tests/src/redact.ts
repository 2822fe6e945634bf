const blank = "[redacted]";

/**
 * Replaces every occurrence of the API key in a text: no output may carry it. A server may echo the key in another
 * form than it was sent, so each is blanked: in any letter case, URL-encoded, and base64 (or base64url) encoded on
 * its own or inside a longer encoded text, such as the whole `Authorization` header.
 */
export function redactor(apiKey: string): (text: string) => string {
  // A very short key would turn ordinary words into asterisks; keys are long, but be safe.
  if (apiKey.length < 4) return (text) => text;
  const forms = [apiKey, encodeURIComponent(apiKey), ...(apiKey.length >= 8 ? base64Forms(apiKey) : [])];
  // Longest first, so that a form is blanked whole rather than a shorter one inside it.
  const alternatives = [...new Set(forms)].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // Case-insensitive: a lower-cased key, and `%2f` for `%2F`. Over-matching a base64 form's case is harmless.
  const pattern = new RegExp(alternatives.join("|"), "gi");
  return (text) => text.replace(pattern, blank);
}

/**
 * The base64 and base64url characters that encode the key alone, at each of the three byte offsets it can have in
 * a longer encoded text: the characters that also carry a neighbouring byte are left out.
 */
function base64Forms(apiKey: string): string[] {
  const key = Buffer.from(apiKey);
  return [0, 1, 2].flatMap((offset) => {
    const encoded = Buffer.concat([Buffer.alloc(offset), key]).toString("base64");
    const first = Math.ceil((8 * offset) / 6);
    const end = Math.floor((8 * (offset + key.length)) / 6);
    const form = encoded.slice(first, end);
    return [form, form.replace(/\+/g, "-").replace(/\//g, "_")];
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
