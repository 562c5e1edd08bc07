// Measures the built site: first-load JavaScript (gzip) of each page type, against the framework's own
// baseline (the 404 page, which has no feature code), and the time of a full `next build`.
// Writes bench/REPORT.md. Run after a build (turbo's `bench` task depends on `build`); `--no-build` skips
// the timed rebuild and reports only sizes.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { lighthouseSectionFrom } from "./report-sections.mjs";
import { stripSite } from "./strip-runtime.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "out");
// --quick (CI) measures the existing build instead of timing a second one.
const skipBuild = process.argv.includes("--no-build") || process.argv.includes("--quick");

/**
 * Runs the site's build once (`next build`, then the removal of the client runtime from pages with no island, as
 * the package's `build` script does) and returns its wall-clock time in milliseconds. Without the second step the
 * sizes below would be those of a site that is never published.
 */
function timeBuild() {
  const next = createRequire(join(root, "package.json")).resolve("next/dist/bin/next");
  const start = process.hrtime.bigint();
  execFileSync(process.execPath, [next, "build"], { cwd: root, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  stripSite(out);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const buildMs = skipBuild ? undefined : timeBuild();
if (!existsSync(join(out, "index.html"))) {
  console.error(`No built site in ${out}: run the build first.`);
  process.exit(1);
}

/** The largest page under `dir` (one level of sub-directories, or two with `depth`): the worst case of its type. */
const largest = (dir, depth = 1) => {
  const base = join(out, dir);
  if (!existsSync(base)) return undefined;
  const files = readdirSync(base, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith("index.html") && f.split("/").length === depth + 1);
  const sized = files.map((f) => ({ f: `${dir}/${f}`, n: readFileSync(join(base, f)).length })).sort((a, b) => b.n - a.n);
  return sized[0]?.f;
};

/** Page types and the HTML file that represents each. */
const pageTypes = [
  ["Framework baseline (404)", "404.html"],
  ["Home", "index.html"],
  ["Filter page", largest("browse", 2)],
  ["Briefing", largest("briefings")],
  ["Source view", largest("sources")],
  ["Person", largest("people")],
  ["People index", "people/index.html"],
  ["Organization", largest("organizations")],
  ["Organizations index", "organizations/index.html"],
  ["Search", "search/index.html"],
  ["Data", "data/index.html"],
].filter(([, file]) => file !== undefined && existsSync(join(out, file)));

const gz = (buffer) => gzipSync(buffer).length;

function measure(file) {
  const html = readFileSync(join(out, file), "utf8");
  const srcs = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
  const files = [...new Set(srcs)].map((src) => readFileSync(join(out, src.split("?")[0])));
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("");
  return {
    scripts: files.length,
    raw: files.reduce((n, b) => n + b.length, 0),
    gzip: files.reduce((n, b) => n + gz(b), 0),
    inlineGzip: inline.length === 0 ? 0 : gz(Buffer.from(inline)),
    htmlGzip: gz(Buffer.from(html)),
  };
}

const rows = pageTypes.map(([name, file]) => ({ name, file, ...measure(file) }));
const baseline = rows[0];
const kb = (n) => (n / 1024).toFixed(1);
const pages = readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith("index.html")).length;
const indexDir = join(out, "search-index");
const indexFiles = existsSync(indexDir) ? readdirSync(indexDir).map((f) => readFileSync(join(indexDir, f))) : [];
/** Files and bytes under `dir`. */
function folderSize(dir) {
  const files = readdirSync(dir, { recursive: true }).map((f) => statSync(join(dir, String(f)))).filter((st) => st.isFile());
  return { files: files.length, bytes: files.reduce((n, st) => n + st.size, 0) };
}
const published = folderSize(out);
const downloads = existsSync(join(out, "downloads")) ? folderSize(join(out, "downloads")) : { files: 0, bytes: 0 };
const index = indexFiles.length > 0 ? { files: indexFiles.length, raw: indexFiles.reduce((n, b) => n + b.length, 0), gzip: indexFiles.reduce((n, b) => n + gz(b), 0), largest: Math.max(...indexFiles.map(gz)) } : undefined;

const lines = [
  "## Web: first-load JavaScript and build time",
  "",
  `Measured ${new Date().toISOString().slice(0, 10)} on ${process.platform}/${process.arch}, Node ${process.version}, by \`pnpm --filter @briefings/web bench\`.`,
  "Each page type is measured on its largest page, as published (after `scripts/strip-runtime.mjs`). First-load JS is the gzip size (zlib default level) of the",
  "script files a page loads; the inline scripts are the citation cards' few hundred bytes on a page that cites, and Next's serialised payload on a page with an",
  "island (search). The ratio compares with the 404 page (\"–\" where that page loads no script: a page with nothing interactive ships no client runtime).",
  "",
  "| Page type (page) | Scripts | JS (gzip, KiB) | JS (raw, KiB) | × baseline | Inline payload (gzip, KiB) | HTML (gzip, KiB) |",
  "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
  ...rows.map(
    (r) =>
      `| ${r.name} (\`${r.file}\`) | ${r.scripts} | ${kb(r.gzip)} | ${kb(r.raw)} | ${baseline.gzip === 0 ? "–" : (r.gzip / baseline.gzip).toFixed(2)} | ${kb(r.inlineGzip)} | ${kb(r.htmlGzip)} |`,
  ),
  "",
  index
    ? `Search index (fetched file by file only when a reader searches): ${index.files} files, ${kb(index.raw)} KiB raw, ${kb(index.gzip)} KiB gzip in all; the largest file ${kb(index.largest)} KiB gzip.`
    : "",
  "",
  `Published site (out/, as deployed): ${published.files.toLocaleString("en-US")} files, ${(published.bytes / 1e6).toFixed(1)} MB, of which the downloads are ${downloads.files} files, ${(downloads.bytes / 1e6).toFixed(1)} MB.`,
  "",
  buildMs === undefined
    ? "Build time: not measured (`--no-build`)."
    : `Build time: ${(buildMs / 1000).toFixed(1)} s for ${pages} HTML pages (${(buildMs / pages).toFixed(0)} ms a page; wall clock, noisy: compare runs on the same machine).`,
  "",
];
// The build benchmark against a minimal Next app (bench/build.mjs), when it ran.
const buildReport = join(root, "bench", "build.md");
const buildResults = join(root, "bench", "build.json");
if (existsSync(buildReport)) lines.push(readFileSync(buildReport, "utf8"));
mkdirSync(join(root, "bench"), { recursive: true });
// The Lighthouse scores are measured by scripts/lighthouse.mjs (minutes of Chromium): kept, not re-measured here.
const lighthouse = lighthouseSectionFrom(join(root, "bench", "lighthouse.json"));
writeFileSync(join(root, "bench", "REPORT.md"), lines.join("\n") + (lighthouse === "" ? "" : `\n${lighthouse}`));
if (existsSync(buildResults)) {
  // The load average of the build benchmark's run goes with its target (a figure taken under load is not a result).
  const { quick, target, loadAverage, loads, cores } = JSON.parse(readFileSync(buildResults, "utf8"));
  writeFileSync(join(root, "bench", "results.json"), `${JSON.stringify({ package: "@briefings/web", quick, date: new Date().toISOString(), loadAverage, loads, cores, targets: [target] }, null, 2)}\n`);
}
console.log(lines.join("\n"));
