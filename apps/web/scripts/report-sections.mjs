// The Lighthouse section of the web bench report (bench/REPORT.md): written by scripts/lighthouse.mjs, and kept
// by scripts/bench.mjs when it rewrites the rest of the report.
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const BEGIN = "<!-- lighthouse:begin -->";
const END = "<!-- lighthouse:end -->";

/**
 * The Markdown of a Lighthouse report object (as scripts/lighthouse.mjs writes it to bench/lighthouse.json).
 * @param {any} report
 * @returns {string}
 */
export function lighthouseMarkdown(report) {
  const loaded = Math.max(...report.loadBefore.slice(0, 1), ...report.loadAfter.slice(0, 1)) > report.cores;
  const row = (p, base) =>
    `| ${p.name} (\`${p.path}\`) | ${base ? `${base.median.performance} → ` : ""}**${p.median.performance}** | ${p.median.accessibility} | ${p.median.bestPractices} | ${p.median.seo} | ${base ? `${base.median.lcpMs} → ` : ""}${p.median.lcpMs} | ${base ? `${base.median.tbtMs} → ` : ""}${p.median.tbtMs} | ${p.median.cls} | ${base ? `${(base.median.scriptBytes / 1024).toFixed(1)} → ` : ""}${(p.median.scriptBytes / 1024).toFixed(1)} | ${p.median.consoleErrors} | ${p.runs.map((r) => r.performance).join(", ")} |`;
  const basePages = report.baseline ? new Map(report.baseline.pages.map((p) => [p.name, p])) : undefined;
  return [
    "## Web: Lighthouse (mobile, simulated throttling)",
    "",
    `Measured ${report.date.slice(0, 16).replace("T", " ")} UTC by \`pnpm --filter @briefings/web lighthouse\` (Lighthouse 12, Debian Chromium headless, the built site served locally),`,
    `${report.runs} run${report.runs === 1 ? "" : "s"} a page, pages taken in turn; the median run is shown.`,
    `Load average (1, 5, 15 min) on ${report.cores} cores: ${report.loadBefore.join(", ")} before, ${report.loadAfter.join(", ")} after${loaded ? " (**loaded**: more runnable tasks than cores; simulated throttling absorbs much of it, but treat the times with care)" : ""}.`,
    report.priority !== undefined && report.priority !== 0
      ? `Run at niceness ${report.priority} (ahead of the other work on the machine, so that the main-thread times Lighthouse observes, and multiplies, are Chromium's own work rather than its wait for a CPU).`
      : "",
    report.baseline
      ? `Each cell "a → **b**" is the baseline build (\`${report.baseline.root}\`) measured in the same run, then this build.`
      : "",
    "",
    "| Page | Performance | Accessibility | Best practices | SEO | LCP (ms) | TBT (ms) | CLS | Script transfer (KiB) | Console errors | Performance of each run |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ...report.pages.map((p) => row(p, basePages?.get(p.name))),
    "",
    report.seedHeightPx === undefined ? "" : `The seed briefing's page is ${report.seedHeightPx.toLocaleString("en")} px tall at 1280 px wide (issue 16: at most 4,200 px, two thirds of the 6,300 px it had with inline evidence labels).`,
    "",
  ].join("\n");
}

/**
 * The Lighthouse section for the report, from bench/lighthouse.json, or "" when it was never measured.
 * @param {string} jsonFile
 * @returns {string}
 */
export function lighthouseSectionFrom(jsonFile) {
  if (!existsSync(jsonFile)) return "";
  return `${BEGIN}\n${lighthouseMarkdown(JSON.parse(readFileSync(jsonFile, "utf8")))}${END}\n`;
}

/**
 * Puts the Lighthouse section of `report` into the Markdown file `file`, in place of the previous one (or at the end).
 * @param {string} file
 * @param {any} report
 */
export function writeLighthouseSection(file, report) {
  const section = `${BEGIN}\n${lighthouseMarkdown(report)}${END}\n`;
  const text = existsSync(file) ? readFileSync(file, "utf8") : "";
  const begin = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  const next =
    begin >= 0 && end > begin ? `${text.slice(0, begin)}${section}${text.slice(end + END.length).replace(/^\n/, "")}` : `${text}${text.endsWith("\n") || text === "" ? "" : "\n"}\n${section}`;
  writeFileSync(file, next);
}
