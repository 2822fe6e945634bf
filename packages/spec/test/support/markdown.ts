/** Reads Markdown as a reader sees it, for the tests of the generated prose. */

/** The body rows of the first Markdown table after `## <heading>` (or anywhere, for `null`), as lists of cells. */
export function tableRows(markdown: string, heading: string | null): string[][] {
  const lines = markdown.split("\n");
  const start = heading === null ? -1 : lines.indexOf(`## ${heading}`);
  if (heading !== null && start < 0) throw new Error(`no "## ${heading}" section`);
  const tableStart = lines.findIndex((line, index) => index > start && line.startsWith("|"));
  const table: string[] = [];
  for (const line of lines.slice(tableStart)) {
    if (!line.startsWith("|")) break;
    table.push(line);
  }
  // The header and the |---| line are not data.
  return table.slice(2).map((line) =>
    line
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim().replaceAll("\\|", "|")),
  );
}

export const codeSpans = (text: string) =>
  [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1] as string);
