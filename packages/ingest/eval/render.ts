// The evaluation's report: Markdown for `eval/REPORT.md` (ids, kinds and numbers only: no words of
// the pages) and plain lines for the terminal (which may show the words, with --verbose).
import { neutralize } from "@briefings/core/text";
import type { EvalRun } from "./run";
import { caseF1, FIELDS, prf, type CaseScore, type Counts, type Field } from "./score";

const terminalSafe = (text: string) => neutralize(text, "terminal");

const f2 = (n: number) => n.toFixed(2);
const ratio = (r: { right: number; total: number }) => (r.total === 0 ? "n/a" : `${f2(r.right / r.total)} (${r.right}/${r.total})`);

/** What the issue asks of each number, and whether a run meets it. */
export function targets(run: EvalRun): { what: string; target: string; now: string; met: boolean }[] {
  const f = (field: Field) => prf(run.totals[field]);
  const share = (r: { right: number; total: number }) => (r.total === 0 ? 1 : r.right / r.total);
  return [
    { what: "date F1", target: "≥ 0.95", now: f2(f("date").f1), met: f("date").f1 >= 0.95 },
    { what: "type F1", target: "≥ 0.95", now: f2(f("type").f1), met: f("type").f1 >= 0.95 },
    { what: "title F1", target: "≥ 0.90", now: f2(f("title").f1), met: f("title").f1 >= 0.9 },
    { what: "speakers F1", target: "≥ 0.90", now: f2(f("speakers").f1), met: f("speakers").f1 >= 0.9 },
    { what: "post right, of found speakers", target: "≥ 0.85", now: ratio(run.posts), met: share(run.posts) >= 0.85 },
    { what: "organization right, of found speakers", target: "≥ 0.85", now: ratio(run.orgs), met: share(run.orgs) >= 0.85 },
    { what: "quotes recall", target: "≥ 0.90", now: f2(f("quotes").r), met: f("quotes").r >= 0.9 },
    { what: "quotes given to the wrong speaker", target: "0", now: String(run.wrongSpeaker), met: run.wrongSpeaker === 0 },
    { what: "injected tokens excised whole", target: "all", now: `${run.injected.cut}/${run.injected.total}`, met: run.injected.cut === run.injected.total },
    { what: "repairs on clean pages", target: "0", now: `${run.repairsOnClean} (${run.cleanPages} clean pages)`, met: run.repairsOnClean === 0 },
  ];
}

/** Not a target: of the injected tokens excised whole, how many read as the record's once the words they replaced are restored. */
export function injectedLine(run: EvalRun): string {
  return `Injected tokens: ${run.injected.cut}/${run.injected.total} excised whole (exactly the characters the record removes); ${run.injected.whole}/${run.injected.total} also read as the record's where the words a token replaced are restored.`;
}

/** Not a target: quotes recall split by whether the record names the speaker (a document's or an unnamed speaker's quotation cannot be given to a participant). */
export function namedQuotesLine(run: EvalRun): string {
  const all = run.totals.quotes.tp + run.totals.quotes.fn;
  return `Of ${all} annotated quotations, ${run.namedQuotes.total} have a speaker the record names; found with that speaker: ${ratio(run.namedQuotes)}.`;
}

const cell = (c: Counts) => (c.tp + c.fp + c.fn === 0 ? "·" : `${c.tp}/${c.fp}/${c.fn}`);
/** The worst cases first (lowest F1, then most misses). */
export const worst = (scores: readonly CaseScore[], n: number) => [...scores].sort((a, b) => caseF1(a) - caseF1(b) || b.misses.length - a.misses.length).slice(0, n);

/** Why a case's misses happened, as a category (kinds only, never the page's words). */
export type Cause = "guessed" | "missed" | "wrong" | "extra";
const CAUSE_LABEL: Readonly<Record<Cause, string>> = {
  guessed: "said a value the page does not state",
  missed: "found nothing where the record has a value",
  wrong: "found another value than the record's",
  extra: "said things the record does not have (figures, repairs, flags, speakers)",
};

/** The category of one miss. */
export function causeOf(m: CaseScore["misses"][number]): Cause {
  if (m.kind === "missed") return "missed";
  if (m.kind === "extra") return "extra";
  if (m.kind === "wrong" && m.detail.startsWith("the record does not take it from this page")) return "guessed";
  return "wrong";
}

/** The fields that failed in a case (any false positive or negative), in the report's order. */
export const failedFields = (s: CaseScore): Field[] => FIELDS.filter((f) => s.counts[f].fp + s.counts[f].fn > 0);

/** A case's main cause: the category with the most misses (ties: the order of {@link CAUSE_LABEL}), with the count of each. */
export function mainCause(s: CaseScore): { cause: Cause | undefined; counts: Record<Cause, number> } {
  const counts: Record<Cause, number> = { guessed: 0, missed: 0, wrong: 0, extra: 0 };
  for (const m of s.misses) counts[causeOf(m)]++;
  const order = Object.keys(CAUSE_LABEL) as Cause[];
  const top = order.reduce<Cause | undefined>((best, c) => (counts[c] > 0 && (best === undefined || counts[c] > counts[best]) ? c : best), undefined);
  return { cause: top, counts };
}

/** The "Worst ten cases" section: the ten lowest-F1 cases, the fields that failed and the main cause of each (ids, kinds and numbers only). */
export function renderWorstTen(scores: readonly CaseScore[]): string[] {
  const lines = ["## Worst ten cases", "", "The ten lowest-F1 cases; fields that failed (TP/FP/FN) and the main cause, counted from the misses (guessed / missed / wrong / extra).", ""];
  lines.push("| Case | F1 | Fields that failed | Main cause | guessed / missed / wrong / extra |", "| --- | ---: | --- | --- | --- |");
  for (const s of worst(scores, 10)) {
    const { cause, counts } = mainCause(s);
    const fields = failedFields(s).map((f) => `${f} ${cell(s.counts[f])}`).join(", ") || "none";
    lines.push(`| ${s.id} | ${f2(caseF1(s))} | ${fields} | ${cause ? CAUSE_LABEL[cause] : "none"} | ${counts.guessed} / ${counts.missed} / ${counts.wrong} / ${counts.extra} |`);
  }
  lines.push("");
  return lines;
}

/** Header facts of a report. */
export interface ReportMeta {
  /** The command that produced it. */
  command: string;
  /** Where the dataset was read. */
  datasetPath: string;
  /** Meetings in it (all, curated). */
  meetings: { all: number; curated: number };
  /** Cases in the cases file. */
  cases: number;
  /** ISO date-time. */
  when: string;
  /** Load average when the run started (the machine is shared). */
  load: string;
}

/** The Markdown report; `before` adds a column for a run of another ingest over the same cases. */
export function renderMarkdown(run: EvalRun, meta: ReportMeta, before?: { label: string; run: EvalRun }): string {
  const lines: string[] = [];
  lines.push("# Ingest evaluation", "");
  lines.push(
    "The ingest's draft of every retrieved page is scored against the curated record, field by field",
    "(`pnpm --filter @briefings/ingest eval <folder of texts>`; how each field is scored: `eval/README.md`).",
    "Counts are TP/FP/FN; this file holds ids, kinds and numbers only, no words of the pages.",
    "",
  );
  lines.push(`- Command: \`${meta.command}\``);
  lines.push(`- Run: ${meta.when}, load average ${meta.load} (2 cores, shared)`);
  lines.push(`- Dataset: \`${meta.datasetPath}\` (${meta.meetings.all} meetings, ${meta.meetings.curated} curated)`);
  lines.push(`- Cases: ${meta.cases} in \`eval/cases.json\`; ${run.scores.length} scored, ${run.pending.length} pending`);
  lines.push(`- Ingest time: ${(run.ingestMs / 1000).toFixed(1)} s for ${(run.bytes / 1024).toFixed(0)} KB (${(run.ingestMs / Math.max(1, run.bytes / 1024)).toFixed(1)} ms per KB, pages of a few KB: fixed costs dominate)`);
  lines.push("");
  lines.push("## Per field", "");
  const head = before ? `| Field | P | R | F1 | TP | FP | FN | F1 ${before.label} |` : "| Field | P | R | F1 | TP | FP | FN |";
  lines.push(head, `|${head.split("|").slice(1, -1).map((h, i) => (i === 0 ? " --- " : " ---: ")).join("|")}|`);
  for (const field of FIELDS) {
    const c = run.totals[field];
    const { p, r, f1 } = prf(c);
    lines.push(`| ${field} | ${f2(p)} | ${f2(r)} | ${f2(f1)} | ${c.tp} | ${c.fp} | ${c.fn} |${before ? ` ${f2(prf(before.run.totals[field]).f1)} |` : ""}`);
  }
  lines.push("");
  lines.push("## Against the issue's targets", "");
  const bt = before ? targets(before.run) : undefined;
  lines.push(before ? `| Measure | Target | Now | ${before.label} |` : "| Measure | Target | Now |", before ? "| --- | --- | --- | --- |" : "| --- | --- | --- |");
  targets(run).forEach((t, i) => lines.push(`| ${t.what} | ${t.target} | ${t.met ? "✅" : "❌"} ${t.now} |${bt ? ` ${bt[i]!.now} |` : ""}`));
  lines.push("", namedQuotesLine(run), "", injectedLine(run), "");
  lines.push("## Per case", "", "F1 over all fields; cells are TP/FP/FN (· nothing to find, nothing said).", "");
  lines.push(`| Case | F1 | ${FIELDS.join(" | ")} |`, `| --- | ---: | ${FIELDS.map(() => "---:").join(" | ")} |`);
  for (const s of [...run.scores].sort((a, b) => a.id.localeCompare(b.id))) lines.push(`| ${s.id} | ${f2(caseF1(s))} | ${FIELDS.map((f) => cell(s.counts[f])).join(" | ")} |`);
  lines.push("");
  lines.push(...renderWorstTen(run.scores));
  lines.push("### What each of them missed", "");
  for (const s of worst(run.scores, 10)) {
    lines.push(`#### ${s.id} (F1 ${f2(caseF1(s))})`, "");
    for (const m of s.misses) lines.push(`- ${m.field} ${m.kind}: ${m.detail}`);
    if (s.misses.length === 0) lines.push("- nothing missed");
    lines.push("");
  }
  if (run.pending.length > 0) {
    lines.push("## Pending (not scored)", "");
    for (const p of run.pending) lines.push(`- ${p.id}: ${p.reason}`);
    lines.push("");
  }
  return `${lines.join("\n")}\n`;
}

/** Plain lines for the terminal; `verbose` adds every miss with its words. */
export function renderTerminal(run: EvalRun, verbose: boolean): string {
  const lines: string[] = [];
  lines.push(`${run.scores.length} cases scored, ${run.pending.length} pending`);
  lines.push("field       P     R     F1    TP   FP   FN");
  for (const field of FIELDS) {
    const c = run.totals[field];
    const { p, r, f1 } = prf(c);
    lines.push(`${field.padEnd(10)} ${f2(p)}  ${f2(r)}  ${f2(f1)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}`);
  }
  for (const t of targets(run)) lines.push(`${t.met ? "ok  " : "MISS"} ${t.what}: ${t.now} (target ${t.target})`);
  lines.push(namedQuotesLine(run), injectedLine(run));
  lines.push("", "per case (F1):");
  for (const s of [...run.scores].sort((a, b) => caseF1(a) - caseF1(b))) {
    lines.push(`  ${f2(caseF1(s))} ${terminalSafe(s.id)}  ${FIELDS.map((f) => `${f}=${cell(s.counts[f])}`).join(" ")}`);
    if (verbose) for (const m of s.misses) lines.push(`       ${m.field} ${m.kind}: ${terminalSafe(m.detail)}${m.text ? ` — ${terminalSafe(m.text)}` : ""}`);
  }
  for (const p of run.pending) lines.push(`  pending ${terminalSafe(p.id)}: ${terminalSafe(p.reason)}`);
  return `${lines.join("\n")}\n`;
}
