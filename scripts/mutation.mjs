#!/usr/bin/env node
// `pnpm mutation`: runs Stryker (mutation testing) in each package that has a stryker.config.mjs, one
// after the other, then writes the score of every mutated file into bench/MUTATION.md (between the
// summary markers; the notes around them, and the sections of packages without a report, are kept). Not part of
// `pnpm test` or CI: it is slow.
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
import { packageSection, rewriteSummary } from "../tooling/testing/mutation-summary.mjs";

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

const fresh = new Map();
for (const pkg of PACKAGES) {
  const report = join(root, pkg, "reports/mutation/mutation.json");
  if (existsSync(report)) fresh.set(pkg, packageSection(pkg, JSON.parse(readFileSync(report, "utf8"))));
}
if (fresh.size === 0) {
  console.error("mutation: no report to summarise (run Stryker first)");
  process.exit(failed ? 1 : 2);
}

// A package without a report keeps its section (a run of one package must not erase another's figures).
const target = join(root, "bench/MUTATION.md");
const previous = existsSync(target) ? readFileSync(target, "utf8") : "# Mutation testing\n";
writeFileSync(target, rewriteSummary(previous, PACKAGES, fresh));
console.log(`mutation: summary written to bench/MUTATION.md\n\n${[...fresh.values()].join("")}`);
process.exit(failed ? 1 : 0);
