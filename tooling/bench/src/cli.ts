#!/usr/bin/env node
// The workspace's `bench:report` task (root package.json; turbo runs it after every package's own bench) writes bench/REPORT.md
// at the workspace root from their fragments. `--quick` marks the report as a quick run.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { collectOutputs, currentMachine, findWorkspaceRoot, toolVersions } from "./collect";
import { assembleReport } from "./report";

try {
  const root = findWorkspaceRoot(process.cwd());
  const { fragments, results, notes } = collectOutputs(root, "@briefings/bench");
  const report = assembleReport({
    date: new Date().toISOString(),
    machine: currentMachine(),
    versions: toolVersions(root),
    quick: process.argv.includes("--quick"),
    fragments,
    results,
    notes,
  });
  const dir = join(root, "bench");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "REPORT.md.tmp"), report);
  renameSync(join(dir, "REPORT.md.tmp"), join(dir, "REPORT.md"));
  console.log(report);
  console.error(`bench: wrote ${join(dir, "REPORT.md")}`);
} catch (error) {
  console.error(`bench: cannot write the report: ${(error as Error).message}`);
  process.exit(1);
}
