/** What `pnpm build` leaves in dist/: one self-contained page and the bundled spec beside it. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { bundledSpecPaths, listOperations } from "@deepseek-openapi/spec";
import { describe, expect, it } from "vitest";
import { namedRequestExamples } from "../src/example-samples.js";
import { insertExampleSamplesScript, scriptMarker } from "../src/example-samples-page.js";
import type { ExampleSamplesData } from "../src/example-samples-switch.js";
import { distDir } from "../src/paths.js";
import { externalResourceReferences, inlineCdnAssets } from "../src/self-contained.js";

const indexHtml = join(distDir, "index.html");

describe("dist/", () => {
  it("holds index.html, openapi.yaml and openapi.json (run `pnpm build` first)", () => {
    for (const name of ["index.html", "openapi.yaml", "openapi.json"]) {
      expect(existsSync(join(distDir, name)), name).toBe(true);
    }
  });

  it("publishes the bundled spec unchanged", () => {
    const bundled = bundledSpecPaths;
    expect(readFileSync(join(distDir, "openapi.yaml"), "utf8")).toBe(readFileSync(bundled.yaml, "utf8"));
    expect(readFileSync(join(distDir, "openapi.json"), "utf8")).toBe(readFileSync(bundled.json, "utf8"));
  });

  it("embeds the Redoc script and loads nothing from another host", () => {
    const html = readFileSync(indexHtml, "utf8");
    expect(html).toContain("hydrate(__redoc_definition");
    expect(html).not.toContain("cdn.redocly.com/redoc/");
    expect(html).not.toContain("cdn.redoc.ly/redoc/logo");
    expect(externalResourceReferences(html)).toEqual([]);
  });

  it("turns Redoc's telemetry off, so the reader's browser reports nothing to Redocly", () => {
    expect(readFileSync(indexHtml, "utf8")).toContain('"disableTelemetry":true');
  });

  it("carries the code samples and the download links in the page", () => {
    const html = readFileSync(indexHtml, "utf8");
    expect(html).toContain("x-codeSamples");
    expect(html).toContain('"url":"openapi.yaml"');
    expect(html).toContain('"url":"openapi.json"');
  });
});

describe("the example samples in the page", () => {
  const html = () => readFileSync(indexHtml, "utf8");

  it("carry curl, TypeScript and Python for every request example, by operation and picker title", () => {
    const json = html().match(/<script type="application\/json" id="example-samples">(.*?)<\/script>/s)?.[1];
    const data = JSON.parse(json ?? "{}") as ExampleSamplesData;
    const spec = JSON.parse(readFileSync(bundledSpecPaths.json, "utf8"));
    const expected = Object.fromEntries(
      listOperations(spec).flatMap(({ operationId, operation }) => {
        const titles = namedRequestExamples(spec, operation).map((example) => example.title);
        return titles.length > 0 ? [[operationId?.toLowerCase(), titles]] : [];
      }),
    );
    expect(
      Object.fromEntries(Object.entries(data.operations).map(([id, byTitle]) => [id, Object.keys(byTitle)])),
    ).toEqual(expected);
    expect(data.languages).toEqual(["curl", "TypeScript", "Python"]);
    for (const byTitle of Object.values(data.operations))
      for (const samples of Object.values(byTitle)) expect(Object.keys(samples)).toEqual(data.languages);
  });

  it("come with the script, in place of the template's marker", () => {
    expect(html()).toContain('<script type="module" id="example-samples-script">');
    expect(html()).not.toContain(scriptMarker);
  });

  it("need the marker once", () => {
    expect(insertExampleSamplesScript(`a${scriptMarker}b`, "<s>")).toBe("a<s>b");
    expect(() => insertExampleSamplesScript("<body></body>", "<s>")).toThrow(
      `the page must have the marker ${scriptMarker} once (template.hbs); found 0`,
    );
  });
});

describe("the self-contained check", () => {
  it("flags CDN scripts, stylesheets, preloads and fonts", () => {
    const html = [
      '<script src="https://cdn.example.com/redoc.js"></script>',
      '<link rel="stylesheet" href="//fonts.example.com/css">',
      '<link rel="modulepreload" href="https://cdn.example.com/x.js" />',
      "<style>@import url(https://fonts.example.com/a.css);</style>",
      '<a href="https://redocly.com">a link is fine</a>',
      '<script src="data:text/javascript,1"></script>',
    ].join("\n");
    expect(externalResourceReferences(html)).toHaveLength(4);
  });

  it("replaces the attribution logo with a data: URI", () => {
    const { html, replaced } = inlineCdnAssets("src:e?`https://cdn.redoc.ly/redoc/logo-mini-full.svg`:`x`");
    expect(replaced).toBe(1);
    expect(html).toContain("data:image/svg+xml;base64,");
  });
});
