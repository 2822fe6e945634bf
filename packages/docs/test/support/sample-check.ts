// Whether the code a reader sees (and copies) for a request example carries that example, in each language.
import { isDeepStrictEqual } from "node:util";

export interface ShownSample {
  language: string;
  /** The text of the panel's code block. */
  shown: string;
  /** What the copy button put on the clipboard. */
  copied: string;
}

export interface SampleFinding {
  operation: string;
  example: string;
  language: string;
  rule: "curl-body-differs" | "curl-fields-differ" | "string-missing" | "copy-differs";
  /** For string-missing: the first string of the example that the code lacks. */
  value?: string;
}

export interface CheckedExample {
  operation: string;
  /** The example's key. */
  name: string;
  mediaType: string;
  value: unknown;
  /** The form fields that upload a file (curl sends them as `@<file>`, the code as a variable). */
  fileFields: string[];
}

/** Every string in a JSON value, keys excluded, in document order. */
export function stringLeaves(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value !== "object" || value === null) return [];
  return Object.values(value).flatMap(stringLeaves);
}

/** The words of a shell command line, single quotes (with `'\''` escapes) and line continuations undone. */
function shellWords(command: string): string[] {
  const words: string[] = [];
  for (const match of command.replaceAll("\\\n", " ").matchAll(/(?:'[^']*'|\\'|[^\s'\\]+)+/g))
    words.push(
      match[0].replace(/'([^']*)'|\\(')/g, (_, quoted: string | undefined, quote) => quoted ?? quote),
    );
  return words;
}

/** The values of a curl command's `flag` options, in order. */
function optionValues(command: string, flag: string): string[] {
  const words = shellWords(command);
  return words.flatMap((word, index) => (word === flag ? [words[index + 1] ?? ""] : []));
}

function curlCarries(example: CheckedExample, curl: string): SampleFinding["rule"] | undefined {
  if (example.mediaType === "multipart/form-data") {
    const expected = Object.entries(example.value as object).map(([name, value]) =>
      example.fileFields.includes(name) ? `${name}=@` : `${name}=${value}`,
    );
    const sent = optionValues(curl, "-F").map((field) => field.replace(/=@.*$/, "=@"));
    return isDeepStrictEqual(sent, expected) ? undefined : "curl-fields-differ";
  }
  const [body] = optionValues(curl, "-d");
  try {
    return isDeepStrictEqual(JSON.parse(body ?? ""), example.value) ? undefined : "curl-body-differs";
  } catch {
    return "curl-body-differs";
  }
}

/**
 * What is wrong with the samples shown for `example`: curl must send its body (`-d` JSON equal to it) or its form
 * fields (`-F`); TypeScript and Python must hold each of its strings (file fields aside) as a JSON string literal;
 * the copy button must copy what is shown.
 */
export function sampleFindings(example: CheckedExample, samples: ShownSample[]): SampleFinding[] {
  const where = { operation: example.operation, example: example.name };
  const sent = Object.fromEntries(
    Object.entries(example.value as object).filter(([name]) => !example.fileFields.includes(name)),
  );
  return samples.flatMap(({ language, shown, copied }) => {
    const findings: SampleFinding[] = [];
    if (language === "curl") {
      const rule = curlCarries(example, shown);
      if (rule) findings.push({ ...where, language, rule });
    } else {
      const missing = stringLeaves(sent).find((leaf) => !shown.includes(JSON.stringify(leaf)));
      if (missing !== undefined)
        findings.push({ ...where, language, rule: "string-missing", value: missing });
    }
    if (copied !== shown) findings.push({ ...where, language, rule: "copy-differs" });
    return findings;
  });
}
