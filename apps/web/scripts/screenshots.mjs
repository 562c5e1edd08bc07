// Takes screenshots of the home and briefing pages (and a source view) at 1280 px and 360 px wide, in light
// (and the briefing in dark too); of the reading views (timeline, succession, a briefing with a disputed fact, a
// person's per-year strip) at both widths, light and dark; and of the seed briefing's citations (a card on hover
// at 1280 px, in dark, on focus at 360 px, and the numbered list a marker leads to with JavaScript off), into
// docs/screenshots/. Needs the built site (out/):
//
//   pnpm --filter @briefings/web screenshots
/* global window, location -- the functions passed to evaluate() run in the page */
import { mkdirSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { launchBrowser, OUT_DIR, serveSite } from "./browser.mjs";

const target = join(dirname(fileURLToPath(import.meta.url)), "..", "docs", "screenshots");
mkdirSync(target, { recursive: true });

/** The record under `dir` whose page is largest: the richest one to look at. */
const richest = (dir) =>
  readdirSync(join(OUT_DIR, dir))
    .map((name) => ({ name, size: statSync(join(OUT_DIR, dir, name, "index.html")).size }))
    .sort((a, b) => b.size - a.size)[0]?.name;
const briefing = richest("briefings");
const source = richest("sources");
/** Name, path, whether it is also taken in dark, and what to scroll to first. */
const pages = [
  ["home", "/", { dark: false }],
  ["briefing", `/briefings/${briefing}/`, { dark: "desktop" }],
  ["source", `/sources/${source}/`, { dark: false }],
  ["timeline", "/timeline/", { dark: true }],
  ["succession", "/succession/", { dark: true }],
  ["briefing-disputed", "/briefings/2017-09-28-threats-caused-by-terrorist-acts/", { dark: true, scrollTo: ".facts" }],
  ["person-strip", "/people/weixiong-chen/", { dark: true }],
];
const widths = [
  ["desktop", 1280, 900],
  ["mobile", 360, 780],
];

const site = await serveSite();
const browser = await launchBrowser();
try {
  for (const scheme of ["light", "dark"]) {
    for (const [label, width, height] of widths) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const [name, path, { dark, scrollTo }] of pages) {
        if (scheme === "dark" && (dark === false || (dark === "desktop" && label !== "desktop"))) continue;
        await page.goto(`${site.url}${path}`, { waitUntil: "networkidle" });
        if (scrollTo) await page.locator(scrollTo).first().evaluate((el) => el.scrollIntoView());
        const file = join(target, `${name}-${label}${scheme === "dark" ? "-dark" : ""}.png`);
        // The first screenful: what a reader sees on arrival (full pages are megabytes of PNG).
        await page.screenshot({ path: file, fullPage: false });
        console.log(file);
      }
      await context.close();
    }
  }

  // The citations of the seed briefing: a statement's marker and its card, in each setting.
  const seed = "/briefings/2019-06-27-protection-of-soft-targets/";
  const marker = "#statements ~ .cited .statements > li:nth-child(2) > p > sup.cites a.cite-ref";
  const shots = [
    { file: "citations-desktop.png", width: 1280, height: 720, scheme: "light", js: true, show: "hover" },
    { file: "citations-desktop-dark.png", width: 1280, height: 720, scheme: "dark", js: true, show: "hover" },
    { file: "citations-mobile.png", width: 360, height: 780, scheme: "light", js: true, show: "focus" },
    { file: "citations-no-javascript.png", width: 1280, height: 720, scheme: "light", js: false, show: "follow" },
  ];
  for (const shot of shots) {
    const context = await browser.newContext({ viewport: { width: shot.width, height: shot.height }, colorScheme: shot.scheme, deviceScaleFactor: 1, javaScriptEnabled: shot.js });
    const page = await context.newPage();
    await page.goto(`${site.url}${seed}`, { waitUntil: "networkidle" });
    const link = page.locator(marker).first();
    // The marker a third of the way down the screen, so that its card shows below it.
    await link.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight / 3));
    if (shot.show === "hover") await link.hover();
    else if (shot.show === "focus") await link.focus();
    else {
      await link.click();
      await page.waitForFunction(() => location.hash.startsWith("#note-"));
      // The pointer off the marker: what shows is the numbered source the marker led to.
      await page.mouse.move(shot.width - 1, shot.height - 1);
    }
    await page.waitForTimeout(400);
    const file = join(target, shot.file);
    await page.screenshot({ path: file, fullPage: false });
    console.log(file);
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}
