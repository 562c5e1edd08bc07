#!/usr/bin/env node
// `pnpm mutation`: runs Stryker (mutation testing) in each package that has a stryker.config.mjs, one
// after the other, then writes the score of every mutated file into bench/MUTATION.md (between the
// summary markers; the notes around them are kept). Not part of `pnpm test` or CI: it is slow.
//
//   pnpm mutation                 # every package with a Stryker config
//   pnpm mutation core            # only packages/core
//   pnpm mutation --summary-only  # rewrite the summary from the last reports, run nothing
//
// STRYKER_CONCURRENCY sets the number of test processes (default 2: the machine is shared). Runs are
// incremental (each package's stryker-incremental.json): only mutants whose code or tests changed are tested.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const args = process.argv.slice(2);
const summaryOnly = args.includes("--summary-only");
const only = args.filter((a) => !a.startsWith("--"));
const PACKAGES = ["packages/core", "packages/ingest", "packages/export"].filter((p) => existsSync(join(root, p, "stryker.config.mjs")));
const chosen = only.length === 0 ? PACKAGES : PACKAGES.filter((p) => only.some((o) => p.endsWith(`/${o}`)));
if (chosen.length === 0) {
  console.error(`mutation: no package with a Stryker config matches ${JSON.stringify(only)} (have: ${PACKAGES.join(", ")})`);
  process.exit(2);
}

let failed = false;
if (!summaryOnly) {
  for (const pkg of chosen) {
    console.log(`mutation: ${pkg}`);
    const run = spawnSync("npx", ["stryker", "run"], { cwd: join(root, pkg), stdio: "inherit" });
    if (run.status !== 0) {
      console.error(`mutation: Stryker failed in ${pkg} (exit ${run.status ?? run.signal})`);
      failed = true;
    }
  }
}

/** Score of a set of mutants as Stryker counts it: detected / (detected + undetected); ignored and errors left out. */
function tally(mutants) {
  const t = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0 };
  for (const m of mutants) {
    if (m.status === "Killed") t.killed++;
    else if (m.status === "Timeout") t.timeout++;
    else if (m.status === "Survived") t.survived++;
    else if (m.status === "NoCoverage") t.noCoverage++;
    else if (m.status === "Ignored") t.ignored++;
    else t.errors++;
  }
  const valid = t.killed + t.timeout + t.survived + t.noCoverage;
  t.score = valid === 0 ? null : (100 * (t.killed + t.timeout)) / valid;
  return t;
}

const pct = (s) => (s === null ? "n/a" : `${s.toFixed(1)}%`);
const lines = [];
for (const pkg of PACKAGES) {
  const report = join(root, pkg, "reports/mutation/mutation.json");
  if (!existsSync(report)) continue;
  const { files } = JSON.parse(readFileSync(report, "utf8"));
  const rows = Object.entries(files)
    .map(([file, f]) => [file, tally(f.mutants)])
    .sort(([a], [b]) => a.localeCompare(b));
  const all = tally(Object.values(files).flatMap((f) => f.mutants));
  lines.push(
    `### ${pkg}: ${pct(all.score)} (${all.killed + all.timeout} of ${all.killed + all.timeout + all.survived + all.noCoverage} detected)`,
    "",
    "| file | score | killed | timeout | survived | no coverage | ignored |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map(([file, t]) => `| ${file} | ${pct(t.score)} | ${t.killed} | ${t.timeout} | ${t.survived} | ${t.noCoverage} | ${t.ignored} |`),
    "",
  );
}
if (lines.length === 0) {
  console.error("mutation: no report to summarise (run Stryker first)");
  process.exit(failed ? 1 : 2);
}

const START = "<!-- mutation-summary:start (written by scripts/mutation.mjs) -->";
const END = "<!-- mutation-summary:end -->";
const target = join(root, "bench/MUTATION.md");
const block = `${START}\n${lines.join("\n")}${END}`;
const previous = existsSync(target) ? readFileSync(target, "utf8") : `# Mutation testing\n\n${START}\n${END}\n`;
const at = previous.indexOf(START);
const end = previous.indexOf(END);
const next = at >= 0 && end > at ? previous.slice(0, at) + block + previous.slice(end + END.length) : `${previous.trimEnd()}\n\n${block}\n`;
writeFileSync(target, next);
console.log(`mutation: summary written to bench/MUTATION.md\n\n${lines.join("\n")}`);
process.exit(failed ? 1 : 0);
