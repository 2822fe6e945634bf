/**
 * Opens the built reference in Debian's Chromium, served from 127.0.0.1, and reads it as a user would: the guide
 * sections, every operation, the curl/TypeScript/Python samples, search, the download links. The page must log no
 * errors and request nothing outside 127.0.0.1. Leaves screenshots in test-output/.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { bundledSpecPaths, listOperations } from "@deepseek-openapi/spec";
import { browserTestsRun, openWatchedPage, type WatchedPage } from "@deepseek-openapi/test-utils";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { distDir, testOutputDir } from "../src/paths.js";
import { type StaticServer, startStaticServer } from "../src/static-server.js";

const browserTests = browserTestsRun("docs", it);

const spec = JSON.parse(readFileSync(bundledSpecPaths.json, "utf8"));
const operations = listOperations(spec).map(({ operation }) => ({
  operationId: operation.operationId as string,
  summary: operation.summary as string,
}));
const guideSections = ["Providers", "Authentication", "Streaming", "Thinking mode", "Errors", "Models"];
/** Each language tab and a line only its sample has. */
const languages = [
  { label: "curl", marker: "curl " },
  { label: "TypeScript", marker: 'from "@deepseek-openapi/client"' },
  // Every Python sample points its SDK (openai, or anthropic for the Anthropic format) at a DeepSeek server.
  { label: "Python", marker: `base_url="https://api.deepseek.com` },
];

describe.skipIf(!browserTests)("the API reference in Chromium", () => {
  let server: StaticServer;
  let watched: WatchedPage;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(testOutputDir, { recursive: true });
    server = await startStaticServer(distDir);
    // blob: URLs of our own origin are the download buttons' files; data: URIs are inline.
    watched = await openWatchedPage(server.url, {
      viewport: { width: 1440, height: 1000 },
      alsoLocal: (url) => url.protocol === "data:",
    });
    ({ browser, page } = watched);
    await page.goto(server.url, { waitUntil: "networkidle" });
  });

  afterAll(async () => {
    await watched?.close();
    await server?.close();
  });

  const menuItems = () => page.locator('[data-component-name="Menu/MenuItem"]');

  it("opens with the API's title", async () => {
    await expect(page.title()).resolves.toBe(spec.info.title);
    await page.screenshot({ path: join(testOutputDir, "docs-home.png") });
  });

  it("lists the guide sections of info.description in the sidebar", async () => {
    const labels = await menuItems().allInnerTexts();
    for (const section of guideSections) expect(labels.map((label) => label.trim())).toContain(section);
  });

  it("lists every operation of the spec in the sidebar", async () => {
    const seen = new Set<string>();
    const groups = page.locator('[data-component-name="Menu/MenuItem"].menu-item-type-group > a');
    for (let index = 0; index < (await groups.count()); index++) {
      await groups.nth(index).click();
      await page.waitForTimeout(200);
      for (const label of await menuItems().allInnerTexts()) seen.add(label);
    }
    const labels = [...seen].join("\n");
    for (const { summary } of operations) expect(labels, summary).toContain(summary);
  });

  it.each(operations)("shows curl, TypeScript and Python samples for $operationId", async ({ summary }) => {
    await openOperation(page, summary);
    await setPickerOpen(page, true);
    const options = await page
      .locator('[data-component-name="Dropdown/DropdownMenuItem"]:visible')
      .allInnerTexts();
    await setPickerOpen(page, false);
    for (const { label } of languages)
      expect(
        options.map((option) => option.trim()),
        summary,
      ).toContain(label);

    for (const { label, marker } of languages) {
      await selectLanguage(page, label);
      await expect
        .poll(() => sampleCode(page).textContent(), { message: `${summary} ${label}` })
        .toContain(marker);
    }
  });

  it("renders the TypeScript sample of chat completions (screenshot)", async () => {
    await openOperation(page, "Create a chat completion");
    await selectLanguage(page, "TypeScript");
    await page.screenshot({ path: join(testOutputDir, "docs-chat-completion.png") });
    expect(existsSync(join(testOutputDir, "docs-chat-completion.png"))).toBe(true);
  });

  it("finds reasoning_content with the search box", async () => {
    await page.locator('[data-testid="search-trigger"]').click();
    await page.keyboard.type("reasoning_content");
    const results = page.locator('[data-testid="search-dialog"] [data-component-name="Search/SearchItem"]');
    await expect.poll(() => results.count()).toBeGreaterThan(0);
    await expect(results.first().textContent()).resolves.toContain("reasoning_content");
    await page.screenshot({ path: join(testOutputDir, "docs-search.png") });
    await page.keyboard.press("Escape");
  });

  it.each(["openapi.yaml", "openapi.json"])("offers %s for download: the bundled spec", async (name) => {
    await page.goto(server.url, { waitUntil: "networkidle" });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByText(name, { exact: true }).first().click(),
    ]);
    const file = join(testOutputDir, `downloaded-${name}`);
    await download.saveAs(file);
    expect(readFileSync(file, "utf8")).toBe(readFileSync(join(distDir, name), "utf8"));
  });

  it("opens from disk with the network switched off", async () => {
    const offline = await browser.newContext({ offline: true });
    try {
      const diskPage = await offline.newPage();
      const errors: string[] = [];
      diskPage.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      diskPage.on("pageerror", (error) => errors.push(error.message));
      await diskPage.goto(pathToFileURL(join(distDir, "index.html")).href, { waitUntil: "load" });
      await openOperation(diskPage, "Create a chat completion");
      await selectLanguage(diskPage, "TypeScript");
      await expect
        .poll(() => sampleCode(diskPage).textContent())
        .toContain('from "@deepseek-openapi/client"');
      expect(errors).toEqual([]);
    } finally {
      await offline.close();
    }
  });

  it("logged no console errors", () => {
    expect(watched.errors).toEqual([]);
  });

  it("requested nothing outside 127.0.0.1", () => {
    expect(watched.outsideRequests).toEqual([]);
  });
});

/** Opens an operation from the sidebar, expanding its tag group first. */
async function openOperation(page: Page, summary: string): Promise<void> {
  const item = page.locator('[data-component-name="Menu/MenuItem"] a', { hasText: summary });
  if (!(await item.isVisible())) {
    const groups = page.locator('[data-component-name="Menu/MenuItem"].menu-item-type-group > a');
    for (let index = 0; index < (await groups.count()) && !(await item.isVisible()); index++) {
      await groups.nth(index).click();
      await page.waitForTimeout(200);
    }
  }
  await item.click();
  const heading = page.locator("h1, h2").filter({ hasText: summary }).first();
  await expect.poll(() => heading.isVisible(), { timeout: 10_000 }).toBe(true);
}

/** The language dropdown of the request sample panel; its button shows the current language. */
function samplePicker(page: Page): Locator {
  const label = new RegExp(`^(${languages.map((language) => language.label).join("|")})( \\(.+\\))?$`);
  return page.locator('[data-component-name="Dropdown/Dropdown"] > button', { hasText: label }).first();
}

async function setPickerOpen(page: Page, open: boolean): Promise<void> {
  const picker = samplePicker(page);
  if ((await picker.getAttribute("aria-expanded")) !== String(open)) await picker.click();
  await expect.poll(() => picker.getAttribute("aria-expanded")).toBe(String(open));
}

async function selectLanguage(page: Page, label: string): Promise<void> {
  await setPickerOpen(page, true);
  await page
    .locator('[data-component-name="Dropdown/DropdownMenuItem"]:visible', {
      hasText: new RegExp(`^\\s*${label}\\s*$`),
    })
    .click({ timeout: 10_000 });
  await expect.poll(async () => (await samplePicker(page).textContent())?.trim()).toBe(label);
}

/** The code block in the same panel as the language dropdown. */
function sampleCode(page: Page): Locator {
  return samplePicker(page)
    .locator('xpath=ancestor::*[.//*[@data-component-name="CodeBlock/CodeBlock"]][1]')
    .locator('[data-component-name="CodeBlock/CodeBlock"]')
    .first();
}
