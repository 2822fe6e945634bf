import { describe, expect, it } from "vitest";
import { redactor } from "../src/redact.js";

// A server may echo the key in another form than it was sent: each form is blanked.
const key = "sk-Redact+Me/0123456789abcdef=";
const redact = redactor(key);
const base64 = (text: string) => Buffer.from(text).toString("base64");
const base64url = (text: string) => Buffer.from(text).toString("base64url");

describe("redactor", () => {
  it.each([
    ["as sent", key],
    ["lower-cased", key.toLowerCase()],
    ["upper-cased", key.toUpperCase()],
    ["URL-encoded", encodeURIComponent(key)],
    ["URL-encoded, lower-case hex", encodeURIComponent(key).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())],
    ["base64", base64(key)],
    ["base64url", base64url(key)],
  ])("blanks the key %s", (_form, echoed) => {
    expect(redact(`you sent "${echoed}".`)).toBe('you sent "[redacted]".');
  });

  it.each([
    ["the bearer header in base64", base64(`Bearer ${key}`)],
    ["the bearer header in base64url", base64url(`Bearer ${key}`)],
    ["a longer text in base64, the key at each byte alignment", base64(`{"authorization":"Bearer ${key}"}`)],
    ["the same, one byte on", base64(`{"authorization": "Bearer ${key}"}`)],
    ["the same, two bytes on", base64(`{"authorization":  "Bearer ${key}"}`)],
  ])("blanks %s, leaving no run of the key's encoding", (_form, echoed) => {
    const out = redact(`echo: ${echoed}`);
    expect(out).toContain("[redacted]");
    // What is left around the blank encodes at most 2 bytes of the key on either side: not enough to rebuild it.
    const rest = out.replace("echo: ", "").split("[redacted]");
    expect(rest).toHaveLength(2);
    const decodedRest = rest.map((part) => Buffer.from(part, "base64").toString("latin1")).join("");
    expect(decodedRest).not.toContain(key.slice(0, 4));
    expect(decodedRest).not.toContain(key.slice(-4));
  });

  it("leaves text without the key alone", () => {
    expect(redact("Authentication Fails (no such API key)")).toBe("Authentication Fails (no such API key)");
  });
});
