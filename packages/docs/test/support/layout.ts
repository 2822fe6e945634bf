// Measurements of what a reader sees, taken in the browser: code that is cut off, identifiers broken across lines.
import type { Page } from "playwright-core";

/** Where a finding is: the element's kind and the start of its text, so a failure names the block. */
export interface LayoutFinding {
  rule: "code-clipped" | "identifier-broken";
  where: string;
}

/**
 * Code blocks whose text is wider than the block. The page wraps code, so any such block is cut off for some reader:
 * Redoc's panels hide their scrollbars, and headless Chromium shows none, so a block that scrolls cannot be told
 * from one that clips; the rule asks every block to fit.
 */
export function clippedCodeBlocks(page: Page): Promise<LayoutFinding[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll("pre")).flatMap((pre) =>
      pre.getClientRects().length > 0 && pre.scrollWidth > pre.clientWidth + 1
        ? [{ rule: "code-clipped" as const, where: `pre: ${(pre.textContent ?? "").trim().slice(0, 40)}` }]
        : [],
    ),
  );
}

/** Code spans in the guide tables that the browser broke over more than one line. */
export function brokenIdentifiers(page: Page): Promise<LayoutFinding[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll("table code")).flatMap((code) => {
      const lines = new Set(Array.from(code.getClientRects(), (rect) => Math.round(rect.top)));
      return lines.size > 1
        ? [{ rule: "identifier-broken" as const, where: `code: ${code.textContent ?? ""}` }]
        : [];
    }),
  );
}

/** The page's visible text, without code: "seed" is a request field there (`seed`), never a word for readers. */
export function proseText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    for (const code of Array.from(copy.querySelectorAll("code, pre, script, style"))) code.remove();
    return copy.textContent ?? "";
  });
}
