/** A source line that spells out a path of one of the spec's operations. */
export interface LiteralPath {
  file: string;
  line: number;
  /** The operation's path as the spec writes it: `/files/{file_id}`. */
  path: string;
}

/** An operation path as source may spell it: each `{parameter}` any one segment, or none (`"/files/" + id`). */
function pathPattern(path: string): string {
  return path
    .split(/\{[^}]+\}/)
    .map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("[^/\\s\"'`]*");
}

/**
 * Where `files` spell out one of `paths`, on any line (code, strings and comments alike). Each match is named by
 * the longest path it is (`/v1/files`, not `/files`), and a path must end there: `/models-v4`, `./files.js` are
 * not paths.
 */
export function literalOperationPaths(
  files: readonly { name: string; text: string }[],
  paths: readonly string[],
): LiteralPath[] {
  const byLength = [...new Set(paths)].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(
    `(?:${byLength.map((path) => `(${pathPattern(path)})`).join("|")})(?![\\w-]|\\.[a-z])`,
    "g",
  );
  return files.flatMap(({ name, text }) =>
    text.split("\n").flatMap((content, index) =>
      [...content.matchAll(pattern)].map((match) => ({
        file: name,
        line: index + 1,
        path: byLength[match.slice(1).findIndex((group) => group !== undefined)] as string,
      })),
    ),
  );
}
