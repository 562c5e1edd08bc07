// Benchmark of the exports on synthetic datasets (from @briefings/synthetic, 1,000 and 10,000
// briefings). Every measurement runs in its own child process, so each peak RSS (maxRSS) is its own.
// Baseline, in the same run: JSON.stringify of the whole dataset + writeFile.
// Before and after in one run: with --before FILE (a bundle of the export as it was, see bench/build-before.sh), every
// format is also measured with that code, right before the current one, each against the same baseline.
// Usage: node bench/bench.mjs [--sizes 1000,10000] [--out bench/REPORT.md] [--before node_modules/.cache/export-before/index.js]   (needs `build` first)
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const here = dirname(fileURLToPath(import.meta.url));
const FORMATS = ["json", "api", "ndjson", "schema", "csv", "jsonld", "popolo", "sqlite", "parquet"];
const MB = 1024 * 1024;

async function child(task, size, libFile) {
  const { datasetHeader, generateDataset, generateRecords } = await import("@briefings/synthetic");
  const lib = await import(libFile ? pathToFileURL(resolve(libFile)).href : "../dist/index.js");
  const dir = mkdtempSync(join(tmpdir(), "briefings-bench-"));
  try {
    if (task === "ndjson-lazy") {
      // Records generated one meeting at a time and written as they come: the dataset never exists.
      async function* records() {
        yield { type: "dataset", data: datasetHeader({ briefings: size }) };
        for (const { collection, record } of generateRecords({ briefings: size })) yield { type: lib.ENTITY_TYPES[collection], data: record };
      }
      const rssBefore = process.memoryUsage().rss;
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      await lib.writeNdjson(join(dir, "dataset.ndjson"), records());
      const c = process.cpuUsage(c0);
      return { ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, rssBefore, maxRss: process.resourceUsage().maxRSS * 1024 };
    }
    const data = generateDataset({ briefings: size });
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    if (task === "baseline") await writeFile(join(dir, "dataset.json"), JSON.stringify(data));
    else if (task === "all") await lib.exportDataset(data, { out: join(dir, "out") });
    else await lib.writeFormat(task, dir, data, { pretty: false });
    const c = process.cpuUsage(c0);
    return { ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, rssBefore, maxRss: process.resourceUsage().maxRSS * 1024, meetings: data.meetings.length, records: lib.ENTITY_TYPES ? Object.keys(lib.ENTITY_TYPES).reduce((n, c) => n + data[c].length, 0) : 0 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function measure(task, size, libFile) {
  const result = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=12288", fileURLToPath(import.meta.url), "--child", task, "--size", String(size), ...(libFile ? ["--lib", libFile] : [])], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(`${task} @ ${size} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").pop());
}

const { values } = parseArgs({ options: { child: { type: "string" }, size: { type: "string" }, sizes: { type: "string" }, out: { type: "string" }, quick: { type: "boolean" }, before: { type: "string" }, lib: { type: "string" } } });
if (values.child) {
  process.stdout.write(`${JSON.stringify(await child(values.child, Number(values.size), values.lib))}\n`);
  process.exit(0);
}

// --quick: a small version that runs in seconds (CI runs it so the benchmark never rots).
const sizes = (values.sizes ?? (values.quick ? "50" : "1000,10000")).split(",").map(Number);
const fmt = (n, d = 0) => n.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });
const lines = [];
const rows = {};
const loads = [loadavg()[0]];
for (const size of sizes) {
  for (const task of ["baseline", ...FORMATS, "all", "ndjson-lazy"]) {
    // The code as it was, then as it is: side by side, against the same baseline.
    for (const [key, libFile] of values.before && task !== "baseline" ? [[`before:${task}`, values.before], [task, undefined]] : [[task, undefined]]) {
      const loadBefore = loadavg()[0];
      const r = measure(task, size, libFile);
      loads.push(loadavg()[0]);
      r.load = Math.max(loadBefore, loadavg()[0]);
      rows[`${key}@${size}`] = r;
      process.stderr.write(`${key} @ ${size}: ${fmt(r.ms)} ms, CPU ${fmt(r.cpuMs)} ms, peak ${fmt(r.maxRss / MB)} MB (before ${fmt(r.rssBefore / MB)} MB), load ${fmt(r.load, 1)}\n`);
    }
  }
}

const underLoad = Math.max(...loads) > cpus().length;
lines.push("# @briefings/export benchmark", "");
if (underLoad) lines.push(`**Taken under load (1-minute load average ${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)} on ${cpus().length} cores): times are inflated, compare rows of this run only; the targets are marked not met. Re-run on a quiet machine.**`, "");
else lines.push(`Load average (1 min) during the run: ${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)} on ${cpus().length} cores.`, "");
lines.push(`Node ${process.version}, ${process.platform}/${process.arch}. Synthetic datasets from \`@briefings/synthetic\` (each briefing with its own archived press release, people from a shared pool) of ${sizes.map((s) => fmt(s)).join(" and ")} briefings. Each row is one child process: time of the export alone; peak RSS (\`process.resourceUsage().maxRSS\`) of the whole process, and the RSS before the export started (the dataset in memory). Ratios are against the baseline (\`JSON.stringify\` of the whole dataset + \`writeFile\`) at the same size, in the same run.`, "");
for (const size of sizes) {
  const base = rows[`baseline@${size}`];
  lines.push(`## ${fmt(size)} briefings (${fmt(base.records ?? 0)} records)`, "");
  lines.push("| export | time (ms) | × baseline | before: × baseline | CPU time, all threads (ms) | CPU × baseline CPU | before: CPU × baseline CPU | load (1 min) | RSS before (MB) | peak RSS (MB) | peak − before (MB) |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const task of ["baseline", ...FORMATS, "all", "ndjson-lazy"]) {
    const r = rows[`${task}@${size}`];
    const b = rows[`before:${task}@${size}`];
    const was = (key) => (b ? fmt(b[key] / base[key], 2) : "–");
    lines.push(`| ${task} | ${fmt(r.ms)} | ${fmt(r.ms / base.ms, 2)} | ${was("ms")} | ${fmt(r.cpuMs)} | ${fmt(r.cpuMs / base.cpuMs, 2)} | ${was("cpuMs")} | ${fmt(r.load, 1)} | ${fmt(r.rssBefore / MB)} | ${fmt(r.maxRss / MB)} | ${fmt((r.maxRss - r.rssBefore) / MB)} |`);
  }
  lines.push("");
}
if (sizes.length >= 2) {
  const [small, large] = [Math.min(...sizes), Math.max(...sizes)];
  const growth = (task) => {
    const a = rows[`${task}@${small}`];
    const b = rows[`${task}@${large}`];
    return `| ${task} | ${fmt((a.maxRss - a.rssBefore) / MB)} | ${fmt((b.maxRss - b.rssBefore) / MB)} | ${fmt(a.maxRss / MB)} | ${fmt(b.maxRss / MB)} |`;
  };
  lines.push(`## Memory of the streamed NDJSON export, ${fmt(small)} vs ${fmt(large)} briefings`, "");
  lines.push(`| export | extra peak @${fmt(small)} (MB) | extra peak @${fmt(large)} (MB) | peak @${fmt(small)} (MB) | peak @${fmt(large)} (MB) |`, "|---|---:|---:|---:|---:|");
  lines.push(growth("ndjson"), growth("ndjson-lazy"), growth("baseline"), "");
  lines.push("`ndjson` writes a dataset held in memory: its extra peak is what the export adds on top of the dataset. `ndjson-lazy` generates the records one meeting at a time and writes them with backpressure, so its whole-process peak shows the export itself does not grow with the dataset. The baseline holds the whole serialised string at once.", "");
}
lines.push("## Reading these numbers", "");
lines.push(values.before ? `- \`before\` columns: the same export by the code as it was before the speed work of issue 13 (\`${values.before}\`, built by \`bench/build-before.sh\`), measured right before the current code in the same run, as ratios against the same baseline.` : "- No `before` code was given (`--before`): the before columns are empty.");
lines.push("- `load (1 min)`: the higher of the load averages just before and just after the row's child process. CPU time (all threads, `process.cpuUsage`) is less distorted by load than time, but still inflated by it.");
lines.push("- Times on a small shared VM vary run to run (up to 2× for the same row); compare rows of one run, not across runs. The peak-memory columns are stable.");
lines.push("- `parquet` writes one file per table (the CSV tables), a row group of up to 50,000 rows at a time.");
lines.push("- `api` writes one file per briefing, person, organization, source, role and correction (here: the briefing plus its cloned people and roles): its time is file-system bound.");
lines.push("- `jsonld` holds more extra memory than the other streamed writers: each Event node embeds its sessions and participant Roles, and the garbage of building nodes is collected lazily.");
lines.push("- `all` is one `exportDataset` call (every format into a temporary folder, then renamed): its peak is the largest of the formats plus what the collector has not yet returned.");
lines.push("");
// Targets (issue 13): every format at 10,000 briefings in under 10 s (one `all` export); NDJSON memory flat.
const large = Math.max(...sizes);
const small = Math.min(...sizes);
const targets = [];
if (large >= 10000) {
  const all = rows[`all@${large}`];
  targets.push({ id: "export-all", label: `Export, every format, ${fmt(large)} briefings (one exportDataset)`, target: "< 10 s", measured: `${fmt(all.ms / 1000, 1)} s (${fmt(all.ms / rows[`baseline@${large}`].ms, 2)}× JSON.stringify + writeFile)`, value: all.ms, met: !underLoad && all.ms < 10_000, baseline: `JSON.stringify + writeFile of the same dataset: ${fmt(rows[`baseline@${large}`].ms / 1000, 1)} s` });
}
if (sizes.length >= 2) {
  const a = rows[`ndjson-lazy@${small}`];
  const b = rows[`ndjson-lazy@${large}`];
  const growth = b.maxRss / a.maxRss;
  targets.push({ id: "export-ndjson-memory", label: `NDJSON export memory, ${fmt(small)} vs ${fmt(large)} briefings (records generated lazily)`, target: "flat (peak RSS grows < 1.5×)", measured: `${fmt(a.maxRss / MB)} MB → ${fmt(b.maxRss / MB)} MB (${fmt(growth, 2)}×)`, value: growth, met: growth < 1.5, baseline: `NDJSON of ${fmt(small)} briefings in the same run: ${fmt(a.maxRss / MB)} MB` });
}
if (targets.length > 0) {
  lines.splice(2, 0, "## Targets", "", "| Target | Goal | Measured | Met |", "| --- | --- | --- | --- |", ...targets.map((t) => `| ${t.label} | ${t.target} | ${t.measured} | ${t.met ? "met" : "not met"} |`), "");
}
writeFileSync(join(here, "results.json"), `${JSON.stringify({ package: "@briefings/export", quick: values.quick ?? false, date: new Date().toISOString(), underLoad, loads, cores: cpus().length, targets, rows }, null, 2)}\n`);
const report = lines.join("\n");
const out = values.out ?? join(here, "REPORT.md");
writeFileSync(out, `${report}\n`);
process.stdout.write(`${report}\n`);
