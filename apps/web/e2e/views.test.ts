// End-to-end tests of the reading views (timeline, succession, review state, disputed facts, per-year strips) in the
// built site (out/), served by scripts/static-server.mjs and driven with Debian's Chromium.
import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { CTC_CHAIR, CTED_HEAD, disputedFacts, meetingTimeline, succession } from "@briefings/core";
import { builtData, overflowAt360, serveForTests } from "./site-session";

const data = builtData;
const timeline = meetingTimeline(data.meetings);
const disputed = data.meetings.find((m) => disputedFacts(m).length > 0)!;
const chairs = succession(data, CTC_CHAIR);
const heads = succession(data, CTED_HEAD);
const person = chairs[chairs.length - 1]!.person;

const site = serveForTests();

describe("the timeline", () => {
  it("draws a row per year and takes the keyboard from a year to its list", async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.url}/timeline/`);
    expect(await page.locator(".year-bars > li").count()).toBe(timeline.years.length);
    // Tab from the top of the page reaches the year links in order; Enter follows one.
    const first = timeline.years.find((y) => y.total > 0)!;
    const link = page.locator(".year-bars").getByRole("link", { name: String(first.year), exact: true });
    await link.focus();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(String(first.year));
    await page.keyboard.press("Tab");
    const next = timeline.years.filter((y) => y.total > 0)[1]!;
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(String(next.year));
    await page.keyboard.press("Enter");
    await page.waitForURL(`**/browse/year/${next.year}/`);
    expect(await page.locator(".briefing-list > li").count()).toBe(next.total);
    await page.close();
  });

  it("is reachable from every page's navigation", async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.url}/`);
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Timeline" }).click();
    await page.waitForURL("**/timeline/");
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Chairs" }).click();
    await page.waitForURL("**/succession/");
    await page.close();
  });
});

describe("the succession", () => {
  it("has a row per tenure on one axis, each bar inside the track, and a bar leads to the person", async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.url}/succession/`);
    expect(await page.locator("#ctc-chairs ~ .gantt > li.tenure").count()).toBe(chairs.length);
    expect(await page.locator("#cted-heads ~ .gantt > li.tenure").count()).toBe(heads.length);
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll(".gantt-track")].filter((track) => {
        const t = track.getBoundingClientRect();
        return [...track.children].some((bar) => {
          const b = bar.getBoundingClientRect();
          return b.left < t.left - 1 || b.right > t.right + 1 || b.width < 2;
        });
      }).length,
    );
    expect(outside).toBe(0);
    await page.locator(`.tenure:has(a[href="/people/${person.id}/"]) .gantt-span`).first().click();
    await page.waitForURL(`**/people/${person.id}/`);
    // The person page has its per-year strip, one column per year of the dataset.
    expect(await page.locator(".year-strip li").count()).toBe(timeline.years.length);
    await page.close();
  });
});

describe("review state and disputed facts", () => {
  it("a briefing says its review state and shows what other sources give beside the fact", async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.url}/briefings/${disputed.id}/`);
    expect(await page.locator(".review-note").textContent()).toContain(disputed.review.state === "curated" ? "Curated" : "Draft");
    const alternatives = await page.locator(".disputed q").allTextContents();
    for (const f of disputedFacts(disputed)) for (const a of f.alternatives) expect(alternatives).toContain(a.value);
    await page.locator(".review-note a.review-tag").click();
    await page.waitForURL(`**/browse/review/${disputed.review.state}/`);
    const count = data.meetings.filter((m) => m.review.state === disputed.review.state).length;
    expect(await page.locator(".briefing-list > li").count()).toBe(count);
    await page.close();
  });
});

describe("without JavaScript", () => {
  it("the timeline, the succession and a disputed briefing are complete", async () => {
    const ctx = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${site.url}/timeline/`);
    const links = await page.locator(".year-bars a").allTextContents();
    expect(links).toEqual(timeline.years.filter((y) => y.total > 0).map((y) => String(y.year)));
    await page.goto(`${site.url}/succession/`);
    const text = (await page.locator("main").textContent()) ?? "";
    for (const t of [...chairs, ...heads]) expect(text).toContain(t.person.name);
    await page.goto(`${site.url}/briefings/${disputed.id}/`);
    expect(await page.locator("main").textContent()).toContain("Other sources give:");
    await ctx.close();
  });
});

describe("accessibility and small screens", () => {
  const pages = [
    ["timeline", "/timeline/"],
    ["succession", "/succession/"],
    ["disputed briefing", `/briefings/${disputed.id}/`],
    ["person", `/people/${person.id}/`],
    ["organization", "/organizations/cted/"],
    ["review filter", "/browse/review/curated/"],
  ] as const;
  const cases = [...pages.map(([name, path]) => ["light", name, path] as const), ...pages.map(([name, path]) => ["dark", name, path] as const)];

  const contexts = new Map<string, BrowserContext>();
  afterAll(async () => {
    for (const ctx of contexts.values()) await ctx.close();
  });

  // axe walks every node: on a long page (the review filter lists every briefing) and a loaded machine it takes a while.
  it.each(cases)(
    "axe finds no violation (%s): %s",
    async (scheme, _name, path) => {
      let ctx = contexts.get(scheme);
      if (!ctx) contexts.set(scheme, (ctx = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme })));
      const page = await ctx.newPage();
      await page.goto(`${site.url}${path}`);
      const results = await new AxeBuilder({ page }).analyze();
      await page.close();
      expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
    },
    240_000,
  );

  it("fits a 360 px wide screen without horizontal scrolling", async () => {
    const paths = pages.map(([, path]) => path);
    expect(await overflowAt360(site.browser, site.url, paths)).toEqual(Object.fromEntries(paths.map((p) => [p, 0])));
  });
});
