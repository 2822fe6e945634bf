import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLiveReload, liveReloadPath } from "../src/live-reload.js";
import { type StaticServer, startStaticServer } from "../src/static-server.js";

describe("preview live reload", () => {
  const liveReload = createLiveReload();
  let root: string;
  let server: StaticServer;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "docs-preview-"));
    writeFileSync(join(root, "index.html"), "<html><body><h1>docs</h1></body></html>");
    server = await startStaticServer(root, {
      intercept: liveReload.intercept,
      transformHtml: liveReload.transformHtml,
    });
  });

  afterAll(async () => {
    liveReload.close();
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("adds the reload script to served pages", async () => {
    const html = await (await fetch(server.url)).text();
    expect(html).toContain(`new EventSource("${liveReloadPath}")`);
    expect(html.indexOf("EventSource")).toBeLessThan(html.indexOf("</body>"));
  });

  it("sends a reload event to connected pages", async () => {
    const abort = new AbortController();
    const response = await fetch(new URL(liveReloadPath, server.url), { signal: abort.signal });
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    const reader = response.body?.getReader();
    if (!reader) throw new Error("no event stream body");
    const decoder = new TextDecoder();
    let received = decoder.decode((await reader.read()).value);
    await expect.poll(() => liveReload.clients()).toBe(1);
    liveReload.reload();
    while (!received.includes("event: reload")) received += decoder.decode((await reader.read()).value);
    expect(received).toContain("event: reload");
    abort.abort();
  });
});
