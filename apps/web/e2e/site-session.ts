// What every end-to-end test file needs: the built site (out/) served on a free port, Debian's Chromium, a desktop
// browser context, and the dataset the site was built from (as the site itself publishes it).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import type { Dataset } from "@briefings/core";
import { launchBrowser, OUT_DIR, serveSite } from "../scripts/browser.mjs";

if (!existsSync(join(OUT_DIR, "index.html"))) {
  throw new Error(`The end-to-end tests need the built site in ${OUT_DIR}: run \`npx turbo run build --filter=@briefings/web\` first.`);
}

/** The dataset the site was built from, as published by the site itself. */
export const builtData = JSON.parse(readFileSync(join(OUT_DIR, "data", "briefings.json"), "utf8")) as Dataset;

/** The served site and the browser of a test file, set up before its tests and closed after them. */
export interface SiteSession {
  /** The served site's address ("http://127.0.0.1:port"). */
  readonly url: string;
  /** The headless Chromium. */
  readonly browser: Browser;
  /** A 1280 × 900 context shared by the file's tests. */
  readonly context: BrowserContext;
}

/** Serves the site and launches Chromium for the calling test file (beforeAll), and closes both (afterAll). */
export function serveForTests(): SiteSession {
  let site: { url: string; close: () => Promise<void> } | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    site = await serveSite();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await site?.close();
  });
  const ready = <T,>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not ready: use it inside a test or hook`);
    return value;
  };
  return {
    get url() {
      return ready(site, "The site").url;
    },
    get browser() {
      return ready(browser, "The browser");
    },
    get context() {
      return ready(context, "The browser context");
    },
  };
}

/**
 * How many pixels each page scrolls sideways on a 360 px wide screen (0 when it fits), by path.
 * @param browser the session's browser
 * @param url the served site's address
 * @param paths the pages to load
 */
export async function overflowAt360(browser: Browser, url: string, paths: readonly string[]): Promise<Record<string, number>> {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const out: Record<string, number> = {};
  try {
    for (const path of paths) {
      const page = await ctx.newPage();
      await page.goto(`${url}${path}`);
      out[path] = Math.max(0, await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth));
      await page.close();
    }
  } finally {
    await ctx.close();
  }
  return out;
}
