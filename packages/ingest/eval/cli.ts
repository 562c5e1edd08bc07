// pnpm --filter @briefings/ingest eval <folder of texts> [options]
// pnpm --filter @briefings/ingest eval cases <folder of retrieved pages> [options]
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { CasesFile, issueLines, type Case } from "./case";
import { casesFromPages, seedCase } from "./cases";
import { loadDataset } from "./dataset";
import { renderMarkdown, renderTerminal } from "./render";
import { runEval, type IngestFn } from "./run";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../../..");
const DEFAULT_DATASET = join(repoRoot, "packages/core/src/generated/dataset.json");
const DEFAULT_CASES = join(here, "cases.json");
const DEFAULT_REPORT = join(here, "REPORT.md");

const USAGE = `Usage:
  eval <folder of texts> [--dataset FILE] [--cases FILE] [--write | --report FILE] [--before MODULE]
                         [--include-drafts] [--no-holdout] [--only ID[,ID...]] [--verbose]
      Runs the ingest on <folder>/<case id>.txt for every case and scores its draft against the
      curated record (the dataset), field by field.
  eval cases <folder of retrieved pages> [--dataset FILE] [--out FILE]
      Writes the cases file from the pages' .json records (and the seed, from the dataset).

Options:
  --dataset FILE     the curated dataset JSON (default: ${DEFAULT_DATASET})
  --cases FILE       the cases file (default: eval/cases.json)
  --write            write the Markdown report to eval/REPORT.md; --report FILE writes it elsewhere
  --before MODULE    also run another build of the ingest (a module exporting ingestBytes, e.g. an
                     older dist/index.js) on the same cases, and report its numbers beside
  --include-drafts   also score against meetings whose review state is still draft
  --no-holdout       run the ingest against the whole dataset (default: without the page's meetings)
  --only IDS         only these cases
  --verbose          every miss, with the words involved (terminal only)`;

class UsageError extends Error {}

interface Args {
  positional: string[];
  flags: Map<string, string | true>;
}
const VALUED = new Set(["--dataset", "--cases", "--report", "--before", "--only", "--out"]);
const BOOLEAN = new Set(["--write", "--include-drafts", "--no-holdout", "--verbose", "--help"]);

function parse(argv: readonly string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") continue;
    if (VALUED.has(a)) {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`${a} needs a value`);
      flags.set(a, v);
    } else if (BOOLEAN.has(a)) flags.set(a, true);
    else if (a.startsWith("-")) throw new UsageError(`unknown option ${a}`);
    else positional.push(a);
  }
  return { positional, flags };
}

/** Writes a file whole or not at all. */
function writeAtomic(path: string, text: string) {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

function readCases(path: string): Case[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new Error(`${path}: cannot read the cases: ${(e as Error).message}`);
  }
  const parsed = CasesFile.safeParse(raw);
  if (!parsed.success) throw new Error(`${path}: not a cases file:\n  ${issueLines(parsed.error).slice(0, 20).join("\n  ")}`);
  return parsed.data.cases;
}

async function loadIngest(module: string): Promise<IngestFn> {
  const m = (await import(pathToFileURL(resolve(module)).href)) as { ingestBytes?: IngestFn };
  if (typeof m.ingestBytes !== "function") throw new Error(`${module}: exports no ingestBytes`);
  return m.ingestBytes;
}

async function main(argv: readonly string[]): Promise<number> {
  const { positional, flags } = parse(argv);
  if (flags.has("--help")) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const datasetPath = resolve((flags.get("--dataset") as string | undefined) ?? DEFAULT_DATASET);
  if (positional[0] === "cases") {
    const pages = positional[1];
    if (!pages || positional.length > 2) throw new UsageError("eval cases needs one folder of retrieved pages");
    const dataset = loadDataset(datasetPath);
    const { cases, problems } = casesFromPages(resolve(pages));
    const all = [seedCase(dataset, repoRoot), ...cases];
    const out = resolve((flags.get("--out") as string | undefined) ?? DEFAULT_CASES);
    const file: CasesFile = {
      about:
        "Cases of the ingest evaluation: each retrieved page's address, the search query (corpus `pages`) that returns it, the SHA-256 and length of the copy, the dataset meeting and source ids it documents, and the defects and quotations annotated on it (offsets in code points). No page text: rebuild the folder of texts by running each query and saving the page's excerpt as <id>.txt (checked against sha256), then run `pnpm --filter @briefings/ingest eval <folder>`.",
      generated: new Date().toISOString().slice(0, 10),
      cases: all,
    };
    writeAtomic(out, `${JSON.stringify(file, null, 2)}\n`);
    process.stdout.write(`${all.length} cases written to ${out} (the seed and ${cases.length} pages)\n`);
    for (const p of problems) process.stderr.write(`skipped ${p.file}: ${p.message}\n`);
    if (problems.length > 0) {
      process.stderr.write(`${new Set(problems.map((p) => p.file)).size} page record(s) skipped: fix them and run again\n`);
      return 1;
    }
    return 0;
  }
  const folder = positional[0];
  if (!folder || positional.length > 1) throw new UsageError("eval needs one folder of texts");
  const dataset = loadDataset(datasetPath);
  let cases = readCases(resolve((flags.get("--cases") as string | undefined) ?? DEFAULT_CASES));
  const only = flags.get("--only");
  if (typeof only === "string") {
    const ids = new Set(only.split(","));
    cases = cases.filter((c) => ids.has(c.id));
    if (cases.length === 0) throw new UsageError(`--only: no case has the id(s) ${only}`);
  }
  const { ingestBytes } = await import("../src");
  const common = { folder: resolve(folder), repoRoot, dataset, includeDrafts: flags.has("--include-drafts"), noHoldout: flags.has("--no-holdout") };
  const load = loadavg().map((n) => n.toFixed(2)).join(", ");
  const beforeModule = flags.get("--before");
  const before = typeof beforeModule === "string" ? { label: "before", run: runEval(cases, { ...common, ingest: await loadIngest(beforeModule) }) } : undefined;
  const run = runEval(cases, { ...common, ingest: ingestBytes, ...(process.stderr.isTTY ? { onCase: (id: string, i: number, n: number) => process.stderr.write(`\r${i + 1}/${n} ${id.slice(0, 60).padEnd(60)}`) } : {}) });
  if (process.stderr.isTTY) process.stderr.write(`\r${" ".repeat(80)}\r`);
  process.stdout.write(renderTerminal(run, flags.has("--verbose")));
  const reportPath = flags.get("--report") ?? (flags.has("--write") ? DEFAULT_REPORT : undefined);
  if (typeof reportPath === "string") {
    const meta = {
      command: `pnpm --filter @briefings/ingest eval ${argv.filter((a) => a !== "--").join(" ")}`,
      datasetPath: datasetPath.startsWith(`${repoRoot}/`) ? datasetPath.slice(repoRoot.length + 1) : datasetPath,
      meetings: { all: dataset.meetings.length, curated: dataset.meetings.filter((m) => m.review?.state === "curated").length },
      cases: cases.length,
      when: new Date().toISOString().slice(0, 16).replace("T", " "),
      load,
    };
    writeAtomic(resolve(reportPath), renderMarkdown(run, meta, before));
    process.stdout.write(`report written to ${reportPath}\n`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof UsageError) {
      process.stderr.write(`eval: ${e.message}\n\n${USAGE}\n`);
      process.exit(2);
    }
    process.stderr.write(`eval: ${(e as Error).message}\n`);
    process.exit(1);
  },
);
