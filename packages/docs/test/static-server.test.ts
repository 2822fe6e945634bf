import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveFile, type StaticServer, startStaticServer } from "../src/static-server.js";

describe("static server", () => {
  let parent: string;
  let root: string;
  let server: StaticServer;

  beforeAll(async () => {
    parent = mkdtempSync(join(tmpdir(), "docs-static-"));
    root = join(parent, "site");
    mkdirSync(join(root, "sub"), { recursive: true });
    writeFileSync(join(root, "index.html"), "<html><body>home</body></html>");
    writeFileSync(join(root, "openapi.json"), "{}");
    writeFileSync(join(parent, "outside-docs-root.txt"), "secret");
    server = await startStaticServer(root, { transformHtml: (html) => html.replace("home", "home!") });
  });

  afterAll(async () => {
    await server?.close();
    rmSync(parent, { recursive: true, force: true });
  });

  it("listens on 127.0.0.1 on a free port", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.url).not.toMatch(/:0\/$/);
  });

  it("serves index.html for / and files by name, with their content types", async () => {
    const home = await fetch(server.url);
    expect(home.headers.get("content-type")).toContain("text/html");
    expect(await home.text()).toContain("home!");
    const spec = await fetch(new URL("openapi.json", server.url));
    expect(spec.headers.get("content-type")).toContain("application/json");
  });

  it("answers 404 for missing files and never serves files outside its root", async () => {
    expect((await fetch(new URL("missing.html", server.url))).status).toBe(404);
    expect((await fetch(`${server.url}..%2foutside-docs-root.txt`)).status).toBe(404);
    expect(resolveFile(root, "/../outside-docs-root.txt")).toBeUndefined();
    expect(resolveFile(root, "/%2e%2e/outside-docs-root.txt")).toBeUndefined();
    expect(resolveFile(root, "/sub")).toBeUndefined();
    expect(resolveFile(root, "/openapi.json")).toBe(join(root, "openapi.json"));
  });
});
