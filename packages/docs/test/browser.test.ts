/**
 * Opens the built reference in Debian's Chromium, served from 127.0.0.1, and reads it as a user would: the guide
 * sections, every operation, the curl/TypeScript/Python samples of every request example (picked, shown, copied),
 * search, the download links. The page must log no errors and request nothing outside 127.0.0.1. Leaves screenshots
 * in test-output/.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { bundledSpecPaths, listOperations } from "@deepseek-openapi/spec";
import { browserTestsRun, openWatchedPage, type WatchedPage } from "@deepseek-openapi/test-utils";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { namedRequestExamples } from "../src/example-samples.js";
import { guideHeadings } from "../src/guide-programs.js";
import { binaryFormFields } from "../src/inject-code-samples.js";
import { distDir, testOutputDir } from "../src/paths.js";
import { type StaticServer, startStaticServer } from "../src/static-server.js";
import { brokenIdentifiers, clippedCodeBlocks, proseText } from "./support/layout.js";
import {
  type CheckedExample,
  type SampleFinding,
  type ShownSample,
  sampleFindings,
} from "./support/sample-check.js";

const browserTests = browserTestsRun("docs", it);

const spec = JSON.parse(readFileSync(bundledSpecPaths.json, "utf8"));
const operations = listOperations(spec).map(({ operation }) => ({
  operationId: operation.operationId as string,
  summary: operation.summary as string,
  examples: namedRequestExamples(spec, operation).map((example) => ({
    title: example.title,
    checked: {
      operation: operation.operationId as string,
      name: example.name,
      mediaType: example.mediaType,
      value: example.value,
      fileFields: binaryFormFields(spec, operation),
    } satisfies CheckedExample,
  })),
}));
const guideSections = guideHeadings(spec.info.description);
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
    expect(guideSections.length).toBeGreaterThan(0);
    for (const section of guideSections) expect(labels.map((label) => label.trim())).toContain(section);
    // One "Models" entry (the tag); the guide's section is "Model IDs".
    expect(labels.filter((label) => label.trim() === "Models")).toHaveLength(1);
  });

  it("fits its code: no code block on the guide page is wider than its box", async () => {
    await page.goto(server.url, { waitUntil: "networkidle" });
    await page.screenshot({ path: join(testOutputDir, "docs-guides.png"), fullPage: true });
    await expect(clippedCodeBlocks(page)).resolves.toEqual([]);
  });

  it("keeps every identifier in the guide tables on one line", async () => {
    await page.getByRole("heading", { name: "Providers" }).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(testOutputDir, "docs-providers-table.png") });
    expect(await page.locator("table code").count()).toBeGreaterThan(0);
    await expect(brokenIdentifiers(page)).resolves.toEqual([]);
  });

  it("never says 'seed' to a reader, in the page or in any example's name", async () => {
    expect(await proseText(page)).not.toMatch(/seed/i);
    // The pickers show each example's summary; the bundle keeps every named example under components.examples.
    const examples = Object.values<{ summary?: string; description?: string }>(spec.components.examples);
    expect(examples.length).toBeGreaterThan(0);
    for (const { summary, description } of examples)
      expect(`${summary} ${description ?? ""}`).not.toMatch(/seed/i);
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

  it.each(operations)("offers exactly curl, TypeScript and Python for $operationId", async ({ summary }) => {
    await openOperation(page, summary);
    await setPickerOpen(page, true);
    const options = await page
      .locator('[data-component-name="Dropdown/DropdownMenuItem"]:visible')
      .allInnerTexts();
    await setPickerOpen(page, false);
    expect(
      options.map((option) => option.trim()),
      summary,
    ).toEqual(languages.map(({ label }) => label));

    for (const { label, marker } of languages) {
      await selectLanguage(page, label);
      await expect
        .poll(() => sampleCode(page).textContent(), { message: `${summary} ${label}` })
        .toContain(marker);
      await expect(clippedCodeBlocks(page), `${summary} ${label}`).resolves.toEqual([]);
    }
  });

  it.each(operations.filter(({ examples }) => examples.length > 0))(
    "shows and copies the samples of each request example of $operationId, in every language",
    async ({ summary, examples }) => {
      await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
      await openOperation(page, summary);
      const findings = await checkExamples(page, examples);
      expect(findings).toEqual([]);
    },
  );

  it("reports each language of a picked example as wrong once the page's example-samples script is gone (the check can fail)", async () => {
    const broken = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    try {
      const html = readFileSync(join(distDir, "index.html"), "utf8");
      const withoutScript = html.replace(
        /<script type="module" id="example-samples-script">[\s\S]*?<\/script>/,
        "",
      );
      expect(withoutScript).not.toBe(html);
      await broken.route(server.url, (route) =>
        route.fulfill({ contentType: "text/html", body: withoutScript }),
      );
      await broken.context().grantPermissions(["clipboard-read", "clipboard-write"]);
      await broken.goto(server.url, { waitUntil: "networkidle" });
      await openOperation(broken, "Create a chat completion");
      const chat = operations.find(({ operationId }) => operationId === "createChatCompletion");
      const toolCall = chat?.examples.filter(({ checked }) => checked.name === "tool-call-request") ?? [];
      expect(toolCall).toHaveLength(1);
      await expect(checkExamples(broken, toolCall)).resolves.toEqual([
        {
          operation: "createChatCompletion",
          example: "tool-call-request",
          language: "curl",
          rule: "curl-body-differs",
        },
        {
          operation: "createChatCompletion",
          example: "tool-call-request",
          language: "TypeScript",
          rule: "string-missing",
          value: "How is the weather in Hangzhou?",
        },
        {
          operation: "createChatCompletion",
          example: "tool-call-request",
          language: "Python",
          rule: "string-missing",
          value: "How is the weather in Hangzhou?",
        },
      ]);
    } finally {
      await broken.close();
    }
  });

  it("keeps the picked example's sample across a language switch, which re-renders the panel (screenshot)", async () => {
    await openOperation(page, "Create a chat completion");
    await selectLanguage(page, "curl");
    await pickExample(page, "A request offering one function tool");
    await selectLanguage(page, "Python");
    await expect.poll(() => sampleCode(page).textContent()).toContain('"How is the weather in Hangzhou?"');
    await page.screenshot({ path: join(testOutputDir, "docs-chat-tool-call-python.png") });
    await pickExample(page, "A minimal request");
  });

  it("renders the TypeScript sample of chat completions (screenshot)", async () => {
    await openOperation(page, "Create a chat completion");
    await selectLanguage(page, "TypeScript");
    await page.screenshot({ path: join(testOutputDir, "docs-chat-completion.png") });
    expect(existsSync(join(testOutputDir, "docs-chat-completion.png"))).toBe(true);
  });

  it("opens the 200 example of chat completions down to the message's content and reasoning_content", async () => {
    await openOperation(page, "Create a chat completion");
    const example = page.locator('[data-component-name="JsonViewer/JsonViewer"]').first();
    await example.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(testOutputDir, "docs-chat-response.png") });
    for (const field of ['"content"', '"reasoning_content"', '"system_fingerprint"'])
      await expect(example.getByText(field, { exact: true }).first().isVisible(), field).resolves.toBe(true);
    await expect(clippedCodeBlocks(page)).resolves.toEqual([]);
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
      // The example-samples script runs from disk too.
      await pickExample(diskPage, "A request offering one function tool");
      await expect
        .poll(() => sampleCode(diskPage).textContent())
        .toContain('"How is the weather in Hangzhou?"');
      expect(errors).toEqual([]);
    } finally {
      await offline.close();
    }
  });

  it("reports the quick-start curl as clipped once its block is made unscrollable (the check can fail)", async () => {
    const broken = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      await broken.goto(server.url, { waitUntil: "networkidle" });
      // Inline !important outranks the page's own !important rules.
      await broken.evaluate(() => {
        for (const pre of Array.from(document.querySelectorAll("pre"))) {
          pre.style.setProperty("overflow", "hidden", "important");
          pre.style.setProperty("white-space", "pre", "important");
        }
      });
      await expect(clippedCodeBlocks(broken)).resolves.toContainEqual({
        rule: "code-clipped",
        where: "pre: curl https://api.deepseek.com/chat/compl",
      });
    } finally {
      await broken.close();
    }
  });

  it("tells clipped code and broken identifiers from code that wraps and identifiers kept whole", async () => {
    const probe = await browser.newPage({ viewport: { width: 800, height: 600 } });
    const long = "x".repeat(300);
    try {
      await probe.setContent(`
        <style>pre { width: 200px; font: 14px monospace; }</style>
        <pre style="overflow: hidden">hidden ${long}</pre>
        <pre style="overflow: auto; scrollbar-width: none">no-bar ${long}</pre>
        <pre style="white-space: pre-wrap; overflow-wrap: anywhere">wraps ${long}</pre>
        <table style="word-break: break-all"><tr><td style="width: 60px"><code>https://api.deepseek.com</code></td>
          <td style="width: 60px"><code style="white-space: nowrap">deepseek-v4-flash</code></td></tr></table>`);
      await expect(clippedCodeBlocks(probe)).resolves.toEqual([
        { rule: "code-clipped", where: `pre: hidden ${long.slice(0, 33)}` },
        { rule: "code-clipped", where: `pre: no-bar ${long.slice(0, 33)}` },
      ]);
      await expect(brokenIdentifiers(probe)).resolves.toEqual([
        { rule: "identifier-broken", where: "code: https://api.deepseek.com" },
      ]);
    } finally {
      await probe.close();
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

/** Picks a request example by its title in the samples panel's Example picker. */
async function pickExample(page: Page, title: string): Promise<void> {
  const picker = page.locator('.panel-request-samples [aria-label="Example"]').first();
  await picker.click();
  const items = page.locator('[data-component-name="Dropdown/DropdownMenuItem"]:visible');
  const titles = (await items.allInnerTexts()).map((text) => text.trim());
  expect(titles, title).toContain(title);
  await items.nth(titles.indexOf(title)).click();
  await expect.poll(async () => (await picker.textContent())?.trim()).toBe(title);
}

/** What the copy button of the sample panel's code block puts on the clipboard. */
async function copiedSample(page: Page): Promise<string> {
  const block = page
    .locator('.panel-request-samples [data-component-name="CodeBlock/CodeBlock"]')
    .filter({ has: page.locator('pre[data-testid="source-code"]') })
    .first();
  await page.evaluate(() => navigator.clipboard.writeText("(nothing copied)"));
  await block.hover();
  await block.locator('[data-component-name="Buttons/CopyButton"]').last().click();
  return page.evaluate(() => navigator.clipboard.readText());
}

/**
 * For each language, picks each example and reads the code shown and what copy yields; returns what
 * {@link sampleFindings} finds wrong, and fails on any clipped code block.
 */
async function checkExamples(
  page: Page,
  examples: { title: string; checked: CheckedExample }[],
): Promise<SampleFinding[]> {
  const shown = new Map<CheckedExample, ShownSample[]>(examples.map(({ checked }) => [checked, []]));
  for (const { label } of languages) {
    await selectLanguage(page, label);
    for (const { title, checked } of examples) {
      // Redoc shows no Example picker for a lone example.
      if (examples.length > 1) await pickExample(page, title);
      const text = (await sampleCode(page).locator("pre").textContent()) ?? "";
      shown.get(checked)?.push({ language: label, shown: text, copied: await copiedSample(page) });
      await expect(clippedCodeBlocks(page), `${checked.operation} ${checked.name} ${label}`).resolves.toEqual(
        [],
      );
    }
  }
  return [...shown].flatMap(([checked, samples]) => sampleFindings(checked, samples));
}

/** The code block in the same panel as the language dropdown. */
function sampleCode(page: Page): Locator {
  return samplePicker(page)
    .locator('xpath=ancestor::*[.//*[@data-component-name="CodeBlock/CodeBlock"]][1]')
    .locator('[data-component-name="CodeBlock/CodeBlock"]')
    .first();
}
