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
}

/** A package's `bench/results.json`, checked. */
export interface PackageResults {
  package: string;
  quick: boolean | undefined;
  targets: MeasuredTarget[];
}

/** A target of the issue, looked up in one package's results by id. */
export interface IssueTarget {
  package: string;
  id: string;
  label: string;
  goal: string;
}

/** The four targets of the benchmarks issue, all measured by @briefings/core. */
export const ISSUE_TARGETS: readonly IssueTarget[] = [
  { package: "@briefings/core-bench", id: "import", label: "Cold import of the library", goal: "≤ 1.5× a bare `node`" },
  { package: "@briefings/core-bench", id: "load", label: "Loading 10,000 briefings as the library does", goal: "≤ 1.2× `JSON.parse` of the same bytes" },
  { package: "@briefings/core-bench", id: "validate", label: "`validateDataset` (zod and every rule) at 10,000 briefings", goal: "≤ 1.5× `JSON.parse`" },
  { package: "@briefings/core-bench", id: "search", label: "Search p95 at 10,000 briefings", goal: "< 2 ms, and faster than flexsearch and minisearch in the same run" },
  { package: "@briefings/core-bench", id: "search-fetch", label: "Site search: fetched by one query at 10,000 briefings", goal: "≤ 500 KiB gzip" },
  { package: "@briefings/web", id: "web-build", label: "Web build at 1,000 briefings", goal: "≤ 1.5× a minimal Next 16 app building as many pages" },
];

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
    targets: targets.map((t, i) => {
      const x = (t ?? {}) as Record<string, unknown>;
      for (const key of ["id", "label", "target", "measured"]) {
        if (typeof x[key] !== "string") throw new Error(`targets[${i}].${key} is not a string`);
      }
      if (typeof x.met !== "boolean") throw new Error(`targets[${i}].met is not true or false`);
      return { id: x.id as string, label: x.label as string, target: x.target as string, measured: x.measured as string, met: x.met };
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

/** Rows of the targets table: the issue's targets first (measured or not), then any other package's. */
export function targetRows(results: readonly PackageResults[]): string[][] {
  const rows: string[][] = [];
  const used = new Set<string>();
  for (const goal of ISSUE_TARGETS) {
    const owner = results.find((r) => r.package === goal.package);
    const found = owner?.targets.find((t) => t.id === goal.id);
    used.add(`${goal.package}#${goal.id}`);
    rows.push(found ? [goal.package, found.label, goal.goal, found.measured, found.met ? "met" : "**not met**"] : [goal.package, goal.label, goal.goal, "not measured", "—"]);
  }
  for (const r of results) {
    for (const t of r.targets) {
      if (used.has(`${r.package}#${t.id}`)) continue;
      rows.push([r.package, t.label, t.target, t.measured, t.met ? "met" : "**not met**"]);
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
    table(["Package", "Target", "Goal", "Measured", "Result"], targetRows(input.results)),
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
