// Assembles the workspace benchmark report from each package's fragment and targets (pure functions).
import type { Machine } from "./machine";
import { formatMemory } from "./machine";

/** One package's benchmark output, as found on disk. */
export interface Fragment {
  /** Package name, e.g. `@briefings/core`. */
  package: string;
  /** Path of its REPORT.md, relative to the workspace root. */
  path: string;
  /** The markdown fragment, or `undefined` when the package wrote none. */
  content: string | undefined;
  /** When the fragment was written (ISO), if known. */
  written?: string | undefined;
}

/** One measured target, as a package records it in `bench/results.json`. */
export interface MeasuredTarget {
  id: string;
  label: string;
  target: string;
  measured: string;
  met: boolean;
  /** The baseline it was measured against in the same run, and its figure (e.g. "bare `node -e ''`: 105 ms"). */
  baseline?: string | undefined;
}

/** The 1-minute load average seen during a package's run: lowest and highest sample, and the core count. */
export interface LoadSeen {
  min: number;
  max: number;
  cores: number | undefined;
}

/** A package's `bench/results.json`, checked. */
export interface PackageResults {
  package: string;
  quick: boolean | undefined;
  /** When the package's bench wrote it (ISO), if it says. */
  date?: string | undefined;
  /** The load average during its run, if it recorded it. */
  load?: LoadSeen | undefined;
  /** Why the bench refused to measure (e.g. the machine was loaded), if it did. */
  refused?: string | undefined;
  targets: MeasuredTarget[];
}

/** A target of the issue, looked up in one package's results by id. */
export interface IssueTarget {
  package: string;
  id: string;
  label: string;
  goal: string;
}

/** The rows of the benchmarks issue (13), in its order, then the other targets the benches track. */
export const ISSUE_TARGETS: readonly IssueTarget[] = [
  { package: "@briefings/tui", id: "tui-first-frame", label: "Terminal UI first frame, curated data, vs bare node through the same pty", goal: "≤ 2.0× bare `node`" },
  { package: "@briefings/tui", id: "tui-first-frame-1000", label: "Terminal UI first frame with 1,000 briefings (`--data`)", goal: "≤ 1 s" },
  { package: "@briefings/tui", id: "tui-first-frame-10000", label: "Terminal UI first frame with 10,000 briefings (`--data`)", goal: "≤ 3 s" },
  { package: "@briefings/tui", id: "tui-keys", label: "Terminal UI keypress to frame at 10,000 briefings", goal: "p95 ≤ 16 ms" },
  { package: "@briefings/core-bench", id: "search", label: "Search p95 at 10,000 briefings", goal: "< 2 ms, and faster than flexsearch and minisearch in the same run" },
  { package: "@briefings/core-bench", id: "validate", label: "`validateDataset` (zod and every rule) at 10,000 briefings", goal: "≤ 1.5× `JSON.parse`" },
  { package: "@briefings/export", id: "export-all", label: "Export, every format, 10,000 briefings", goal: "< 10 s" },
  { package: "@briefings/export", id: "export-ndjson-memory", label: "NDJSON export memory, 1,000 vs 10,000 briefings", goal: "flat (peak RSS grows < 1.5×)" },
  { package: "@briefings/web", id: "web-build", label: "Web build at 1,000 briefings", goal: "≤ 1.5× a minimal Next 16 app building as many pages" },
  { package: "@briefings/core-bench", id: "import", label: "Cold import of the library", goal: "≤ 1.5× a bare `node`" },
  { package: "@briefings/core-bench", id: "load", label: "Loading 10,000 briefings as the library does", goal: "≤ 1.2× `JSON.parse` of the same bytes" },
  { package: "@briefings/core-bench", id: "search-fetch", label: "Site search: fetched by one query at 10,000 briefings", goal: "≤ 500 KiB gzip" },
];

const isNumber = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

/** The load average a results file recorded: `loads: number[]` (samples; `cores` beside it, if any), else `loadAverage: { start, end, cores? }`. */
export function loadOf(record: Record<string, unknown>): LoadSeen | undefined {
  const cores = isNumber(record.cores) ? record.cores : undefined;
  if (Array.isArray(record.loads)) {
    const samples = record.loads.filter(isNumber);
    if (samples.length > 0) return { min: Math.min(...samples), max: Math.max(...samples), cores };
  }
  const average = record.loadAverage;
  if (average !== null && typeof average === "object" && !Array.isArray(average)) {
    const { start, end, cores: own } = average as Record<string, unknown>;
    const samples = [start, end].filter(isNumber);
    if (samples.length > 0) return { min: Math.min(...samples), max: Math.max(...samples), cores: isNumber(own) ? own : cores };
  }
  return undefined;
}

/** Reads `bench/results.json` content (untrusted JSON) into `PackageResults`; throws an Error saying what is wrong. */
export function parseResults(packageName: string, text: string): PackageResults {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`not JSON: ${(error as Error).message}`);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) throw new Error("not a JSON object");
  const record = data as Record<string, unknown>;
  const targets = record.targets ?? [];
  if (!Array.isArray(targets)) throw new Error("targets is not an array");
  return {
    package: packageName,
    quick: typeof record.quick === "boolean" ? record.quick : undefined,
    date: typeof record.date === "string" ? record.date : undefined,
    load: loadOf(record),
    refused: typeof record.refused === "string" ? record.refused : undefined,
    targets: targets.map((t, i) => {
      const x = (t ?? {}) as Record<string, unknown>;
      for (const key of ["id", "label", "target", "measured"]) {
        if (typeof x[key] !== "string") throw new Error(`targets[${i}].${key} is not a string`);
      }
      if (typeof x.met !== "boolean") throw new Error(`targets[${i}].met is not true or false`);
      if (x.baseline !== undefined && typeof x.baseline !== "string") throw new Error(`targets[${i}].baseline is not a string`);
      return { id: x.id as string, label: x.label as string, target: x.target as string, measured: x.measured as string, met: x.met, baseline: x.baseline as string | undefined };
    }),
  };
}

/** Makes text safe inside a markdown table cell (no pipes or line breaks). */
export function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)].join("\n");
}

/** Whether a run was loaded: its highest 1-minute load average above the core count (`cores` when the run did not record it). */
export function underLoad(load: LoadSeen | undefined, cores: number): boolean {
  return load !== undefined && load.max > (load.cores ?? cores);
}

/** "2.1 to 7.9 on 2 cores", plus a warning when that is above the core count. */
export function describeLoad(load: LoadSeen | undefined, cores: number): string {
  if (!load) return "not recorded";
  const range = load.min === load.max ? load.min.toFixed(1) : `${load.min.toFixed(1)} to ${load.max.toFixed(1)}`;
  return `${range} on ${load.cores ?? cores} cores${underLoad(load, cores) ? ": **under load, not a result**" : ""}`;
}

/** The columns of the targets table. */
export const TARGET_COLUMNS = ["What", "Package", "Baseline (same run)", "Measured", "Target", "Result", "Load average (1 min)", "Run"];

/** Rows of the targets table (`TARGET_COLUMNS`): the issue's targets first (measured or not), then any other package's. `cores`: this machine's. */
export function targetRows(results: readonly PackageResults[], cores = 2): string[][] {
  const rows: string[][] = [];
  const used = new Set<string>();
  const row = (owner: PackageResults, t: MeasuredTarget, goal: string): string[] => {
    const loaded = underLoad(owner.load, cores);
    const result = t.met && !loaded ? "met" : t.met ? "met under load (not a result)" : "**not met**";
    const run = `${owner.quick === undefined ? "" : owner.quick ? "quick, " : "full, "}${owner.date ?? "date not recorded"}`;
    return [t.label, owner.package, t.baseline ?? "—", t.measured, goal, result, describeLoad(owner.load, cores), run];
  };
  for (const goal of ISSUE_TARGETS) {
    const owner = results.find((r) => r.package === goal.package);
    const found = owner?.targets.find((t) => t.id === goal.id);
    used.add(`${goal.package}#${goal.id}`);
    if (owner && found) rows.push(row(owner, found, goal.goal));
    else if (owner?.refused) rows.push([goal.label, goal.package, "—", `not measured: the bench refused (${owner.refused})`, goal.goal, "—", describeLoad(owner.load, cores), owner.date ?? "—"]);
    else rows.push([goal.label, goal.package, "—", "not measured", goal.goal, "—", "—", "—"]);
  }
  for (const r of results) {
    for (const t of r.targets) {
      if (used.has(`${r.package}#${t.id}`)) continue;
      rows.push(row(r, t, t.target));
    }
  }
  return rows;
}

/** Everything the report is made of. */
export interface ReportInput {
  date: string;
  machine: Machine;
  versions: Record<string, string>;
  quick: boolean;
  fragments: readonly Fragment[];
  results: readonly PackageResults[];
  /** Problems met while collecting (unreadable results files...), listed in the report. */
  notes?: readonly string[];
}

/** The workspace report (bench/REPORT.md). */
export function assembleReport(input: ReportInput): string {
  const { machine, versions } = input;
  const measured = input.fragments.filter((f) => f.content !== undefined);
  const missing = input.fragments.filter((f) => f.content === undefined);
  const mixed = input.results.filter((r) => r.quick !== undefined && r.quick !== input.quick);
  const lines = [
    "# Benchmarks",
    "",
    `Generated ${input.date} by \`pnpm bench${input.quick ? " --quick" : ""}\` (${input.quick ? "quick run: small datasets, few repetitions; indicative only" : "full run"}).`,
    "Timings are medians of repeated runs, each compared with a baseline measured in the same run; nothing is asserted on them.",
    "",
    "## Machine",
    "",
    table(
      ["", ""],
      [
        ["CPU", `${machine.cpu} (${machine.cores} logical cores)`],
        ["Memory", formatMemory(machine.memoryBytes)],
        ["Platform", machine.platform],
        ...Object.entries(versions).map(([name, version]) => [name, version]),
      ],
    ),
    "",
    "## Targets",
    "",
    "Every row of issue 13, then the other targets. A row is a result only when its bench ran on a quiet machine (load average at most the core count) and its ratio was measured against the baseline in the same run; the Run column says when each package's bench wrote its figures.",
    "",
    table(TARGET_COLUMNS, targetRows(input.results, machine.cores)),
    "",
  ];
  if (mixed.length > 0) {
    lines.push(`Note: ${mixed.map((r) => `${r.package} was last measured in a ${r.quick ? "quick" : "full"} run`).join("; ")}, not in this ${input.quick ? "quick" : "full"} run.`, "");
  }
  for (const note of input.notes ?? []) lines.push(`Note: ${note}`, "");
  if (missing.length > 0) {
    lines.push("## Not measured", "", ...missing.map((f) => `- ${f.package}: no \`${f.path}\``), "");
  }
  for (const f of measured) {
    const content = f.content!.trim();
    const heading = /^#{1,6}\s/.test(content) ? [] : [`## ${f.package}`, ""];
    lines.push(...heading, demote(content), "", `<sub>From \`${f.path}\`${f.written ? `, written ${f.written}` : ""}.</sub>`, "");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

/** Fragments are nested under the report's title: when one uses `# ` headings, every heading goes one level down. */
export function demote(markdown: string): string {
  const lines = markdown.split("\n");
  let fenced = false;
  const isHeading = lines.map((line) => {
    if (line.startsWith("```")) fenced = !fenced;
    return !fenced && /^#{1,6} /.test(line);
  });
  if (!lines.some((line, i) => isHeading[i] && line.startsWith("# "))) return markdown;
  return lines.map((line, i) => (isHeading[i] && !line.startsWith("###### ") ? `#${line}` : line)).join("\n");
}
