// End-to-end tests of the built site (out/), served by scripts/static-server.mjs and driven with Debian's Chromium.
// They build nothing: turbo's `test` task depends on `build`, so out/ exists; without it they fail saying so.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { meetingRecord, meetingsByDate } from "@briefings/core";
import type { Dataset } from "@briefings/core";
import { launchBrowser, OUT_DIR, serveSite } from "../scripts/browser.mjs";
import { BriefingView } from "../src/components/briefing-view";
import { neutralizeDeep } from "@briefings/core/text";
import { hostileDataset } from "../test/hostile-dataset";
import { SEED_ID } from "../test/seed";

if (!existsSync(join(OUT_DIR, "index.html"))) {
  throw new Error(`The end-to-end tests need the built site in ${OUT_DIR}: run \`npx turbo run build --filter=@briefings/web\` first.`);
}

/** The dataset the site was built from, as published by the site itself. */
const data = JSON.parse(readFileSync(join(OUT_DIR, "data", "briefings.json"), "utf8")) as Dataset;
const seed = data.meetings.find((m) => m.id === SEED_ID)!;
const record = meetingRecord(data, seed.id)!;

let browser: Browser;
let site: { url: string; close: () => Promise<void> };
let context: BrowserContext;

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

/** A fresh page that fails the test on any page error or dialog. */
async function newPage(ctx: BrowserContext = context): Promise<{ page: Page; errors: string[] }> {
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("dialog", (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return { page, errors };
}

describe("the data page", () => {
  it("links every export format, and every link downloads", async () => {
    const { page, errors } = await newPage();
    await page.goto(`${site.url}/data/`);
    const hrefs = await page.locator("#download ~ ul a, section[aria-labelledby=download] a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    const downloads = hrefs.filter((h) => h.startsWith("/downloads/"));
    expect(downloads.length).toBe(8);
    for (const href of hrefs) {
      const response = await page.request.get(`${site.url}${href}`);
      expect(response.status(), href).toBe(200);
    }
    const exported = JSON.parse(await (await page.request.get(`${site.url}/downloads/dataset.json`)).text()) as Dataset;
    expect(exported.meetings.map((m) => m.id).sort()).toEqual(data.meetings.map((m) => m.id).sort());
    expect(errors).toEqual([]);
  });
});

describe("reading the site", () => {
  it("goes from home to a briefing, a speaker, an organization, and back", async () => {
    const { page, errors } = await newPage();
    await page.goto(`${site.url}/`);
    await expect(page.locator("h1").textContent()).resolves.toContain("Briefings");
    // The seed is listed among the others, by date.
    await page.getByRole("link", { name: seed.title.value, exact: true }).first().click();
    await page.waitForURL(`**/briefings/${seed.id}/`);
    await expect(page.locator("h1").textContent()).resolves.toBe(seed.title.value);
    const speaker = record.speakers.find((s) => s.person && s.organization)!;
    await page.locator("#speakers").locator("..").getByRole("link", { name: speaker.person!.name, exact: true }).first().click();
    await page.waitForURL(`**/people/${speaker.person!.id}/`);
    await expect(page.locator("h1").textContent()).resolves.toBe(speaker.person!.name);
    await page.locator("#appearances").locator("..").getByRole("link", { name: speaker.organization!.name, exact: true }).first().click();
    await page.waitForURL(`**/organizations/${speaker.organization!.id}/`);
    await expect(page.locator("h1").textContent()).resolves.toContain(speaker.organization!.name);
    await page.goBack();
    await page.waitForURL(`**/people/${speaker.person!.id}/`);
    await page.goBack();
    await page.waitForURL(`**/briefings/${seed.id}/`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows every speaker of the seed briefing, all its quotes and all its figures", async () => {
    const { page } = await newPage();
    await page.goto(`${site.url}/briefings/${seed.id}/`);
    const speakers = await page.locator("#speakers").locator("..").locator("li").allTextContents();
    expect(speakers).toHaveLength(record.speakers.length);
    for (const name of ["Gustavo Meza-Cuadra", "Vladimir Voronkov", "Weixiong Chen", "Rebecca Skellett", "David Tessler", "acting CTC Chair"]) {
      expect(speakers.some((s) => s.includes(name))).toBe(true);
    }
    for (const s of record.speakers) expect(speakers.some((t) => t.includes(s.name))).toBe(true);
    const quotes = await page.locator("#quotes").locator("..").locator("blockquote").allTextContents();
    expect(quotes.map((q) => q.trim())).toEqual(record.quotes.map((q) => q.text));
    const figures = await page.locator("#figures").locator("..").locator("li").allTextContents();
    expect(figures).toHaveLength(record.figures.length);
    for (const f of record.figures) expect(figures.some((t) => t.includes(f.asStated))).toBe(true);
    await page.close();
  });

  it("follows a quote's evidence to its highlighted span in the source view", async () => {
    const { page } = await newPage();
    await page.goto(`${site.url}/briefings/${seed.id}/`);
    const quote = record.quotes[0]!;
    const span = quote.evidence[0];
    await page.locator(`[id="${quote.id}"]`).getByRole("link", { name: /passage/ }).first().click();
    await page.waitForURL(`**/sources/${span.source}/#span-${span.start}-${span.end}`);
    const target = await page.evaluate(() => {
      const el = document.querySelector(":target");
      if (!el) return undefined;
      const r = el.getBoundingClientRect();
      return { tag: el.tagName, text: el.textContent, outline: getComputedStyle(el).outlineStyle, visible: r.top >= 0 && r.top < window.innerHeight };
    });
    expect(target).toEqual({ tag: "MARK", text: span.exact, outline: "solid", visible: true });
    await page.close();
  });

  it("searches for a speaker by part of the name, loading the index only then", async () => {
    const { page, errors } = await newPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${site.url}/search/`);
    await page.waitForLoadState("networkidle");
    expect(requests.filter((r) => r.startsWith("/search-index/"))).toEqual([]);
    await page.getByLabel(/Search briefings/).fill("Skel");
    const hit = page.locator("main").getByRole("link", { name: "Rebecca Skellett" });
    await hit.first().waitFor();
    // The manifest, the key shard of "skel" and the chunk of the hits: not the whole index.
    expect(requests).toContain("/search-index/manifest.json");
    expect(requests.filter((r) => /^\/search-index\/k\d+\.json$/.test(r)).length).toBe(1);
    await hit.first().click();
    await page.waitForURL("**/people/rebecca-skellett/");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("runs a search given in the address (the home page's search form)", async () => {
    const { page } = await newPage();
    await page.goto(`${site.url}/`);
    await page.locator("#home-q").fill("Tessler");
    await page.locator("#home-q").press("Enter");
    await page.waitForURL("**/search/?q=Tessler");
    await page.locator("main").getByRole("link", { name: "David Tessler" }).first().waitFor();
    await page.close();
  });
});

describe("without JavaScript", () => {
  it("a briefing page is complete, and filters and lists work", async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await newPage(ctx);
    await page.goto(`${site.url}/`);
    const listed = await page.locator(".briefing-list h3").allTextContents();
    expect(listed).toEqual(meetingsByDate(data).map((m) => m.title.value));
    const year = seed.dates.value.start.slice(0, 4);
    await page.locator(".filters").getByRole("link", { name: year, exact: true }).click();
    await page.waitForURL(`**/browse/year/${year}/`);
    expect(await page.locator(".briefing-list h3").allTextContents()).toContain(seed.title.value);
    await page.goto(`${site.url}/briefings/${seed.id}/`);
    const text = (await page.locator("main").textContent()) ?? "";
    for (const s of record.speakers) expect(text).toContain(s.name);
    for (const q of record.quotes) expect(text).toContain(q.text);
    for (const f of record.figures) expect(text).toContain(f.asStated);
    await page.goto(`${site.url}/search/?q=Skel`);
    expect(await page.locator("main").textContent()).toContain("needs JavaScript");
    expect(await page.locator("main form[action='/search/']").count()).toBe(1);
    await ctx.close();
  });
});

describe("accessibility", () => {
  const person = record.speakers.find((s) => s.person)!.person!;
  const org = record.organizations[0]!;
  const pages = [
    ["home", "/"],
    ["filter", `/browse/year/${seed.dates.value.start.slice(0, 4)}/`],
    ["briefing", `/briefings/${seed.id}/`],
    ["source", `/sources/${seed.sources[0]}/`],
    ["people", "/people/"],
    ["person", `/people/${person.id}/`],
    ["organizations", "/organizations/"],
    ["organization", `/organizations/${org.id}/`],
    ["search", "/search/?q=soft"],
    ["data", "/data/"],
    ["not found", "/no-such-page/"],
  ] as const;

  const contexts = new Map<string, BrowserContext>();
  afterAll(async () => {
    for (const ctx of contexts.values()) await ctx.close();
  });
  const cases = [
    ...pages.map(([name, path]) => ["light", name, path] as const),
    ...pages.filter(([name]) => ["home", "briefing", "source", "search"].includes(name)).map(([name, path]) => ["dark", name, path] as const),
  ];

  it.each(cases)("axe finds no serious or critical violation (%s): %s", async (scheme, _name, path) => {
    let ctx = contexts.get(scheme);
    if (!ctx) contexts.set(scheme, (ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme })));
    const page = await ctx.newPage();
    await page.goto(`${site.url}${path}`);
    await page.waitForLoadState("networkidle");
    const results = await new AxeBuilder({ page }).analyze();
    await page.close();
    const serious = results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
    expect(serious).toEqual([]);
  });

  it("has a skip link that moves focus to the main content, and visible focus", async () => {
    const { page } = await newPage();
    await page.goto(`${site.url}/briefings/${seed.id}/`);
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => ({ text: document.activeElement?.textContent, outline: getComputedStyle(document.activeElement!).outlineStyle }));
    expect(focused).toEqual({ text: "Skip to content", outline: "solid" });
    await page.keyboard.press("Enter");
    await page.waitForURL("**#main");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    await page.close();
  });

  it("fits a 360 px wide screen without horizontal scrolling", async () => {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 780 } });
    for (const path of ["/", `/briefings/${seed.id}/`, `/sources/${seed.sources[0]}/`]) {
      const page = await ctx.newPage();
      await page.goto(`${site.url}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.close();
    }
    await ctx.close();
  });
});

describe("hostile data in a real browser", () => {
  it("runs no script and keeps no javascript: link from a record full of attacks", async () => {
    const hostile = neutralizeDeep(hostileDataset(), "plain");
    const body = renderToStaticMarkup(createElement(BriefingView, { dataset: hostile, id: seed.id }));
    const { page, errors } = await newPage();
    // Served at a URL of the site (same origin as the real pages) with no other script: only the record's markup.
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hostile</title></head><body><main>${body}</main></body></html>`;
    await page.route(`${site.url}/hostile-record/`, (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }));
    await page.goto(`${site.url}/hostile-record/`, { waitUntil: "load" });
    await page.waitForTimeout(200);
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      scripts: [...document.scripts].map((s) => s.type),
      badLinks: [...document.querySelectorAll("[href]")].map((a) => a.getAttribute("href") ?? "").filter((h) => !/^(https?:\/\/|\/|#)/.test(h)),
      handlers: [...document.querySelectorAll("*")].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith("on")).map((a) => a.name)),
      images: document.images.length,
      ld: JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? "null")?.name as string,
    }));
    expect(errors).toEqual([]);
    expect(state.pwned).toBeUndefined();
    expect(state.scripts).toEqual(["application/ld+json"]);
    expect(state.badLinks).toEqual([]);
    expect(state.handlers).toEqual([]);
    expect(state.images).toBe(0);
    expect(state.ld).toContain("<script>");
    expect(await page.locator("h1").textContent()).toContain("<script>");
    await page.close();
  });
});
