// One house, each room with one job: a file under packages/<name>/ imports only files of its own package (and other
// packages by name). This finds every relative import that leaves its package.
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { lines, tryGit } from "./git.ts";

export interface BoundaryViolation {
  /** The importing file, relative to the root. */
  file: string;
  line: number;
  specifier: string;
}

const sourceFile = /\.(?:[cm]?[jt]s|tsx|jsx)$/;
// `from "x"`, `import "x"`, `import("x")`, `require("x")`, `export * from "x"`: the specifier is the quoted string.
const importSpecifier = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(["'])(\.{1,2}\/[^"']*)\1/g;

/** The relative imports in `text` that resolve outside `packageDir` (`file` is where `text` is). */
export function importsLeaving(
  packageDir: string,
  file: string,
  text: string,
): Omit<BoundaryViolation, "file">[] {
  const found: Omit<BoundaryViolation, "file">[] = [];
  text.split("\n").forEach((content, index) => {
    for (const match of content.matchAll(importSpecifier)) {
      const specifier = match[2] ?? "";
      const target = resolve(dirname(file), specifier);
      if (target !== packageDir && !target.startsWith(packageDir + sep))
        found.push({ line: index + 1, specifier });
    }
  });
  return found;
}

/** Every tracked (or new, not ignored) source file under `root`/packages/ that imports outside its package. */
export function packageBoundaryViolations(root: string): BoundaryViolation[] {
  const files = lines(
    tryGit(root, ["ls-files", "--cached", "--others", "--exclude-standard", "--", "packages/"]),
  ).filter((file) => sourceFile.test(file));
  return files.flatMap((file) => {
    const [, folder] = file.split("/");
    const packageDir = join(root, "packages", folder ?? "");
    const absolute = join(root, file);
    let text: string;
    try {
      text = readFileSync(absolute, "utf8");
    } catch {
      return []; // deleted in the working tree
    }
    return importsLeaving(packageDir, absolute, text).map((found) => ({
      file: relative(root, absolute),
      ...found,
    }));
  });
}
