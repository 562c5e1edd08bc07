// Web build benchmark: `next build` of the site with a synthetic dataset of N briefings (default 1,000)
// against a minimal Next 16 app (static export) that builds as many pages, in the same run, interleaved.
// The minimal app is generated in bench/.minimal/ (one layout, one dynamic route, pages of a line of
// text). Both get the same Next configuration where it matters (static export, trailing slashes, type checking skipped
// inside `next build`: the site's `typecheck` task runs tsc; Next 16's build runs no lint), and the same Turbopack
// filesystem cache (on, Next's default; written from nothing each time, as .next is removed before every build).
// Each build's wall time and CPU time (user + system of `next build` and every process it waited for: its static
// generation workers; from /proc/self/stat, so Linux only) are recorded; on a machine shared with other work the CPU
// ratio is the steadier reading. Writes bench/build.md (included in bench/REPORT.md by scripts/bench.mjs) and
// bench/build.json.
// Usage: node bench/build.mjs [--briefings N] [--runs N (default 3: the ratio sits near its target, and one slow run
// would move the median of two)] [--quick]. Asserts nothing about time.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { quietLoad } from "@briefings/bench/load";
import { median } from "@briefings/bench/stats";
import { writeDatasetFile } from "@briefings/synthetic";

const { values } = parseArgs({ options: { briefings: { type: "string" }, runs: { type: "string" }, quick: { type: "boolean" } } });
const briefings = Number(values.briefings ?? (values.quick ? 20 : 1000));
const runs = Number(values.runs ?? (values.quick ? 1 : 3));
const here = dirname(fileURLToPath(import.meta.url));
const web = join(here, "..");
const root = join(web, "..", "..");
const minimal = join(here, ".minimal");
const next = join(web, "node_modules", "next", "dist", "bin", "next");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const log = (line) => console.error(`web build bench: ${line}`);

/** HTML pages under `dir`. */
const htmlPages = (dir) => readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(".html")).length;

/** CPU time (user + system, ms) of the children this process has waited for, with theirs: fields 16 and 17 of /proc/self/stat. */
function childrenCpuMs() {
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // Fields after the command name start at field 3; cutime and cstime are fields 16 and 17, in clock ticks (100 per second on Linux).
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

/** Runs `next build` in `cwd`; returns its wall time and CPU time in ms. */
function build(cwd, extraEnv = {}) {
  const start = process.hrtime.bigint();
  const cpuStart = childrenCpuMs();
  execFileSync(process.execPath, [next, "build"], { cwd, stdio: ["ignore", "ignore", "inherit"], env: { ...env, ...extraEnv } });
  return { wall: Number(process.hrtime.bigint() - start) / 1e6, cpu: childrenCpuMs() - cpuStart };
}

/** A minimal Next app whose static export has `pages` pages: one dynamic route, a line of text each. */
function writeMinimalApp(pages) {
  rmSync(minimal, { recursive: true, force: true });
  mkdirSync(join(minimal, "app", "p", "[id]"), { recursive: true });
  writeFileSync(join(minimal, "package.json"), JSON.stringify({ name: "minimal-next-app", private: true, type: "module" }));
  writeFileSync(
    join(minimal, "next.config.mjs"),
    `export default { output: "export", trailingSlash: true, images: { unoptimized: true }, typescript: { ignoreBuildErrors: true }, turbopack: { root: ${JSON.stringify(root)} } };\n`,
  );
  writeFileSync(join(minimal, "app", "layout.tsx"), `export default function Layout({ children }: { children: React.ReactNode }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n`);
  writeFileSync(join(minimal, "app", "page.tsx"), `export default function Home() {\n  return <p>Home</p>;\n}\n`);
  writeFileSync(
    join(minimal, "app", "p", "[id]", "page.tsx"),
    `export const dynamicParams = false;\nexport function generateStaticParams() {\n  return Array.from({ length: ${pages}, }, (_, i) => ({ id: String(i) }));\n}\nexport default async function Page({ params }: { params: Promise<{ id: string }> }) {\n  const { id } = await params;\n  return <p>Page {id}</p>;\n}\n`,
  );
  writeFileSync(join(minimal, "tsconfig.json"), JSON.stringify({ compilerOptions: { jsx: "preserve", strict: true, module: "esnext", moduleResolution: "bundler", target: "es2022", lib: ["dom", "es2023"], skipLibCheck: true, noEmit: true, isolatedModules: true, allowJs: false, esModuleInterop: true, resolveJsonModule: true, incremental: false, plugins: [{ name: "next" }] }, include: ["**/*.ts", "**/*.tsx"] }));
  // Resolution of next, react and react-dom: the web app's own installation.
  mkdirSync(join(minimal, "node_modules", "@types"), { recursive: true });
  for (const dep of ["next", "react", "react-dom", "@types/react"]) symlinkSync(realpathSync(join(web, "node_modules", dep)), join(minimal, "node_modules", dep), "dir");
}

const tmp = mkdtempSync(join(tmpdir(), "briefings-web-build-"));
try {
  const data = join(tmp, "dataset.json");
  log(`generating ${briefings} synthetic briefings`);
  writeDatasetFile(data, briefings);
  // The load of other work, sampled before each build once the previous build's own load has fallen (each build
  // loads both cores by itself); the load at the end of each build is kept too, for the record.
  const quiet = () => quietLoad({ maxWaitMs: values.quick ? 0 : 150_000 });
  const loads = [quiet().load];
  const ownLoads = [];
  const sample = () => loads.push(quiet().load);
  const loadStart = loads[0];
  const site = [];
  const base = [];
  const siteCpu = [];
  const baseCpu = [];
  let sitePages = 0;
  let basePages = 0;
  for (let r = 0; r < runs; r++) {
    log(`run ${r + 1}/${runs}: the site`);
    // Rebuilt from nothing each time, like the baseline: no build cache.
    rmSync(join(web, ".next"), { recursive: true, force: true });
    if (r > 0) sample();
    const siteRun = build(web, { BRIEFINGS_DATASET: data });
    site.push(siteRun.wall);
    siteCpu.push(siteRun.cpu);
    ownLoads.push(loadavg()[0]);
    sitePages = htmlPages(join(web, "out"));
    // The minimal app adds its home page, 404.html, 404/ and _not-found/ to the pages of its one route.
    if (r === 0) writeMinimalApp(sitePages - 4);
    log(`run ${r + 1}/${runs}: the minimal app (${sitePages} pages)`);
    rmSync(join(minimal, ".next"), { recursive: true, force: true });
    sample();
    const baseRun = build(minimal);
    base.push(baseRun.wall);
    baseCpu.push(baseRun.cpu);
    ownLoads.push(loadavg()[0]);
    basePages = htmlPages(join(minimal, "out"));
  }
  const ratio = median(site) / median(base);
  const cpuRatio = median(siteCpu) / median(baseCpu);
  const loadEnd = loadavg()[0];
  const loaded = Math.max(...loads) > cpus().length;
  const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
  const lines = [
    `### Build time at ${briefings.toLocaleString("en-US")} briefings, against a minimal Next app`,
    "",
    `\`next build\` (static export) of the site with a synthetic dataset of ${briefings.toLocaleString("en-US")} briefings from \`@briefings/synthetic\` (\`BRIEFINGS_DATASET\`), and of a minimal Next ${"16"} app with one dynamic route whose pages hold a line of text, exporting as many HTML pages; ${runs} run${runs === 1 ? "" : "s"} each, interleaved, no build cache. Load average of other work, sampled before each build once the previous build's own load had fallen (waiting up to 150 s): ${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)} on ${cpus().length} cores${loaded ? ": **the machine was loaded**" : ""}; at the end of each build, its own load included: up to ${Math.max(...ownLoads).toFixed(1)}.`,
    "",
    "Both apps get the same Next configuration where it matters (static export, type checking skipped inside `next build`, no lint in Next 16's build, Turbopack's filesystem cache as Next sets it) and build from nothing. CPU time is user + system of `next build` and its workers.",
    "",
    "| Build | HTML pages | Runs | Wall median | Min | Max | × minimal app | CPU median | × minimal app (CPU) |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    `| minimal Next app (baseline) | ${basePages} | ${base.length} | ${s(median(base))} | ${s(Math.min(...base))} | ${s(Math.max(...base))} | 1.00 | ${s(median(baseCpu))} | 1.00 |`,
    `| the site, ${briefings.toLocaleString("en-US")} briefings | ${sitePages} | ${site.length} | ${s(median(site))} | ${s(Math.min(...site))} | ${s(Math.max(...site))} | ${ratio.toFixed(2)} | ${s(median(siteCpu))} | ${cpuRatio.toFixed(2)} |`,
    "",
  ];
  writeFileSync(join(here, "build.md"), lines.join("\n"));
  const target = { id: "web-build", label: `Web build at ${briefings.toLocaleString("en-US")} briefings vs a minimal Next app (${sitePages} pages)`, target: "≤ 1.5×", measured: `${ratio.toFixed(2)}× (${s(median(site))} vs ${s(median(base))}; CPU ${cpuRatio.toFixed(2)}×)`, value: ratio, met: ratio <= 1.5, baseline: `minimal Next 16 app, ${basePages} pages: ${s(median(base))}` };
  writeFileSync(join(here, "build.json"), `${JSON.stringify({ quick: Boolean(values.quick), loadAverage: { start: loadStart, end: loadEnd }, loads, ownLoads, cores: cpus().length, site, base, siteCpu, baseCpu, cpuRatio, sitePages, basePages, target }, null, 2)}\n`);
  console.log(lines.join("\n"));
} finally {
  rmSync(tmp, { recursive: true, force: true });
  // The site's own build output is rebuilt from the curated data by the next `build`: say so.
  if (existsSync(join(web, "out"))) log("out/ now holds the synthetic build: run `pnpm --filter @briefings/web build` for the real site");
}
