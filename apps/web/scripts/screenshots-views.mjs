// Screenshots of the reading views (timeline, succession, a briefing with a disputed fact, a person's per-year strip)
// at 1280 px and 360 px wide, light and dark, into docs/screenshots/. Needs the built site (out/).
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { launchBrowser, serveSite } from "./browser.mjs";

const target = join(dirname(fileURLToPath(import.meta.url)), "..", "docs", "screenshots");
mkdirSync(target, { recursive: true });

const pages = [
  ["timeline", "/timeline/", undefined],
  ["succession", "/succession/", undefined],
  ["briefing-disputed", "/briefings/2017-09-28-threats-caused-by-terrorist-acts/", ".facts"],
  ["person-strip", "/people/weixiong-chen/", undefined],
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
      for (const [name, path, scrollTo] of pages) {
        await page.goto(`${site.url}${path}`, { waitUntil: "networkidle" });
        if (scrollTo) await page.locator(scrollTo).first().evaluate((el) => el.scrollIntoView());
        const file = join(target, `${name}-${label}${scheme === "dark" ? "-dark" : ""}.png`);
        await page.screenshot({ path: file, fullPage: false });
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
}
