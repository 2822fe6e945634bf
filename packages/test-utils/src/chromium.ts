// Opens a page of a local server in Debian's Chromium and records what a browser test must find empty: requests
// that leave the server's origin, and console errors and uncaught page errors.
import { type Browser, chromium, type Page } from "playwright-core";
import { chromiumLaunchOptions } from "./test-environment.js";

export interface WatchedPage {
  browser: Browser;
  page: Page;
  /** Every URL the page requested outside `origin` (and outside `alsoLocal`). */
  outsideRequests: string[];
  /** Console errors (but `expectedConsoleError`) and uncaught errors of the page. */
  errors: string[];
  close(): Promise<void>;
}

export interface WatchOptions {
  viewport?: { width: number; height: number };
  /** A URL that counts as local besides the origin's (the docs' data: URIs). */
  alsoLocal?: (url: URL) => boolean;
  /** A console error a test provokes on purpose (an error status the browser logs). */
  expectedConsoleError?: RegExp;
}

/** Launches Chromium, opens a page and watches it; `goto` is left to the test (its wait condition differs). */
export async function openWatchedPage(origin: string, options: WatchOptions = {}): Promise<WatchedPage> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  const page = await browser.newPage(options.viewport ? { viewport: options.viewport } : {});
  const outsideRequests: string[] = [];
  const errors: string[] = [];
  const own = new URL(origin).origin;
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin !== own && !options.alsoLocal?.(url)) outsideRequests.push(request.url());
  });
  page.on("console", (message) => {
    const expected = options.expectedConsoleError?.test(message.text()) ?? false;
    if (message.type() === "error" && !expected) errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return { browser, page, outsideRequests, errors, close: () => browser.close() };
}
