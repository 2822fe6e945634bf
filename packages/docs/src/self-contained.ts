/**
 * Makes the built page independent of the network. `redocly build-docs --inlineBundle` embeds the Redoc script, but
 * Redoc still renders its "API docs by Redocly" attribution logo from cdn.redoc.ly; offline that is a failed request
 * and a console error. We keep the attribution and serve its image from a data: URI instead.
 */

const attributionLogos: Record<string, string> = {
  "https://cdn.redoc.ly/redoc/logo-mini-full.svg": svgDataUri(
    `<svg xmlns="http://www.w3.org/2000/svg" width="52" height="14" viewBox="0 0 52 14"><text x="0" y="11" font-family="system-ui,sans-serif" font-size="11" font-weight="600" fill="#5b5f6b">Redocly</text></svg>`,
  ),
  "https://cdn.redoc.ly/redoc/logo-mini.svg": svgDataUri(
    `<svg xmlns="http://www.w3.org/2000/svg" width="14" height="14" viewBox="0 0 14 14"><text x="2" y="11" font-family="system-ui,sans-serif" font-size="11" font-weight="600" fill="#5b5f6b">R</text></svg>`,
  ),
};

function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

/** Replaces the known CDN asset URLs with data: URIs; returns the new HTML and how many URLs it replaced. */
export function inlineCdnAssets(html: string): { html: string; replaced: number } {
  let replaced = 0;
  let result = html;
  for (const [url, dataUri] of Object.entries(attributionLogos)) {
    const parts = result.split(url);
    replaced += parts.length - 1;
    result = parts.join(dataUri);
  }
  return { html: result, replaced };
}

/**
 * Elements that would load something from another host when the page opens: scripts, stylesheets, preloads, images
 * and fonts with an absolute http(s) URL. Links the reader may click (`<a href>`) are fine.
 */
export function externalResourceReferences(html: string): string[] {
  const found: string[] = [];
  const tag =
    /<(script|link|img|iframe|source)\b[^>]*?\b(src|href)\s*=\s*["'](https?:)?\/\/[^"']+["'][^>]*>/gi;
  for (const match of html.matchAll(tag)) found.push(match[0]);
  for (const match of html.matchAll(/@import\s+url\(\s*["']?https?:\/\/[^)]+\)/gi)) found.push(match[0]);
  for (const match of html.matchAll(/@font-face\s*{[^}]*url\(\s*["']?https?:\/\/[^)]+\)/gi))
    found.push(match[0]);
  return found;
}
