// Finds the workspace's packages and reads their benchmark output from disk.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { cpus, totalmem, type } from "node:os";
import { dirname, join, relative } from "node:path";
import type { Machine } from "./machine";
import { parseCpuInfo } from "./machine";
import type { Fragment, PackageResults } from "./report";
import { parseResults } from "./report";

/** Packages whose benchmarks the report expects (the rest are found by their `bench` script). */
export const EXPECTED_PACKAGES = ["@briefings/core-bench", "@briefings/export", "@briefings/ingest", "@briefings/tui", "@briefings/web"];

/** The nearest directory at or above `start` that holds pnpm-workspace.yaml. */
export function findWorkspaceRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    if (dirname(dir) === dir) throw new Error(`no pnpm-workspace.yaml at or above ${start}`);
  }
}

/** A workspace package: its name, directory and whether it has a `bench` script. */
export interface WorkspacePackage {
  name: string;
  dir: string;
  hasBench: boolean;
}

/** The packages under apps/, packages/ and tooling/. */
export function workspacePackages(root: string): WorkspacePackage[] {
  const found: WorkspacePackage[] = [];
  for (const group of ["apps", "packages", "tooling"]) {
    const base = join(root, group);
    if (!existsSync(base)) continue;
    for (const entry of readdirSync(base).sort()) {
      const file = join(base, entry, "package.json");
      if (!existsSync(file)) continue;
      try {
        const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: unknown; scripts?: Record<string, unknown> };
        if (typeof pkg.name === "string") found.push({ name: pkg.name, dir: join(base, entry), hasBench: typeof pkg.scripts?.bench === "string" });
      } catch {
        // An unreadable package.json is not ours to report; pnpm will.
      }
    }
  }
  return found;
}

/** Fragments and results of the packages the report covers (expected ones, and any other with a bench script). */
export function collectOutputs(root: string, self: string): { fragments: Fragment[]; results: PackageResults[]; notes: string[] } {
  const packages = workspacePackages(root).filter((p) => p.name !== self && (p.hasBench || EXPECTED_PACKAGES.includes(p.name)));
  const fragments: Fragment[] = [];
  const results: PackageResults[] = [];
  const notes: string[] = [];
  for (const name of [...new Set([...EXPECTED_PACKAGES, ...packages.map((p) => p.name)])]) {
    const pkg = packages.find((p) => p.name === name);
    if (!pkg) {
      fragments.push({ package: name, path: "(package not found)", content: undefined });
      continue;
    }
    const reportFile = join(pkg.dir, "bench", "REPORT.md");
    const resultsFile = join(pkg.dir, "bench", "results.json");
    const path = relative(root, reportFile);
    let parsed: PackageResults | undefined;
    if (existsSync(resultsFile)) {
      try {
        parsed = parseResults(name, readFileSync(resultsFile, "utf8"));
        results.push(parsed);
      } catch (error) {
        notes.push(`${relative(root, resultsFile)} is not usable (${(error as Error).message}); its targets are left out.`);
      }
    }
    // When the bench ran: the date its results record, else none (such a report states its own). Never the file's
    // time: in a clone that is when it was checked out, which the report would then give as the date of its figures.
    fragments.push(
      existsSync(reportFile)
        ? { package: name, path, content: readFileSync(reportFile, "utf8"), written: parsed?.date }
        : { package: name, path, content: undefined },
    );
  }
  return { fragments, results, notes };
}

/** The machine this runs on. */
export function currentMachine(): Machine {
  let cpu: string | undefined;
  let cores = cpus().length;
  try {
    const info = parseCpuInfo(readFileSync("/proc/cpuinfo", "utf8"));
    cpu = info.model;
    if (info.processors > 0) cores = info.processors;
  } catch {
    // not Linux: fall back on os.cpus()
  }
  return { cpu: cpu ?? cpus()[0]?.model ?? "unknown", cores, memoryBytes: totalmem(), platform: `${type()} ${process.arch}` };
}

/** Versions of the tools the report depends on, read from the installed packages. */
export function toolVersions(root: string): Record<string, string> {
  const installed = (from: string, name: string) => {
    try {
      const pkg = JSON.parse(readFileSync(join(root, from, "node_modules", name, "package.json"), "utf8")) as { version?: string };
      return pkg.version ?? "unknown";
    } catch {
      return "not installed";
    }
  };
  let pnpm = "unknown";
  try {
    const rootPkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { packageManager?: string };
    pnpm = rootPkg.packageManager?.replace(/^pnpm@/, "") ?? "unknown";
  } catch {
    // keep unknown
  }
  return {
    Node: process.version,
    pnpm,
    zod: installed("packages/core", "zod"),
    next: installed("apps/web", "next"),
    ink: installed("apps/tui", "ink"),
  };
}
