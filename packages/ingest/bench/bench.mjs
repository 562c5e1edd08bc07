// Benchmark of the ingest pipeline: the seed, then ~250 KB, 500 KB and 1 MB texts made of the seed's
// body repeated with variations. Times are compared with a baseline measured in the same run
// (reading the same bytes and decoding them with TextDecoder), and growth is shown per KB.
// Usage: node bench/bench.mjs [--runs N] [--before MODULE]   (after the build; writes bench/REPORT.md)
// --before MODULE: another build's dist/index.js (an earlier commit built in a `git worktree`), timed on the same
// inputs interleaved with this one (this, before, this, before, …), so that load falls on both alike.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { median } from "@briefings/bench/stats";
import { ingestBytes } from "../dist/index.js";
import { PATHOLOGICAL } from "../test/pathological.mjs";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";

const beforeAt = process.argv.indexOf("--before");
const beforePath = beforeAt > 0 ? process.argv[beforeAt + 1] : undefined;
if (beforeAt > 0 && !beforePath) throw new Error("--before needs the path of another build's dist/index.js");
/** The earlier build's `ingestBytes`, when one is given. */
const before = beforePath ? (await import(pathToFileURL(resolve(beforePath)).href)).ingestBytes : undefined;

// --quick (CI): fewer runs, same sizes.
const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || (process.argv.includes("--quick") ? 2 : 5);
const pathologicalRuns = process.argv.includes("--quick") ? 1 : 3;
const coreRoot = dirname(createRequire(import.meta.url).resolve("@briefings/core/package.json"));
const seed = readFileSync(join(coreRoot, "data/sources/ctc-2019-06-27-soft-targets-press-release.txt"));
const seedText = seed.toString("utf8");
const body = seedText.slice(seedText.indexOf("On 27 June 2019"));

const NAMES = ["Gustavo Meza-Cuadra", "Vladimir Voronkov", "Weixiong Chen", "Rebecca Skellett", "David Tessler"];
/** The seed's headline, then its body repeated, each copy varied (numbers, a day, the speakers' names). */
function variedText(targetBytes) {
  const parts = [seedText.slice(0, seedText.indexOf("On 27 June 2019"))];
  let size = Buffer.byteLength(parts[0]);
  for (let i = 0; size < targetBytes; i++) {
    let copy = body.replaceAll("25 million", `${25 + (i % 70)} million`).replaceAll("30,000", `${(30 + (i % 50)).toString()},000`);
    for (const [k, name] of NAMES.entries()) {
      const [given, family] = name.split(" ");
      copy = copy.replaceAll(name, `${given} ${family}${String.fromCharCode(97 + ((i + k) % 26))}${i}`);
    }
    parts.push(`\n\n${copy}`);
    size += Buffer.byteLength(parts[parts.length - 1]);
  }
  const all = Buffer.from(parts.join(""), "utf8");
  let cut = Math.min(targetBytes, all.length);
  while (cut > 0 && (all[cut] & 0xc0) === 0x80) cut--; // not inside a UTF-8 sequence
  return all.subarray(0, cut);
}

function time(fn, n) {
  const samples = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

const cases = [
  ["seed", seed],
  ["250 KB", variedText(250 * 1024)],
  ["500 KB", variedText(500 * 1024)],
  ["1 MB", variedText(1024 * 1024)],
];
// Warm up the JIT on the seed.
for (let i = 0; i < 3; i++) ingestBytes(seed);

const startLoad = loadavg().map((n) => n.toFixed(2)).join(", ");
const rows = [];
for (const [name, bytes] of cases) {
  const n = bytes.length > 100_000 ? Math.max(1, Math.min(runs, 3)) : runs * 4;
  const baseline = time(() => new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(bytes)), Math.max(n, 20));
  let facts = 0;
  let valid = false;
  const current = () => {
    const out = ingestBytes(bytes);
    if (!out.ok) throw new Error(`${name}: ${out.error.message}`);
    facts = out.result.facts.length;
    valid = out.result.valid;
  };
  let ms;
  let beforeMs;
  if (before) {
    // Interleaved: this build, the earlier one, this one, …
    const mine = [];
    const theirs = [];
    for (let i = 0; i < n; i++) {
      let t = performance.now();
      current();
      mine.push(performance.now() - t);
      t = performance.now();
      before(bytes);
      theirs.push(performance.now() - t);
    }
    ms = median(mine);
    beforeMs = median(theirs);
  } else ms = time(current, n);
  const kb = bytes.length / 1024;
  rows.push({ name, kb, ms, perKb: ms / kb, baseline, ratio: ms / baseline, facts, valid, n, beforeMs });
}
const quarter = rows.find((r) => r.name === "250 KB");
const lines = [
  `| Input | Size | Ingest (median) | per KB | Baseline (read + TextDecoder) | Ingest / baseline | Facts | Valid | Runs |${before ? " Before (median) | per KB | this / before |" : ""}`,
  `| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |${before ? " ---: | ---: | ---: |" : ""}`,
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.kb.toFixed(0)} KB | ${r.ms.toFixed(1)} ms | ${r.perKb.toFixed(3)} ms | ${r.baseline.toFixed(3)} ms | ${r.ratio.toFixed(0)}× | ${r.facts} | ${r.valid ? "yes" : "no"} | ${r.n} |` +
      (before ? ` ${r.beforeMs.toFixed(1)} ms | ${(r.beforeMs / r.kb).toFixed(3)} ms | ${(r.ms / r.beforeMs).toFixed(2)}× |` : ""),
  ),
  ...(before ? ["", `Before: \`${beforePath}\`, timed interleaved with this build on the same inputs.`] : []),
  "",
  `Growth: time per KB at 500 KB and 1 MB relative to 250 KB: ${rows
    .filter((r) => r.kb > 300)
    .map((r) => `${r.name} ${(r.perKb / quarter.perKb).toFixed(2)}`)
    .join(", ")} (1.00 is linear; 2.00 at 500 KB / 4.00 at 1 MB would be quadratic).`,
  "",
  ...pathologicalLines(),
  "",
  `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}; load average (1, 5, 15 min) at the start ${startLoad}, at the end ${loadavg().map((n) => n.toFixed(2)).join(", ")}.`,
];
/**
 * The pathological inputs of issue 15, each at about 256 KiB and 512 KiB (the sizes reported run in the
 * test suite): time per KB at both, and their ratio (1.00 is linear, 2.00 would be quadratic). The two sizes are measured interleaved (quarter, half, quarter, half, …: the machine's
 * load falls on both alike) and the median of `pathologicalRuns` runs is kept.
 */
function pathologicalLines() {
  const out = [
    `Pathological inputs (issue 15): time per KB at about 256 KiB and 512 KiB of each (median of ${pathologicalRuns} interleaved runs; the reported sizes run in test/pathological.test.ts).`,
    "",
    "| Input | Size | per KB | Size ×2 | per KB | Growth (per KB at ×2 / at ×1) |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const p of PATHOLOGICAL) {
    // Repetitions making about 256 KiB and 512 KiB: the same sizes for every input (the reported sizes run
    // from 100 KB to 3 MB; the smallest are too short to time under load, the largest over the input limit).
    const bytesPerRepetition = Buffer.byteLength(p.make(1000), "utf8") / 1000;
    const inputs = [256, 512].map((kib) => Buffer.from(p.make(Math.round((kib * 1024) / bytesPerRepetition)), "utf8"));
    const samples = inputs.map(() => []);
    for (let round = 0; round < pathologicalRuns; round++) {
      inputs.forEach((bytes, i) => {
        const t = performance.now();
        ingestBytes(bytes);
        samples[i].push(performance.now() - t);
      });
    }
    const at = inputs.map((bytes, i) => ({ kb: bytes.length / 1024, perKb: median(samples[i]) / (bytes.length / 1024) }));
    out.push(`| ${p.name} | ${at[0].kb.toFixed(0)} KB | ${at[0].perKb.toFixed(3)} ms | ${at[1].kb.toFixed(0)} KB | ${at[1].perKb.toFixed(3)} ms | ${(at[1].perKb / at[0].perKb).toFixed(2)} |`);
  }
  return out;
}

const table = lines.join("\n");
console.log(table);
const report = readFileSync(new URL("./REPORT.md", import.meta.url), "utf8");
const marker = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/u;
writeFileSync(new URL("./REPORT.md", import.meta.url), report.replace(marker, `<!-- bench:start -->\n${table}\n<!-- bench:end -->`));
