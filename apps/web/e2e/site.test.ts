// End-to-end tests of the built site (out/), served by scripts/static-server.mjs and driven with Debian's Chromium.
// They build nothing: turbo's `test` task depends on `build`, so out/ exists; without it they fail saying so.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "playwright-core";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { afterAll, describe, expect, it } from "vitest";
import { getMeeting, LIBRARY_VERSION, meetingRecord, meetingsByDate } from "@briefings/core";
import type { Dataset } from "@briefings/core";
import { BriefingView } from "../src/components/briefing-view";
import { HOME_LATEST } from "../src/components/home-view";
import { DOWNLOADS } from "../src/lib/downloads";
import { neutralizeDeep } from "@briefings/core/text";
import { hostileDataset } from "../test/hostile-dataset";
import { SEED_ID } from "../test/seed";
import { CITES_SCRIPT } from "../scripts/strip-runtime.mjs";
import { OUT_DIR } from "../scripts/browser.mjs";
import { builtData, overflowAt360, serveForTests } from "./site-session";

const data = builtData;
const seed = getMeeting(data, SEED_ID)!;
const record = meetingRecord(data, seed.id)!;

const site = serveForTests();

/** A fresh page that fails the test on any page error or dialog. */
async function newPage(ctx: BrowserContext = site.context): Promise<{ page: Page; errors: string[] }> {
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
    // Every export format the site publishes (DOWNLOADS is checked against @briefings/export's formats).
    expect(downloads).toEqual(DOWNLOADS.map((d) => d.href));
    for (const href of hrefs) {
      const response = await page.request.get(`${site.url}${href}`);
      expect(response.status(), href).toBe(200);
    }
    const exported = JSON.parse(await (await page.request.get(`${site.url}/downloads/dataset.json`)).text()) as Dataset;
    expect(exported.meetings.map((m) => m.id).sort()).toEqual(data.meetings.map((m) => m.id).sort());
    expect(errors).toEqual([]);
  });
});

describe("the library on the data page", () => {
  it("offers the tarballs of @briefings/core and @briefings/export, each download with the SHA-256 shown beside it", async () => {
    const { page, errors } = await newPage();
    await page.goto(`${site.url}/data/`);
    const items = await page
      .locator("section[aria-labelledby=library] ul.packages li")
      .evaluateAll((lis) => lis.map((li) => ({ href: li.querySelector("a")?.getAttribute("href") ?? "", sha256: li.querySelector("code")?.textContent ?? "" })));
    expect(items.map((i) => i.href)).toEqual([`/packages/briefings-core-${LIBRARY_VERSION}.tgz`, expect.stringMatching(/^\/packages\/briefings-export-\d+\.\d+\.\d+\.tgz$/)]);
    const sums = await (await page.request.get(`${site.url}/packages/SHA256SUMS`)).text();
    for (const item of items) {
      const response = await page.request.get(`${site.url}${item.href}`);
      expect(response.status(), item.href).toBe(200);
      const body = await response.body();
      expect(body.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b])); // gzip
      expect(createHash("sha256").update(body).digest("hex"), item.href).toBe(item.sha256);
      expect(sums).toContain(`${item.sha256}  ${item.href.split("/").pop()}\n`);
    }
    await expect(page.locator("section[aria-labelledby=library]").textContent()).resolves.toMatch(/npm install https?:\/\/\S+\/packages\/briefings-core-\S+\.tgz https?:\/\/\S+\/packages\/briefings-export-/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the data's version and the library's in every page's footer", async () => {
    const { page } = await newPage();
    for (const path of ["/", `/briefings/${seed.id}/`]) {
      await page.goto(`${site.url}${path}`);
      await expect(page.locator("footer").textContent()).resolves.toContain(`data ${data.version} · @briefings/core ${LIBRARY_VERSION}`);
    }
    await page.close();
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
    const speakers = await page.locator("#speakers").locator("..").locator(".speakers > li").allTextContents();
    expect(speakers).toHaveLength(record.speakers.length);
    for (const name of ["Gustavo Meza-Cuadra", "Vladimir Voronkov", "Weixiong Chen", "Rebecca Skellett", "David Tessler", "acting CTC Chair"]) {
      expect(speakers.some((s) => s.includes(name))).toBe(true);
    }
    for (const s of record.speakers) expect(speakers.some((t) => t.includes(s.name))).toBe(true);
    // Each quote is shown (marked in its statement where its words are there, else under it), with its own anchor.
    for (const q of record.quotes) expect(await page.locator(`[id="${q.id}"]`).textContent()).toContain(q.text);
    const figures = await page.locator("#figures").locator("..").locator(".figures > li").allTextContents();
    expect(figures).toHaveLength(record.figures.length);
    for (const f of record.figures) expect(figures.some((t) => t.includes(f.asStated))).toBe(true);
    await page.close();
  });

  it("follows a quote's evidence to its highlighted span in the source view", async () => {
    const { page } = await newPage();
    await page.goto(`${site.url}/briefings/${seed.id}/`);
    const quote = record.quotes[0]!;
    const span = quote.evidence[0];
    // The quote's marker leads to its entry in the section's list of sources, which links the passage.
    const note = await page.locator(`[id="${quote.id}"] a.cite-ref`).first().getAttribute("href");
    await page.locator(`li${note}`).getByRole("link", { name: /Press release/ }).click();
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

describe("numbered citations", () => {
  const statement = record.statements[0]!;
  const span = statement.evidence[0]!;
  /** Is the card of the marker `id` shown (its computed visibility), and what does it say? */
  const card = (page: Page, id: string) =>
    page.evaluate((id) => {
      const el = document.getElementById(`${id}-card`)!;
      const r = el.getBoundingClientRect();
      return { visible: getComputedStyle(el).visibility === "visible", text: el.textContent ?? "", left: r.left, right: r.right };
    }, id);
  /** Waits until the card's visibility is `visible` (it fades out after a short delay, so the pointer can reach it). */
  const cardBecomes = async (page: Page, id: string, visible: boolean) => {
    await page.waitForFunction(
      ([id, visible]) => (getComputedStyle(document.getElementById(`${id}-card`)!).visibility === "visible") === visible,
      [id, visible] as const,
      { timeout: 5000 },
    );
  };

  it("on hover, a marker shows its card (source, locator, the words in context, a link to the passage), which stays while the pointer is on it", async () => {
    expect(span.kind).toBe("span");
    if (span.kind !== "span") return;
    const { page, errors } = await newPage();
    await page.goto(`${site.url}/briefings/${seed.id}/`);
    const marker = page.locator(`[id="${statement.id}"] > p > sup.cites a.cite-ref`).first();
    const id = (await marker.getAttribute("id"))!;
    // The pointer starts away from every marker (a new page in a shared context may inherit a stale hover): hidden.
    await page.mouse.move(1, 1);
    await cardBecomes(page, id, false);
    await marker.hover();
    await cardBecomes(page, id, true);
    const shown = await card(page, id);
    expect(shown.text).toContain("Press release");
    expect(shown.text).toContain(`characters ${span.start}–${span.end}`);
    expect(shown.text).toContain(span.exact);
    expect(shown.text).toContain(span.prefix ?? "");
    // The pointer moves into the card: it stays, and its link leads to the highlighted passage.
    const link = page.locator(`[id="${id}-card"] a`);
    await link.hover();
    expect((await card(page, id)).visible).toBe(true);
    await link.click();
    await page.waitForURL(`**/sources/${span.source}/#span-${span.start}-${span.end}`);
    expect(await page.evaluate(() => document.querySelector(":target")?.tagName)).toBe("MARK");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("leaves the card when the pointer leaves the marker", async () => {
    const { page } = await newPage();
    await page.goto(`${site.url}/briefings/${seed.id}/`);
    const marker = page.locator("a.cite-ref").first();
    const id = (await marker.getAttribute("id"))!;
    await marker.hover();
    await cardBecomes(page, id, true);
    await page.mouse.move(5, 5);
    await cardBecomes(page, id, false);
    await page.close();
  });

  it("on keyboard focus, a marker shows its card; tab reaches the card's link; escape hides it", async () => {
    const { page } = await newPage();
    await page.goto(`${site.url}/briefings/${seed.id}/`);
    const marker = page.locator(`[id="${statement.id}"] > p > sup.cites a.cite-ref`).first();
    const id = (await marker.getAttribute("id"))!;
    // Focus the link before the marker (the speaker's name), then tab to the marker, as a keyboard user does.
    await page.locator(`[id="${statement.id}"] .said-by a`).first().focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(id);
    await cardBecomes(page, id, true);
    // A screen reader hears the card as the marker's description.
    expect(await marker.getAttribute("aria-describedby")).toBe(`${id}-card`);
    expect(await marker.textContent()).toMatch(/^Source \d+$/);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest(".cite-card")?.id)).toBe(`${id}-card`);
    expect((await card(page, id)).visible).toBe(true);
    await page.keyboard.press("Escape");
    await cardBecomes(page, id, false);
    // Leaving and coming back shows it again.
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    await cardBecomes(page, id, true);
    await page.close();
  });

  it("keeps an open card inside a 360 px screen", async () => {
    const ctx = await site.browser.newContext({ viewport: { width: 360, height: 780 } });
    const { page } = await newPage(ctx);
    await page.goto(`${site.url}/briefings/${seed.id}/`);
    for (const marker of (await page.locator("a.cite-ref").all()).slice(0, 12)) {
      const id = (await marker.getAttribute("id"))!;
      await marker.focus();
      await cardBecomes(page, id, true);
      const shown = await card(page, id);
      expect(shown.left, id).toBeGreaterThanOrEqual(0);
      expect(shown.right, id).toBeLessThanOrEqual(360);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    }
    await ctx.close();
  });

  it("without JavaScript, a marker leads to its numbered source at the end of its section, and back; cards still show on hover", async () => {
    expect(span.kind).toBe("span");
    if (span.kind !== "span") return;
    const ctx = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const { page } = await newPage(ctx);
    await page.goto(`${site.url}/briefings/${seed.id}/`);
    const marker = page.locator(`[id="${statement.id}"] > p > sup.cites a.cite-ref`).first();
    const id = (await marker.getAttribute("id"))!;
    const href = (await marker.getAttribute("href"))!;
    await marker.click();
    await page.waitForURL(`**/briefings/${seed.id}/${href}`);
    const target = await page.evaluate(() => {
      const el = document.querySelector(":target")!;
      const r = el.getBoundingClientRect();
      return { tag: el.tagName, list: el.closest("ol")?.id, section: el.closest("section")?.getAttribute("aria-labelledby"), text: el.textContent ?? "", visible: r.top >= 0 && r.bottom <= window.innerHeight };
    });
    expect(target).toMatchObject({ tag: "LI", list: "notes-statements", section: "statements", visible: true });
    expect(target.text).toContain(span.exact.slice(0, 40));
    // The entry links the passage, and back to the marker.
    expect(await page.locator(`li${href} a[href="/sources/${span.source}/#span-${span.start}-${span.end}"]`).count()).toBe(1);
    await page.locator(`li${href} a[href="#${id}"]`).click();
    await page.waitForURL(`**#${id}`);
    // The card is CSS alone: hover shows it without script.
    await marker.hover();
    await cardBecomes(page, id, true);
    await ctx.close();
  });

  it("keeps the seed briefing at most two thirds of its former 6,300 px at 1280 px wide, every fact still linked to its evidence", async () => {
    const { page } = await newPage();
    await page.goto(`${site.url}/briefings/${seed.id}/`);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(4200);
    // Every fact carries a marker: the title, each fact of the overview but the topics (a curator's classification),
    // the summary, and each item of every cited list; and every quote.
    const unlinked = await page.evaluate(() => {
      const facts = [
        ...document.querySelectorAll(".page-header .title-row, .facts dd, #summary"),
        ...document.querySelectorAll(".cited-main > ol > li, .cited-main > ul > li"),
      ].filter((el) => !el.matches(".facts dd:has(.tags)"));
      return facts.filter((el) => el.querySelector("a.cite-ref") === null).map((el) => (el.textContent ?? "").slice(0, 60));
    });
    expect(unlinked).toEqual([]);
    for (const q of record.quotes) expect(await page.locator(`[id="${q.id}"] a.cite-ref`).count(), q.id).toBeGreaterThan(0);
    // As many items as the record has facts of each kind.
    const items = (section: string) => page.locator(`section[aria-labelledby="${section}"] .cited-main > :is(ol, ul) > li`).count();
    expect(await items("objectives")).toBe(seed.objectives.length);
    expect(await items("programme")).toBe(seed.sessions.length);
    expect(await items("speakers")).toBe(record.speakers.length);
    expect(await items("statements")).toBe(record.statements.length);
    expect(await items("figures")).toBe(record.figures.length);
    expect(await items("media")).toBe(seed.media.length);
    // Every numbered source links the evidence: the highlighted passage in our copy, or the source's own page.
    const sourceless = await page.evaluate(() =>
      [...document.querySelectorAll(".notes-list > li")].filter((li) => li.querySelector('a[href^="/sources/"], a[href^="https://"], a[href^="http://"]') === null).map((li) => li.id),
    );
    expect(sourceless).toEqual([]);
    await page.close();
  });

  it("every section that cites ends with its own numbered list, and every marker's target is in it", async () => {
    const { page } = await newPage();
    await page.goto(`${site.url}/briefings/${seed.id}/`);
    const problems = await page.evaluate(() => {
      const out: string[] = [];
      for (const a of document.querySelectorAll<HTMLAnchorElement>("a.cite-ref")) {
        const target = document.querySelector(a.getAttribute("href")!);
        if (!target) out.push(`${a.id}: no target`);
        else if (target.closest(".cited") !== a.closest(".cited")) out.push(`${a.id}: its source is listed in another part`);
      }
      return out;
    });
    expect(problems).toEqual([]);
    expect(await page.locator("a.cite-ref").count()).toBeGreaterThan(40);
    await page.close();
  });
});

describe("a page costs what its HTML costs", () => {
  it("ships no client runtime where nothing is interactive: only JSON-LD and the citation cards' script", async () => {
    for (const path of ["/", `/briefings/${seed.id}/`, `/people/${record.speakers.find((s) => s.person)!.person!.id}/`, "/data/"]) {
      const html = await (await fetch(`${site.url}${path}`)).text();
      const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
      for (const [, attributes, body] of scripts) {
        expect(attributes, path).not.toContain("src=");
        if (!attributes!.includes("application/ld+json")) expect(body, path).toContain(".cite");
      }
      expect(html, path).not.toMatch(/\/_next\/static\/chunks\/[^"]+\.js/);
      expect(html, path).toMatch(/<link rel="stylesheet" href="\/_next\/static\/[^"]+\.css"/);
      // Nor the serialised payload Next writes beside a page for its client router: nothing could read it.
      expect((await fetch(`${site.url}${path}index.txt`)).status, path).toBe(404);
    }
  });

  it("leaves nothing of the removed scripts on any published page: only JSON-LD and the citation cards' script remain", () => {
    const pages = readdirSync(OUT_DIR, { recursive: true }).map(String).filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(100);
    for (const file of pages) {
      const html = readFileSync(join(OUT_DIR, file), "utf8");
      if (html.includes('data-island="')) continue;
      const opened = html.match(/<script/gi)?.length ?? 0;
      const kept = [...html.matchAll(/<script( type="application\/ld\+json")?>([\s\S]*?)<\/script>/g)].filter(([, ld, body]) => ld !== undefined || body === CITES_SCRIPT);
      expect(opened, file).toBe(kept.length);
      // A fragment of a tag cut short ("<s<s<script>", "<<<<") would start an element the reader sees.
      expect(html, file).not.toMatch(/<[a-z]*</i);
    }
  });

  it("keeps the runtime on the search page, the one island", async () => {
    const html = await (await fetch(`${site.url}/search/`)).text();
    expect(html).toContain('data-island="search"');
    expect(html).toMatch(/<script src="\/_next\/static\/chunks\/[^"]+\.js"/);
  });

  it("logs no console error and requests nothing that fails, on any kind of page (the favicon is there)", async () => {
    const person = record.speakers.find((s) => s.person)!.person!;
    const other = meetingsByDate(data).find((m) => m.id !== seed.id)!;
    const pages = [
      ["home", "/"],
      ["filter", `/browse/year/${seed.dates.value.start.slice(0, 4)}/`],
      ["a briefing", `/briefings/${other.id}/`],
      ["the seed briefing", `/briefings/${seed.id}/`],
      ["source", `/sources/${seed.sources[0]}/`],
      ["people", "/people/"],
      ["person", `/people/${person.id}/`],
      ["organizations", "/organizations/"],
      ["organization", `/organizations/${record.organizations[0]!.id}/`],
      ["search", "/search/?q=soft"],
      ["timeline", "/timeline/"],
      ["succession", "/succession/"],
      ["data", "/data/"],
      ["not found", "/no-such-page/"],
    ] as const;
    const ctx = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    for (const [kind, path] of pages) {
      const { page, errors } = await newPage(ctx);
      const failed: string[] = [];
      const url = `${site.url}${path}`;
      // The one expected failure: the 404 page's own status, which Chromium also logs as a console error.
      const expected = (status: number, at: string) => kind === "not found" && status === 404 && at === url;
      page.on("console", (m) => {
        if (m.type() !== "error") return;
        if (kind === "not found" && m.location().url === url && m.text().includes("status of 404")) return;
        errors.push(m.text());
      });
      page.on("requestfailed", (r) => failed.push(`failed ${r.url()}: ${r.failure()?.errorText ?? ""}`));
      page.on("response", (r) => {
        if (r.status() >= 400 && !expected(r.status(), r.url())) failed.push(`${r.status()} ${r.url()}`);
      });
      const response = await page.goto(url, { waitUntil: "networkidle" });
      expect(response?.status(), kind).toBe(kind === "not found" ? 404 : 200);
      expect([...errors, ...failed], `${kind}: ${path}`).toEqual([]);
      await page.close();
    }
    expect((await fetch(`${site.url}/favicon.ico`)).status).toBe(200);
    await ctx.close();
  });

  it("says what each record page is when shared: description, Open Graph title, summary and date", async () => {
    const html = await (await fetch(`${site.url}/briefings/${seed.id}/`)).text();
    const meta = (attr: string, key: string) => new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`).exec(html)?.[1];
    expect(meta("property", "og:title")).toBe(seed.title.value);
    expect(meta("property", "og:type")).toBe("article");
    expect(meta("property", "article:published_time")).toBe(seed.dates.value.start);
    expect(meta("name", "description")).toMatch(/^Open briefing of the UN Counter-Terrorism Committee, 27 June 2019\. /);
    expect(meta("property", "og:description")).toBe(meta("name", "description"));
    const person = await (await fetch(`${site.url}/people/vladimir-voronkov/`)).text();
    expect(person).toMatch(/<meta property="og:title" content="Vladimir Voronkov"/);
    expect(person).toMatch(/<meta name="description" content="Vladimir Voronkov: Under-Secretary-General/);
  });
});

describe("without JavaScript", () => {
  it("a briefing page is complete, and filters and lists work", async () => {
    const ctx = await site.browser.newContext({ javaScriptEnabled: false });
    const { page } = await newPage(ctx);
    await page.goto(`${site.url}/`);
    const listed = await page.locator(".briefing-list h3").allTextContents();
    expect(listed).toEqual(meetingsByDate(data).slice(0, HOME_LATEST).map((m) => m.title.value));
    expect(await page.locator(".home-list .more").textContent()).toContain(`of ${data.meetings.length} briefings`);
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
    if (!ctx) contexts.set(scheme, (ctx = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme })));
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

  it("axe finds no serious or critical violation with a citation card open (focused), in light and dark", async () => {
    for (const scheme of ["light", "dark"] as const) {
      const ctx = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
      const page = await ctx.newPage();
      await page.goto(`${site.url}/briefings/${seed.id}/`);
      const marker = page.locator("#statements ~ .cited a.cite-ref").first();
      await marker.focus();
      await page.waitForFunction((id) => getComputedStyle(document.getElementById(`${id}-card`)!).visibility === "visible", await marker.getAttribute("id"));
      const results = await new AxeBuilder({ page }).include(".statements").analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
      expect(serious, scheme).toEqual([]);
      await ctx.close();
    }
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
    const paths = ["/", `/briefings/${seed.id}/`, `/sources/${seed.sources[0]}/`];
    expect(await overflowAt360(site.browser, site.url, paths)).toEqual(Object.fromEntries(paths.map((p) => [p, 0])));
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
