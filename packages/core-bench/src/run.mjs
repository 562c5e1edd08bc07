// Benchmarks of @briefings/core (the BUILT package), each beside its baseline in the same run:
// cold import vs bare node, loading the data as the library does vs JSON.parse, validation (zod, ajv,
// each rule, the whole validator) vs JSON.parse, and search: core's engine vs flexsearch, MiniSearch and
// Orama on the same documents and queries, and what the site's sharded index fetches per query.
// Datasets come from @briefings/synthetic (a declared dependency of this package, not of core). Writes
// bench/REPORT.md (a fragment of the workspace report) and bench/results.json, and prints the report.
// `--quick`: small datasets and few repetitions. Nothing here asserts a time.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir, cpus } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { quietLoad } from "@briefings/bench/load";
import { stats } from "@briefings/bench/stats";
import { count, interleave, lastJson, ms, ratio, runNode, size, spread, table, TimedOut } from "./lib.mjs";

import { parseArgs } from "node:util";

const { values: options } = parseArgs({
  options: { quick: { type: "boolean" }, parts: { type: "string" }, engines: { type: "string" }, search: { type: "string" }, validate: { type: "string" }, reps: { type: "string" } },
});
const quick = Boolean(options.quick);
// --parts import,load,validate,search: run only some sections (the rest are reported as not measured).
const parts = new Set((options.parts ?? "import,load,validate,search").split(","));
const srcDir = fileURLToPath(new URL(".", import.meta.url));
const benchDir = fileURLToPath(new URL("../bench/", import.meta.url));
const packageDir = fileURLToPath(new URL("..", import.meta.url));

const plan = quick
  ? { importRuns: 6, loadSizes: [100], loadRuns: 3, loadLimitMs: 60_000, validate: 100, validateReps: 3, search: [100], queryReps: 5, engines: "core,flexsearch,minisearch,orama" }
  : { importRuns: 30, loadSizes: [1_000, 10_000], loadRuns: 3, loadLimitMs: 300_000, validate: 10_000, validateReps: 3, search: [1_000, 10_000], queryReps: 20, engines: "core,flexsearch,minisearch,orama" };
// At 10,000 briefings Orama takes minutes to index (and seconds a query): it is measured at the smaller
// sizes only. Every engine's queries stop after SEARCH_BUDGET_MS in all (after one full round at least).
const SEARCH_LARGE = 5_000;
const SEARCH_LARGE_EXCLUDED = new Set(["orama"]);
const SEARCH_BUDGET_MS = quick ? 5_000 : 20_000;
if (options.engines) plan.engines = options.engines;
if (options.search) plan.search = options.search.split(",").map(Number);
if (options.validate) plan.validate = Number(options.validate);
if (options.reps) plan.queryReps = Number(options.reps);
const heap = "--max-old-space-size=12288";
const tmp = mkdtempSync(join(tmpdir(), "briefings-core-bench-"));
const log = (line) => console.error(`bench: ${line}`);
// The 1-minute load average, sampled before each part (the report says when a figure was taken under load).
const loadSamples = [];
// Each sample waits up to 150 s for the bench's own previous part to stop counting (`quietLoad`): what is sampled is
// then the load of other work. A machine that stays loaded is still reported as loaded.
const QUIET_WAIT_MS = quick ? 0 : 150_000;
const sampleLoad = () => loadSamples.push(quietLoad({ maxWaitMs: QUIET_WAIT_MS }).load);
sampleLoad();
const loadAtStart = loadSamples[0];

try {
  // Datasets, generated once per size by the synthetic CLI.
  const datasets = new Map();
  const datasetFile = (n) => {
    if (!datasets.has(n)) {
      log(`generating ${count(n)} synthetic briefings`);
      const file = join(tmp, `dataset-${n}.json`);
      const code = `import { writeDatasetFile } from "@briefings/synthetic"; writeDatasetFile(${JSON.stringify(file)}, ${n});`;
      runNode([heap, "--input-type=module", "-e", code], { cwd: packageDir });
      datasets.set(n, file);
    }
    return datasets.get(n);
  };

  // 1. Cold import of the library vs a bare node.
  let imports;
  if (parts.has("import")) {
  sampleLoad();
  log("cold import");
  const importOf = (specifier) => `await import(${JSON.stringify(specifier)})`;
  const [bare, core] = interleave(
    plan.importRuns,
    () => runNode(["--input-type=module", "-e", "await 0"], { cwd: packageDir }).ms,
    () => runNode(["--input-type=module", "-e", importOf("@briefings/core")], { cwd: packageDir }).ms,
  );
  const [schemas, validate] = interleave(
    Math.ceil(plan.importRuns / 2),
    () => runNode(["--input-type=module", "-e", importOf("@briefings/core/schemas")], { cwd: packageDir }).ms,
    () => runNode(["--input-type=module", "-e", importOf("@briefings/core/validate")], { cwd: packageDir }).ms,
  );
  imports = { bare: stats(bare), core: stats(core), schemas: stats(schemas), validate: stats(validate) };
  }

  // 2. Loading the data the library's way (its dist imports the data as a JSON module beside the code) vs JSON.parse of a file.
  const loads = (parts.has("load") ? plan.loadSizes : []).map((n) => {
    sampleLoad();
    log(`loading ${count(n)} briefings`);
    const jsonFile = datasetFile(n);
    const json = readFileSync(jsonFile, "utf8");
    const moduleFile = join(tmp, `dataset-${n}.mjs`);
    // The same two lines as core's built dist/index.js: the JSON file beside it, imported as a JSON module.
    copyFileSync(jsonFile, join(tmp, `dataset-${n}.json`));
    writeFileSync(moduleFile, `import data from "./dataset-${n}.json" with { type: "json" };\nexport const dataset = data;\n`);
    // Time inside the child from before the import/read to the parsed dataset. A child that runs past the
    // limit is stopped, and no more runs of that way are made.
    const ways = {
      module: [`const t=performance.now(); const m=await import(process.env.BENCH_TARGET); m.dataset.meetings.length; console.log(JSON.stringify({ms:performance.now()-t}));`, pathToFileURL(moduleFile).href],
      parse: [`import {readFileSync} from "node:fs"; const t=performance.now(); const d=JSON.parse(readFileSync(process.env.BENCH_TARGET,"utf8")); d.meetings.length; console.log(JSON.stringify({ms:performance.now()-t}));`, jsonFile],
      jsonModule: [`const t=performance.now(); const m=await import(process.env.BENCH_TARGET, { with: { type: "json" } }); m.default.meetings.length; console.log(JSON.stringify({ms:performance.now()-t}));`, pathToFileURL(jsonFile).href],
    };
    const samples = { module: [], parse: [], jsonModule: [] };
    const timedOut = {};
    for (let i = 0; i < plan.loadRuns; i++) {
      for (const [way, [code, target]] of Object.entries(ways)) {
        if (timedOut[way]) continue;
        try {
          samples[way].push(lastJson(runNode([heap, "--input-type=module", "-e", code], { env: { ...process.env, BENCH_TARGET: target }, timeout: plan.loadLimitMs }).stdout).ms);
        } catch (error) {
          if (!(error instanceof TimedOut)) throw error;
          timedOut[way] = error.limitMs;
        }
      }
    }
    const summary = (way) => (samples[way].length > 0 ? { ...stats(samples[way]), timedOut: timedOut[way] } : { n: 0, timedOut: timedOut[way] });
    return { briefings: n, bytes: Buffer.byteLength(json), moduleBytes: readFileSync(moduleFile).length, module: summary("module"), parse: summary("parse"), jsonModule: summary("jsonModule") };
  });

  // 3. Whole-dataset validation, every step interleaved per repetition.
  let validation;
  if (parts.has("validate")) {
    sampleLoad();
    log(`validating ${count(plan.validate)} briefings`);
    validation = {
      briefings: plan.validate,
      ...lastJson(runNode([heap, "--expose-gc", join(srcDir, "validation.mjs"), datasetFile(plan.validate), String(plan.validateReps)], { cwd: packageDir }).stdout),
    };
  }

  // 4. Search: every engine in one child per size, interleaved by round.
  const searches = (parts.has("search") ? plan.search : []).map((n) => {
    sampleLoad();
    log(`searching ${count(n)} briefings`);
    const engines = plan.engines.split(",").filter((e) => n < SEARCH_LARGE || options.engines !== undefined || !SEARCH_LARGE_EXCLUDED.has(e));
    return lastJson(runNode([heap, "--expose-gc", join(srcDir, "search.mjs"), datasetFile(n), String(plan.queryReps), engines.join(","), String(SEARCH_BUDGET_MS)], { cwd: packageDir }).stdout);
  });

  sampleLoad();
  const results = summarize({ imports, loads, validation, searches });
  const report = render({ imports, loads, validation, searches, results });
  mkdirSync(benchDir, { recursive: true });
  writeAtomic(join(benchDir, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  writeAtomic(join(benchDir, "REPORT.md"), report);
  console.log(report);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

function writeAtomic(path, content) {
  writeFileSync(`${path}.tmp`, content);
  renameSync(`${path}.tmp`, path);
}

/** The machine-readable results: the targets of the issues, measured. */
function summarize({ imports, loads, validation, searches }) {
  const load = loads[loads.length - 1];
  const largest = searches[searches.length - 1];
  const target = (id, label, goal, measured, value, met, baseline) => ({ id, label, target: goal, measured, value, met, baseline });
  const targets = [];
  if (imports) {
    const importRatio = imports.core.median / imports.bare.median;
    targets.push(target("import", "Cold import of @briefings/core vs bare node", "≤ 1.5×", `${ratio(importRatio)} (${ms(imports.core.median)} vs ${ms(imports.bare.median)})`, importRatio, importRatio <= 1.5, `bare \`node\`: ${ms(imports.bare.median)}`));
  }
  if (load) {
    // A timed-out way counts as taking at least the limit.
    const loadRatio = (load.module.median ?? load.module.timedOut) / (load.parse.median ?? load.parse.timedOut);
    const lower = load.module.median === undefined ? "> " : "";
    targets.push(target("load", `Loading ${count(load.briefings)} briefings as the library does vs JSON.parse`, "≤ 1.2×", `${lower}${ratio(loadRatio)} (${lower}${ms(load.module.median ?? load.module.timedOut)} vs ${ms(load.parse.median)})`, loadRatio, loadRatio <= 1.2, `readFileSync + JSON.parse: ${ms(load.parse.median)}`));
  }
  if (validation) {
    const step = (name) => validation.steps[name];
    const zodRatio = step("zod").wall.median / step("jsonParse").wall.median;
    const validateRatio = step("validateDataset").wall.median / step("jsonParse").wall.median;
    const validateCpu = step("validateDataset").cpu.median / step("jsonParse").cpu.median;
    targets.push(
      target("zod", `zod validation of ${count(validation.briefings)} briefings vs JSON.parse of them`, "≤ 1× (as fast)", `${ratio(zodRatio)} (${ms(step("zod").wall.median)} vs ${ms(step("jsonParse").wall.median)})`, zodRatio, zodRatio <= 1, `JSON.parse: ${ms(step("jsonParse").wall.median)}`),
      target("validate", `\`validateDataset\` (zod and every rule) at ${count(validation.briefings)} vs JSON.parse`, "≤ 1.5×", `${ratio(validateRatio)} wall (${ms(step("validateDataset").wall.median)} vs ${ms(step("jsonParse").wall.median)}); ${ratio(validateCpu)} CPU`, validateRatio, validateRatio <= 1.5, `JSON.parse of the same bytes: ${ms(step("jsonParse").wall.median)} wall, ${ms(step("jsonParse").cpu.median)} CPU`),
    );
  }
  if (largest) {
    const p95 = (name) => largest.engines[name]?.stats.p95;
    const core = p95("core");
    const rivals = ["flexsearch", "minisearch"].filter((n) => p95(n) !== undefined);
    const searchMet = core < 2 && rivals.every((n) => core < p95(n));
    const worstFetch = Math.max(...largest.shards.fetches.map((f) => f.gzip));
    targets.push(
      target("search", `Search p95 at ${count(largest.meetings)} briefings, vs ${rivals.join(" and ")} in the same run`, "< 2 ms and faster than each", `${ms(core)} (${rivals.map((n) => `${n} ${ms(p95(n))}`).join(", ")})`, core, searchMet, rivals.map((n) => `${n} p95 ${ms(p95(n))}`).join(", ")),
      target("search-fetch", `Site search: most fetched by one query at ${count(largest.meetings)} briefings (gzip)`, "≤ 500 KiB", `${(worstFetch / 1024).toFixed(0)} KiB`, worstFetch, worstFetch <= 500 * 1024, "(a size, no baseline)"),
    );
  }
  return {
    package: "@briefings/core-bench",
    quick,
    date: new Date().toISOString(),
    loadAverage: { start: loadAtStart, end: loadSamples[loadSamples.length - 1], cores: cpus().length },
    loads: [...loadSamples],
    cores: cpus().length,
    parts: [...parts],
    targets,
    measurements: { imports, loads, validation, searches },
  };
}

function render({ imports, loads, validation, searches, results }) {
  const timed = (s) => (s.n === 0 ? `stopped after ${ms(s.timedOut)}` : `${spread(s)}${s.timedOut ? `; a further run stopped after ${ms(s.timedOut)}` : ""}`);
  const versus = (s, base) => (s.n === 0 ? `> ${ratio(s.timedOut / base.median)}` : ratio(s.median / base.median));
  const base = validation?.steps.jsonParse;
  const stepRow = (label, name) => {
    const s = validation.steps[name];
    return [label, spread(s.wall), ratio(s.wall.median / base.wall.median), ms(s.cpu.median), ratio(s.cpu.median / base.cpu.median)];
  };
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  const { loadAverage } = results;
  const lines = [
    "## @briefings/core (`packages/core-bench`)",
    "",
    `${quick ? "Quick run (small datasets, few repetitions): indicative only." : parts.size < 4 ? `Partial run (${[...parts].join(", ")} only).` : "Full run."} Medians with (min–max); ratios are medians over the baseline's median, measured in the same run. Datasets from \`@briefings/synthetic\` (seed 20190627).`,
    `Load average ${loadAverage.start.toFixed(1)} at the start and ${loadAverage.end.toFixed(1)} at the end, on ${loadAverage.cores} cores${loadAverage.start > loadAverage.cores || loadAverage.end > loadAverage.cores ? ": **the machine was loaded**, so absolute times are inflated; the ratios (interleaved, same process) are what to read" : ""}.`,
    "",
    ...(imports
      ? [
    "### Cold import (child processes)",
    "",
    table(
      ["Command", "Runs", "Wall time", "vs bare node"],
      [
        ["`node --input-type=module -e 'await 0'` (baseline)", imports.bare.n, spread(imports.bare), "1.00×"],
        ['`await import("@briefings/core")` (zod-free entry)', imports.core.n, spread(imports.core), ratio(imports.core.median / imports.bare.median)],
        ['`await import("@briefings/core/schemas")` (zod)', imports.schemas.n, spread(imports.schemas), ratio(imports.schemas.median / imports.bare.median)],
        ['`await import("@briefings/core/validate")`', imports.validate.n, spread(imports.validate), ratio(imports.validate.median / imports.bare.median)],
      ],
    ),
    "",
      ]
      : []),
    ...(loads.length > 0
      ? [
    "### Loading the dataset (child processes)",
    "",
    "The library ships its data as a JSON file that its module imports as a JSON module; the baseline reads the same JSON from a file and parses it. For reference, the bare JSON module imported directly. Time from before the import/read to the parsed dataset, inside a fresh child.",
    "",
    table(
      ["Briefings", "JSON / module size", "Way", "Runs", "Time", "vs JSON.parse"],
      loads.flatMap((l) => [
        [count(l.briefings), `${size(l.bytes)} / ${size(l.moduleBytes)}`, "`readFileSync` + `JSON.parse` (baseline)", l.parse.n, timed(l.parse), "1.00×"],
        ["", "", "`import()` of a module that imports the data as JSON (the library's way)", l.module.n, timed(l.module), versus(l.module, l.parse)],
        ["", "", '`import()` of the JSON file `with { type: "json" }`', l.jsonModule.n, timed(l.jsonModule), versus(l.jsonModule, l.parse)],
      ]),
    ),
    "",
      ]
      : []),
    ...(validation
      ? [
    `### Validating ${count(validation.briefings)} briefings (in process, per rule)`,
    "",
    `${count(validation.entities)} top-level records, ${size(validation.bytes)} of JSON, ${validation.reps} repetitions; each repetition runs every row once, in this order, so load hits them alike. Wall time and CPU time of the process (\`process.cpuUsage\`, less inflated by a busy machine). Each rule alone builds the indexes it needs; \`validateDataset\` builds them once for all rules. ajv 2020 runs the JSON Schema from \`z.toJSONSchema\` (compiled once in ${ms(validation.ajvCompileMs)}, not counted); it checks less than zod.`,
    "",
    table(
      ["Step", "Wall time", "vs JSON.parse", "CPU time", "CPU vs JSON.parse"],
      [
        stepRow("`JSON.parse` of the same bytes (baseline)", "jsonParse"),
        stepRow("zod: `Dataset.safeParse`", "zod"),
        ...(validation.steps.schemas ? [stepRow(`the schema step of \`validateDataset\` (\`parseDataset\`: ${validation.fastPath === false ? "zod, the data is not canonical" : "the fast path: valid, canonical data is not copied"})`, "schemas")] : []),
        stepRow(`ajv 2020 (${validation.ajvValid ? "accepts the data" : "REJECTS the data"})`, "ajv"),
        ...validation.rules.map((id) => stepRow(`rule \`${id}\` alone`, `rule:${id}`)),
        stepRow("**`validateDataset`** (schemas + every rule, shared indexes)", "validateDataset"),
      ],
    ),
    "",
      ]
      : []),
    ...(searches.length > 0
      ? [
    "### Search (in process)",
    "",
    `${searches[0].queries.length} fixed queries (\`${searches[0].queries.join("`, `")}\`): words, prefixes, one that finds nothing, names from the data. Every engine indexes the same documents (core's \`searchDocuments\`: title, text, detail) with core's word splitting, requires every word (AND), matches words as prefixes, and returns the best ${searches[0].limit} hits; up to ${searches[0].engines.core.stats.n / searches[0].queries.length} rounds, each running every engine's queries in turn after a collection; an engine whose queries took ${((searches[0].budgetMs ?? 0) / 1000).toFixed(0)} s in all sits out the later rounds (the Rounds column). The baseline is a linear substring scan. Memory is the heap and array buffers the built index keeps. Orama is measured below ${count(SEARCH_LARGE)} briefings only (minutes to index 10,000).`,
    "",
    ...searches.flatMap((s) => [
      `#### ${count(s.meetings)} briefings (${count(s.documents)} documents)`,
      "",
      table(
        ["Engine", "Build", "Memory", "Rounds", "Median", "p95", "Max"],
        Object.entries(s.engines).map(([, e]) => [e.label, e.buildMs === undefined ? "–" : ms(e.buildMs), e.heapBytes === undefined ? "–" : size(e.heapBytes), String(e.rounds ?? e.stats.n / s.queries.length), ms(e.stats.median), ms(e.stats.p95), ms(e.stats.max)]),
      ),
      "",
      "Median per query:",
      "",
      table(["Query", ...Object.keys(s.engines)], s.queries.map((q, i) => [`\`${q}\``, ...Object.keys(s.engines).map((name) => ms(s.perQuery[i][name]))])),
      "",
      `The site's sharded index: ${count(s.shards.files)} files (${count(s.shards.keyShards)} key shards), ${kib(s.shards.gzip)} gzip in all (${size(s.shards.raw)} raw); largest key shard ${kib(s.shards.largestKeyShard)}, largest document chunk ${kib(s.shards.largestChunk)}, manifest ${kib(s.shards.manifest)} (gzip). What each query fetches with the ${s.shards.shown} hits the page shows: ${s.shards.fetches.map((f) => `\`${f.query}\` ${kib(f.gzip)} (${f.files} files)`).join(", ")}.`,
      "",
    ]),
      ]
      : []),
    "### Targets",
    "",
    table(
      ["Target", "Goal", "Measured", "Met"],
      results.targets.map((t) => [t.label, t.target, t.measured, t.met ? "met" : "not met"]),
    ),
    "",
  ];
  return lines.join("\n");
}
