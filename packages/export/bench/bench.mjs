// Benchmark of the exports on synthetic datasets (from @briefings/synthetic, 1,000 and 10,000
// briefings). Every measurement runs in its own child process, so each peak RSS (maxRSS) is its own.
// Baseline, in the same run: JSON.stringify of the whole dataset + writeFile.
// Before and after in one run: with --before FILE (a bundle of the export as it was, see bench/build-before.sh), every
// format is also measured with that code, right before the current one, each against the same baseline.
// Usage: node bench/bench.mjs [--sizes 1000,10000] [--out bench/REPORT.md] [--before node_modules/.cache/export-before/index.js]   (needs `build` first)
import { spawnSync } from "node:child_process";
import { createReadStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { quietLoad } from "@briefings/bench/load";

const here = dirname(fileURLToPath(import.meta.url));
const FORMATS = ["json", "api", "ndjson", "schema", "csv", "jsonld", "popolo", "sqlite", "parquet"];
const MB = 1024 * 1024;

/** CPU time (ms, user + system) of this process's main thread alone, from /proc (Linux; 0 elsewhere). */
function mainThreadCpuMs() {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

async function child(task, size, libFile, ndjsonFile, dir) {
  const { datasetHeader, generateDataset, generateRecords } = await import("@briefings/synthetic");
  const lib = await import(libFile ? pathToFileURL(resolve(libFile)).href : "../dist/index.js");
  // Records generated one meeting at a time: the dataset never exists (but the generator keeps its own
  // state: the people, organizations and roles, and every meeting id, which grow with the size).
  async function* generated() {
    yield { type: "dataset", data: datasetHeader({ briefings: size }) };
    for (const { collection, record } of generateRecords({ briefings: size })) yield { type: lib.ENTITY_TYPES[collection], data: record };
  }
  // Records read back from an NDJSON file line by line: a source that holds nothing but the line it reads.
  async function* fromFile() {
    for await (const line of createInterface({ input: createReadStream(ndjsonFile), crlfDelay: Infinity })) if (line !== "") yield JSON.parse(line);
  }
  const measured = async (run) => {
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const m0 = mainThreadCpuMs();
    await run();
    const c = process.cpuUsage(c0);
    return { ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, systemMs: c.system / 1000, mainMs: mainThreadCpuMs() - m0, rssBefore, maxRss: process.resourceUsage().maxRSS * 1024 };
  };
  // The output stays: the parent empties it after the run, and deletes every run's folder when the bench ends.
  if (task === "prepare") {
    await lib.writeNdjson(ndjsonFile, generated());
    return {};
  }
  if (task === "ndjson-lazy") return await measured(() => lib.writeNdjson(join(dir, "dataset.ndjson"), generated()));
  if (task === "generate-lazy") {
    // The generator alone, records dropped: what `ndjson-lazy` costs before any writing.
    return await measured(async () => {
      for await (const record of generated()) if (record === undefined) throw new Error("no record");
    });
  }
  if (task === "ndjson-stream") return await measured(() => lib.writeNdjson(join(dir, "dataset.ndjson"), fromFile()));
  // The dataset as users hold it: parsed from JSON (the library's bundled data, a `--data` file). Objects straight
  // from the generator have other shapes, and an export of them took about 12% more time (10,000 briefings,
  // tmpfs, 3 alternated runs: 11.0-11.7 s against 9.8-10.1 s parsed).
  const data = JSON.parse(JSON.stringify(generateDataset({ briefings: size })));
  const result = await measured(async () => {
    if (task === "baseline") await writeFile(join(dir, "dataset.json"), JSON.stringify(data));
    // `all`: a dataset validated before, as `briefings-export` passes a `--data` file that matches its proof
    // (`parse: false`); `all-parse`: the library's default, which parses it with the schemas first.
    else if (task === "all") await lib.exportDataset(data, { out: join(dir, "out"), parse: false });
    else if (task === "all-parse") await lib.exportDataset(data, { out: join(dir, "out") });
    else await lib.writeFormat(task, dir, data, { pretty: false });
  });
  return { ...result, meetings: data.meetings.length, records: lib.ENTITY_TYPES ? Object.keys(lib.ENTITY_TYPES).reduce((n, c) => n + data[c].length, 0) : 0 };
}

function measure(task, size, libFile, ndjsonFile, dir) {
  // Node as `briefings-export` runs it (64 MB semi-spaces, its shebang), for every row and the baseline alike.
  const result = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=12288", "--max-semi-space-size=64", fileURLToPath(import.meta.url), "--child", task, "--size", String(size), ...(libFile ? ["--lib", libFile] : []), ...(ndjsonFile ? ["--ndjson", ndjsonFile] : []), ...(dir ? ["--dir", dir] : [])], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(`${task} @ ${size} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").pop());
}

const { values } = parseArgs({ options: { child: { type: "string" }, size: { type: "string" }, sizes: { type: "string" }, out: { type: "string" }, quick: { type: "boolean" }, before: { type: "string" }, lib: { type: "string" }, ndjson: { type: "string" }, dir: { type: "string" }, tasks: { type: "string" }, repeat: { type: "string" } } });
if (values.child) {
  process.stdout.write(`${JSON.stringify(await child(values.child, Number(values.size), values.lib, values.ndjson, values.dir))}\n`);
  process.exit(0);
}

// --quick: a small version that runs in seconds (CI runs it so the benchmark never rots).
const sizes = (values.sizes ?? (values.quick ? "50" : "1000,10000")).split(",").map(Number);
const fmt = (n, d = 0) => n.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });
const lines = [];
const rows = {};
// The load of other work: sampled before each run, once the previous run's own load has fallen (`quietLoad` waits up
// to 150 s; an export at 10,000 loads both cores by itself). The load at the end of each run is kept for the record.
const QUIET_WAIT_MS = values.quick ? 0 : 150_000;
const loads = [quietLoad({ maxWaitMs: QUIET_WAIT_MS }).load];
const ownLoads = [];
// Rows: the baseline, each format, every format at once, then the streamed NDJSON rows (memory).
const STREAMED = ["ndjson-lazy", "generate-lazy", "ndjson-stream"];
const ALL_TASKS = ["baseline", ...FORMATS, "all", "all-parse", ...STREAMED];
// --tasks: only these rows (and the baseline), e.g. `--tasks ndjson-lazy,generate-lazy,ndjson-stream`.
const TASKS = values.tasks ? ALL_TASKS.filter((t) => t === "baseline" || values.tasks.split(",").includes(t)) : ALL_TASKS;
// --repeat N: the rows of the targets (baseline and `all`, before and after) are measured N times at the largest
// size, in rounds (each round runs each of them once, in turn), and each row is its median run. One run of a
// 10,000-briefing export varies by up to 1.5x on this kind of machine; the median of rounds is what is reported.
const REPEAT = Math.max(1, Number(values.repeat ?? 1));
const REPEATED = new Set(["baseline", "all"]);
const runs = {};
// Every run writes into a folder of its own, kept (emptied) until the bench ends: deleting tens of thousands of
// files slows the next files created on an ext4 without a journal for up to 6 minutes (the report says why, with
// figures). Start the bench at least 6 minutes after deleting many files on the same disk.
const scratch = mkdtempSync(join(tmpdir(), "briefings-bench-"));
// Deleted however the bench ends (a failed run included): it holds every run's output, gigabytes at 10,000.
process.once("exit", () => rmSync(scratch, { recursive: true, force: true }));
let runNumber = 0;
/** Before each run: the previous runs' dirty pages written back, so that their writeback does not load the cores. */
function flushDirtyPages() {
  if (!values.quick) spawnSync("sync");
}
/** After each run: every file it wrote truncated, which frees its pages and blocks but keeps its inode (kept whole, the outputs filled the page cache and slowed the next runs). */
function emptyFiles(dir) {
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) if (entry.isFile()) truncateSync(join(entry.parentPath, entry.name), 0);
}
for (const size of sizes) {
  // The NDJSON file `ndjson-stream` reads back, written first (not measured).
  const ndjsonFile = join(scratch, `dataset-${size}.ndjson`);
  if (TASKS.includes("ndjson-stream")) measure("prepare", size, undefined, ndjsonFile);
  const rounds = size === Math.max(...sizes) ? REPEAT : 1;
  for (let round = 0; round < rounds; round++) {
    for (const task of TASKS) {
      if (round > 0 && !REPEATED.has(task)) continue;
      // The code as it was, then as it is: side by side, against the same baseline.
      for (const [key, libFile] of values.before && task !== "baseline" && task !== "generate-lazy" ? [[`before:${task}`, values.before], [task, undefined]] : [[task, undefined]]) {
        flushDirtyPages();
        const loadBefore = quietLoad({ maxWaitMs: QUIET_WAIT_MS }).load;
        loads.push(loadBefore);
        const dir = join(scratch, `run-${++runNumber}`);
        mkdirSync(dir);
        const r = measure(task, size, libFile, ndjsonFile, dir);
        emptyFiles(dir);
        ownLoads.push(loadavg()[0]);
        r.load = loadBefore;
        (runs[`${key}@${size}`] ??= []).push(r);
        process.stderr.write(`${key} @ ${size}: ${fmt(r.ms)} ms, CPU ${fmt(r.cpuMs)} ms (main thread ${fmt(r.mainMs)} ms), peak ${fmt(r.maxRss / MB)} MB (before ${fmt(r.rssBefore / MB)} MB), load ${fmt(r.load, 1)}\n`);
      }
    }
  }
}
// Each row: its median run by time (the lower middle one of an even count), with every run's time kept.
for (const [key, list] of Object.entries(runs)) {
  const sorted = [...list].sort((a, b) => a.ms - b.ms);
  rows[key] = { ...sorted[Math.floor((sorted.length - 1) / 2)], runs: list.map((r) => Math.round(r.ms)) };
}
rmSync(scratch, { recursive: true, force: true });

const underLoad = Math.max(...loads) > cpus().length;
lines.push("# @briefings/export benchmark", "");
if (underLoad) lines.push(`**Taken under load (1-minute load average ${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)} on ${cpus().length} cores): times are inflated, compare rows of this run only; the targets are marked not met. Re-run on a quiet machine.**`, "");
else lines.push(`Load average (1 min) of other work, sampled before each run once the previous run's own load had fallen: ${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)} on ${cpus().length} cores; at the end of each run, its own load included: up to ${Math.max(...ownLoads).toFixed(1)}.`, "");
lines.push(`Node ${process.version}, ${process.platform}/${process.arch}. Synthetic datasets from \`@briefings/synthetic\` (each briefing with its own archived press release, people from a shared pool) of ${sizes.map((s) => fmt(s)).join(" and ")} briefings. Each dataset is parsed from its JSON before the export, as users hold it (the bundled data, a \`--data\` file), not the generator's own objects. Each row is one child process, run with node's flags of \`briefings-export\` (\`--max-semi-space-size=64\`): time of the export alone; peak RSS (\`process.resourceUsage().maxRSS\`) of the whole process, and the RSS before the export started (the dataset in memory). Ratios are against the baseline (\`JSON.stringify\` of the whole dataset + \`writeFile\`) at the same size, in the same run.`, "");
for (const size of sizes) {
  const base = rows[`baseline@${size}`];
  lines.push(`## ${fmt(size)} briefings (${fmt(base.records ?? 0)} records)`, "");
  lines.push("| export | time (ms) | × baseline | before: × baseline | CPU time, all threads (ms) | CPU × baseline CPU | before: CPU × baseline CPU | CPU, main thread (ms) | main-thread CPU × baseline's | before: main-thread CPU × baseline's | load before (1 min) | RSS before (MB) | peak RSS (MB) | peak − before (MB) |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const task of TASKS) {
    const r = rows[`${task}@${size}`];
    const b = rows[`before:${task}@${size}`];
    const was = (key) => (b ? fmt(b[key] / base[key], 2) : "–");
    lines.push(`| ${task} | ${fmt(r.ms)}${r.runs.length > 1 ? ` (median of ${r.runs.length}: ${r.runs.map((ms) => fmt(ms)).join(", ")})` : ""} | ${fmt(r.ms / base.ms, 2)} | ${was("ms")} | ${fmt(r.cpuMs)} | ${fmt(r.cpuMs / base.cpuMs, 2)} | ${was("cpuMs")} | ${fmt(r.mainMs)} | ${fmt(r.mainMs / base.mainMs, 2)} | ${was("mainMs")} | ${fmt(r.load, 1)} | ${fmt(r.rssBefore / MB)} | ${fmt(r.maxRss / MB)} | ${fmt((r.maxRss - r.rssBefore) / MB)} |`);
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
  lines.push(...["ndjson", "ndjson-stream", "ndjson-lazy", "generate-lazy", "baseline"].filter((t) => rows[`${t}@${small}`] && rows[`${t}@${large}`]).map(growth), "");
  lines.push(
    "`ndjson` writes a dataset held in memory: its extra peak is what the export adds on top of the dataset. `ndjson-stream` reads an NDJSON file of the same records back line by line and writes it again with backpressure: its source holds nothing but the line it reads, so its whole-process peak is the writer's own memory (the target). `ndjson-lazy` writes the records of the synthetic generator as they are made; `generate-lazy` runs the same generator and drops the records: the generator keeps state that grows with the size (its pools of people and organizations, the roles, every meeting id), and `ndjson-lazy` grows exactly as much as `generate-lazy` does, so that growth is the generator's, not the writer's. The baseline holds the whole serialised string at once.",
    "",
  );
}
lines.push("## Reading these numbers", "");
// The commit the `before` bundle was built from (bench/build-before.sh writes it beside the bundle).
const beforeCommit = (() => {
  try {
    return readFileSync(join(dirname(values.before), "commit"), "utf8").trim();
  } catch {
    return undefined;
  }
})();
lines.push(values.before ? `- \`before\` columns: the same export by the code as it was at ${beforeCommit ? `commit ${beforeCommit}` : "an earlier commit (not recorded)"} (\`${values.before}\`, built by \`bench/build-before.sh\`), measured right before the current code in the same run, as ratios against the same baseline.` : "- No `before` code was given (`--before`): the before columns are empty.");
if (REPEAT > 1) lines.push(`- \`baseline\` and \`all\` at ${fmt(Math.max(...sizes))} briefings are the median of ${REPEAT} runs each (\`--repeat ${REPEAT}\`), taken in rounds so that a slow spell of the machine hits them alike; every run's time is in the time column. The other rows are one run each.`);
lines.push("- `load before (1 min)`: the load average just before the row's child process, once the previous run's own load had fallen (waiting up to 150 s): the load of other work. CPU time (all threads, `process.cpuUsage`) is less distorted by load than time, but still inflated by it.");
lines.push("- `CPU, main thread`: the CPU time of the JavaScript thread alone (`/proc/self/task/<pid>/stat`, 10 ms ticks); the rest of `CPU time, all threads` is the thread pool's file writes and V8's collector and compiler threads, which run on the other core. On a quiet 2-core machine the time of a row is at least its main-thread CPU and at least half its all-threads CPU.");
lines.push("- Times on a small shared VM vary run to run (up to 2× for the same row); compare rows of one run, not across runs. The peak-memory columns are stable.");
lines.push("- `parquet` writes one file per table (the CSV tables), copied by DuckDB in native code, a row group of up to 50,000 rows at a time. Alone, it first writes the CSV tables to a scratch folder (most of its time); in `all`, DuckDB copies the export's own `csv/` files, off the main thread, while the formats after CSV are written.");
lines.push("- `api` writes one file per briefing, person, organization, source, role and correction (here: the briefing plus its cloned people and roles): its time is file-system bound.");
lines.push("- `jsonld` holds more extra memory than the other streamed writers: each Event node embeds its sessions and participant Roles, and the garbage of building nodes is collected lazily.");
// The formats this library's export gives its thread on this machine (threadsByDefault, threadFormats).
const { threadsByDefault, threadFormats } = await import("../dist/index.js");
const threadedHere = threadsByDefault(availableParallelism()) ? threadFormats(availableParallelism()) : [];
lines.push("- `all` exports a dataset validated before (`parse: false`), as `briefings-export` passes a `--data` file that matches its proof (a file without one is validated first, the `validateDataset` row of the core bench, and gets its proof). `all-parse` is the library's default call, which parses the dataset with the schemas first (the cross-record rules are not run): one run.");
lines.push(`- \`all\` is one \`exportDataset\` call (every format into a temporary folder, then renamed), in lanes at once: the static API, whose files a worker creates; Parquet, copied by DuckDB from the CSV tables once they are written; the other formats one after another on the main thread. With two cores or more, some formats go to a thread of their own (\`threads\`, \`threadFormats\`), which reads the export's dataset.json once the main thread has written it (the API starts after it); in this run (${availableParallelism()} cores): ${threadedHere.length > 0 ? threadedHere.join(", ") : "none"}. Its peak is the largest of the formats plus what the collector has not yet returned. With both cores busy, its time is at least half its all-threads CPU time.`);
if (!values.quick) lines.push("- Every run writes into a folder of its own, emptied after the run (see below) and deleted when the bench ends, and the bench runs `sync` before each run. Why: ext4 without a journal (this machine's disk) skips inodes deleted in the last 60 s, or 360 s while their inode-table block is dirty (and creating files there dirties it again), and each new file scans past them. 48,000 small files created 65 s after 48,000 were deleted (and synced) took 6.6 s of system time, against 0.4 s with none deleted in the 6 minutes before. An earlier version of this bench deleted each run's output as it ended and waited 61 s: its `all` at 10,000 took 14.1 s, 9.1 s of it system time, and 14.2 to 14.7 s in runs repeated that way, against 9.2 to 9.5 s with the previous outputs kept (2.4 s of system time). An export of this size written within 6 minutes of deleting another pays that cost on such a disk; ext4 with a journal (the default) makes no such check. So the bench deletes nothing until it ends, and is started at least 6 minutes after the last deletion of many files on the disk: in a run started 20 s after one (150,000 files), the first `api` run at 10,000 that followed took 3.1 s of system time, the next one 0.6 s. After each run, every file it wrote is truncated to nothing (its pages and blocks freed, its inode kept): with the outputs kept whole, the page cache filled (22 GB, 2 GB free) and `all` at 10,000 took 12.0 to 12.2 s, against 9.3 s once they were emptied.");
lines.push(`- Writing costs more, and varies more, on this VM than the bytes suggest: \`dd\` of 1 GB of zeros into a file took 0.2 to 3.1 s of system time from one run to the next, nearly all in copying into the page cache (\`copy_folio_from_iter_atomic\`; the VM has free page reporting on, so memory freed a while ago may have to be mapped again by the host).`);
if (values.before && cpus().length <= 2) lines.push("- The `before` code writes every format on the main thread at this core count (its format thread was used only with more than two cores).");
lines.push("");
// Targets (issue 13): every format at 10,000 briefings in under 10 s (one `all` export); NDJSON memory flat.
const large = Math.max(...sizes);
const small = Math.min(...sizes);
const targets = [];
if (large >= 10000 && rows[`all@${large}`]) {
  const all = rows[`all@${large}`];
  targets.push({ id: "export-all", label: `Export, every format, ${fmt(large)} briefings (one exportDataset of a dataset validated before, as the CLI runs it)`, target: "< 10 s", measured: `${fmt(all.ms / 1000, 1)} s${all.runs.length > 1 ? `, median of ${all.runs.length} (runs ${fmt(Math.min(...all.runs) / 1000, 2)} to ${fmt(Math.max(...all.runs) / 1000, 2)} s)` : ""} (${fmt(all.ms / rows[`baseline@${large}`].ms, 2)}× JSON.stringify + writeFile)`, value: all.ms, met: !underLoad && all.ms < 10_000, baseline: `JSON.stringify + writeFile of the same dataset: ${fmt(rows[`baseline@${large}`].ms / 1000, 1)} s` });
}
if (sizes.length >= 2 && rows[`ndjson-stream@${small}`] && rows[`ndjson-stream@${large}`]) {
  const a = rows[`ndjson-stream@${small}`];
  const b = rows[`ndjson-stream@${large}`];
  const growth = b.maxRss / a.maxRss;
  const gen = (size) => rows[`generate-lazy@${size}`];
  const generator = gen(small) && gen(large) ? `; the synthetic generator alone grows ${fmt(gen(small).maxRss / MB)} → ${fmt(gen(large).maxRss / MB)} MB, and writing its records as they come ${fmt(rows[`ndjson-lazy@${small}`].maxRss / MB)} → ${fmt(rows[`ndjson-lazy@${large}`].maxRss / MB)} MB` : "";
  targets.push({ id: "export-ndjson-memory", label: `NDJSON export memory, ${fmt(small)} vs ${fmt(large)} briefings (records streamed from a file, written as they come)`, target: "flat (peak RSS grows < 1.5×)", measured: `${fmt(a.maxRss / MB)} MB → ${fmt(b.maxRss / MB)} MB (${fmt(growth, 2)}×)${generator}`, value: growth, met: growth < 1.5, baseline: `NDJSON of ${fmt(small)} briefings in the same run: ${fmt(a.maxRss / MB)} MB` });
}
if (targets.length > 0) {
  lines.splice(2, 0, "## Targets", "", "| Target | Goal | Measured | Met |", "| --- | --- | --- | --- |", ...targets.map((t) => `| ${t.label} | ${t.target} | ${t.measured} | ${t.met ? "met" : "not met"} |`), "");
}
writeFileSync(join(here, "results.json"), `${JSON.stringify({ package: "@briefings/export", quick: values.quick ?? false, date: new Date().toISOString(), underLoad, loads, ownLoads, cores: cpus().length, targets, rows }, null, 2)}\n`);
const report = lines.join("\n");
const out = values.out ?? join(here, "REPORT.md");
writeFileSync(out, `${report}\n`);
process.stdout.write(`${report}\n`);
