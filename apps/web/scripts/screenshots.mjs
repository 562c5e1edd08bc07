// Takes screenshots of the home and briefing pages (and a source view) at 1280 px and 360 px wide, in light
// (and the briefing in dark too), into docs/screenshots/. Needs the built site (out/).
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
const pages = [
  ["home", "/"],
  ["briefing", `/briefings/${briefing}/`],
  ["source", `/sources/${source}/`],
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
      for (const [name, path] of pages) {
        // One dark example is enough to review the dark palette.
        if (scheme === "dark" && (name !== "briefing" || label !== "desktop")) continue;
        await page.goto(`${site.url}${path}`, { waitUntil: "networkidle" });
        const file = join(target, `${name}-${label}${scheme === "dark" ? "-dark" : ""}.png`);
        // The first screenful: what a reader sees on arrival (full pages are megabytes of PNG).
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
