// Benchmarks of @briefings/core (the BUILT package), each beside its baseline in the same run:
// cold import vs bare node, loading the data as the library does vs JSON.parse, zod vs ajv vs JSON.parse,
// indexed search vs a linear scan. Datasets come from @briefings/synthetic. Writes bench/REPORT.md (a
// fragment of the workspace report) and bench/results.json (for its targets table), and prints the report.
// `--quick`: small datasets and few repetitions. Nothing here asserts a time.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { count, interleave, lastJson, ms, ratio, runNode, size, spread, stats, table, TimedOut } from "./lib.mjs";

const quick = process.argv.includes("--quick");
const benchDir = fileURLToPath(new URL(".", import.meta.url));
const coreDir = fileURLToPath(new URL("..", import.meta.url));
const syntheticDir = fileURLToPath(new URL("../../synthetic/", import.meta.url));
const syntheticCli = join(syntheticDir, "dist", "cli.js");
for (const [file, build] of [
  [join(coreDir, "dist", "index.js"), "@briefings/core"],
  [syntheticCli, "@briefings/synthetic"],
]) {
  if (!existsSync(file)) {
    console.error(`bench: ${file} is missing: build ${build} first (\`npx turbo run bench\` builds it).`);
    process.exit(1);
  }
}

const plan = quick
  ? { importRuns: 6, loadSizes: [100], loadRuns: 3, loadLimitMs: 60_000, validate: 100, reps: 5, slowReps: 3, search: [100], buildReps: 3, queryReps: 20 }
  : { importRuns: 30, loadSizes: [1_000, 10_000], loadRuns: 3, loadLimitMs: 300_000, validate: 10_000, reps: 3, slowReps: 1, search: [1_000, 10_000], buildReps: 3, queryReps: 50 };
const heap = "--max-old-space-size=12288";
const tmp = mkdtempSync(join(tmpdir(), "briefings-core-bench-"));
const log = (line) => console.error(`bench: ${line}`);

try {
  // Datasets, generated once per size by the synthetic CLI.
  const datasets = new Map();
  const datasetFile = (n) => {
    if (!datasets.has(n)) {
      log(`generating ${count(n)} synthetic briefings`);
      const file = join(tmp, `dataset-${n}.json`);
      runNode([heap, syntheticCli, "--briefings", String(n), "--out", file]);
      datasets.set(n, file);
    }
    return datasets.get(n);
  };

  // 1. Cold import of the library vs a bare node.
  log("cold import");
  const importOf = (specifier) => `await import(${JSON.stringify(specifier)})`;
  const [bare, core] = interleave(
    plan.importRuns,
    () => runNode(["--input-type=module", "-e", "await 0"], { cwd: coreDir }).ms,
    () => runNode(["--input-type=module", "-e", importOf("@briefings/core")], { cwd: coreDir }).ms,
  );
  const [schemas, validate] = interleave(
    Math.ceil(plan.importRuns / 2),
    () => runNode(["--input-type=module", "-e", importOf("@briefings/core/schemas")], { cwd: coreDir }).ms,
    () => runNode(["--input-type=module", "-e", importOf("@briefings/core/validate")], { cwd: coreDir }).ms,
  );
  const imports = { bare: stats(bare), core: stats(core), schemas: stats(schemas), validate: stats(validate) };

  // 2. Loading the data the library's way (its dist imports the data as a JSON module beside the code) vs JSON.parse of a file.
  const loads = plan.loadSizes.map((n) => {
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

  // 3. Whole-dataset validation.
  log(`validating ${count(plan.validate)} briefings`);
  const validation = {
    briefings: plan.validate,
    ...lastJson(runNode([heap, "--expose-gc", join(benchDir, "validation.mjs"), datasetFile(plan.validate), String(plan.reps), String(plan.slowReps)], { cwd: coreDir }).stdout),
  };

  // 4. Search.
  const searches = plan.search.map((n) => {
    log(`searching ${count(n)} briefings`);
    return lastJson(runNode([heap, "--expose-gc", join(benchDir, "search.mjs"), datasetFile(n), String(plan.buildReps), String(plan.queryReps)], { cwd: coreDir }).stdout);
  });

  const results = summarize({ imports, loads, validation, searches });
  const report = render({ imports, loads, validation, searches, results });
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

/** The machine-readable results: the targets of the issue, measured. */
function summarize({ imports, loads, validation, searches }) {
  const load = loads[loads.length - 1];
  const largest = searches[searches.length - 1];
  const target = (id, label, goal, measured, value, met) => ({ id, label, target: goal, measured, value, met });
  const importRatio = imports.core.median / imports.bare.median;
  // A timed-out way counts as taking at least the limit.
  const loadRatio = (load.module.median ?? load.module.timedOut) / (load.parse.median ?? load.parse.timedOut);
  const lower = load.module.median === undefined ? "> " : "";
  const zodRatio = validation.zod.median / validation.jsonParse.median;
  return {
    package: "@briefings/core",
    quick,
    date: new Date().toISOString(),
    targets: [
      target("import", "Cold import of @briefings/core vs bare node", "≤ 1.5×", `${ratio(importRatio)} (${ms(imports.core.median)} vs ${ms(imports.bare.median)})`, importRatio, importRatio <= 1.5),
      target("load", `Loading ${count(load.briefings)} briefings as the library does vs JSON.parse`, "≤ 1.2×", `${lower}${ratio(loadRatio)} (${lower}${ms(load.module.median ?? load.module.timedOut)} vs ${ms(load.parse.median)})`, loadRatio, loadRatio <= 1.2),
      target("zod", `zod validation of ${count(validation.briefings)} briefings vs JSON.parse of them`, "≤ 1× (as fast)", `${ratio(zodRatio)} (${ms(validation.zod.median)} vs ${ms(validation.jsonParse.median)})`, zodRatio, zodRatio <= 1),
      target("search", `Search p95 at ${count(largest.meetings)} briefings`, "< 2 ms", ms(largest.search.p95), largest.search.p95, largest.search.p95 < 2),
    ],
    measurements: { imports, loads, validation, searches },
  };
}

function render({ imports, loads, validation, searches, results }) {
  const timed = (s) => (s.n === 0 ? `stopped after ${ms(s.timedOut)}` : `${spread(s)}${s.timedOut ? `; a further run stopped after ${ms(s.timedOut)}` : ""}`);
  const versus = (s, base) => (s.n === 0 ? `> ${ratio(s.timedOut / base.median)}` : ratio(s.median / base.median));
  const perSecond = (s) => `${count(validation.entities / (s.median / 1000))}/s`;
  const lines = [
    "## @briefings/core",
    "",
    `${quick ? "Quick run (small datasets, few repetitions): indicative only." : "Full run."} Medians with (min–max); ratios are medians over the baseline's median, measured in the same run. Datasets from \`@briefings/synthetic\` (seed 20190627).`,
    "",
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
    "### Loading the dataset (child processes)",
    "",
    "The library ships its data as a JSON file that its module imports as a JSON module (`import data from \"./generated/dataset.json\" with { type: \"json\" }`); the baseline reads the same JSON from a file and parses it. For reference, the bare JSON module imported directly. Time from before the import/read to the parsed dataset, inside a fresh child.",
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
    `### Validating ${count(validation.briefings)} briefings (in process)`,
    "",
    `${count(validation.entities)} top-level records, ${size(validation.bytes)} of JSON. ajv 2020 runs the JSON Schema from \`z.toJSONSchema(Dataset, { io: "output" })\` (compiled once in ${ms(validation.ajvCompileMs)}, not counted); it cannot express the schemas' refinements, so it checks less than zod. \`validateDataset\` is zod plus every cross-record rule.`,
    "",
    table(
      ["Validator", "Runs", "Time", "Records per second", "vs JSON.parse"],
      [
        ["`JSON.parse` of the same bytes (baseline)", validation.jsonParse.n, spread(validation.jsonParse), perSecond(validation.jsonParse), "1.00×"],
        ["zod: `Dataset.safeParse`", validation.zod.n, spread(validation.zod), perSecond(validation.zod), ratio(validation.zod.median / validation.jsonParse.median)],
        [`ajv 2020 (${validation.ajvValid ? "accepts the data" : `REJECTS the data: ${validation.ajvErrors.join("; ")}`})`, validation.ajv.n, spread(validation.ajv), perSecond(validation.ajv), ratio(validation.ajv.median / validation.jsonParse.median)],
        ["`validateDataset` (zod + every rule)", validation.validateDataset.n, spread(validation.validateDataset), perSecond(validation.validateDataset), ratio(validation.validateDataset.median / validation.jsonParse.median)],
      ],
    ),
    "",
    "### Search (in process)",
    "",
    `${searches[0].queries.length} fixed queries (words, prefixes such as \`a\` and \`co\`, one that finds nothing, names from the data), each run ${plan.queryReps} times after a warm-up; the baseline is a linear scan \`documents.filter(d => (d.title + d.text).toLowerCase().includes(q))\`. flexsearch is not measured.`,
    "",
    table(
      ["Briefings", "Documents", "Index build", "Index size (JSON)", "Search median", "Search p95", "Scan median", "Scan p95", "p95 vs scan"],
      searches.map((s) => [count(s.meetings), count(s.documents), spread(s.build), size(s.indexBytes), ms(s.search.median), ms(s.search.p95), ms(s.scan.median), ms(s.scan.p95), ratio(s.search.p95 / s.scan.p95)]),
    ),
    "",
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
