// Runs the ingest on every case whose text is in the folder and whose meetings are in the dataset,
// and scores each draft against the record.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { indexById, type Dataset } from "@briefings/core";
import type { IngestOptions, IngestOutcome } from "../src";
import type { Case } from "./case";
import { holdOut, type LooseDataset } from "./dataset";
import { FIELDS, scoreCase, sum, type CaseScore, type Counts, type Field, type Tallies } from "./score";

/** The function under test: the ingest's `ingestBytes`. */
export type IngestFn = (bytes: Uint8Array, options?: IngestOptions) => IngestOutcome;

/** Why a case was not scored. */
export interface Pending {
  id: string;
  reason: string;
}

/** Options of {@link runEval}. */
export interface RunOptions {
  /** The folder of page texts (`<id>.txt`). */
  folder: string;
  /** The repository root (for cases whose text the repo stores). */
  repoRoot: string;
  /** The curated dataset. */
  dataset: LooseDataset;
  /** The ingest. */
  ingest: IngestFn;
  /** Score against meetings still in review state `draft` too. */
  includeDrafts?: boolean;
  /** Run the ingest against the whole dataset instead of the dataset without the page's meetings. */
  noHoldout?: boolean;
  /** Called after each case (progress). */
  onCase?: (id: string, i: number, n: number) => void;
}

/** The outcome of a run: the scores of its cases, and their tallies summed. */
export interface EvalRun extends Tallies {
  scores: CaseScore[];
  pending: Pending[];
  totals: Record<Field, Counts>;
  cleanPages: number;
  /** Milliseconds spent in the ingest, over all cases. */
  ingestMs: number;
  /** Bytes ingested. */
  bytes: number;
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** Runs and scores every case it can; says why for each one it cannot. */
export function runEval(cases: readonly Case[], options: RunOptions): EvalRun {
  const scores: CaseScore[] = [];
  const pending: Pending[] = [];
  let ingestMs = 0;
  let bytesIn = 0;
  let cleanPages = 0;
  const meetingById = indexById(options.dataset.meetings);
  cases.forEach((c, i) => {
    options.onCase?.(c.id, i, cases.length);
    if (c.meetings.length === 0) return void pending.push({ id: c.id, reason: "the page's record names no meeting yet" });
    const missing = c.meetings.filter((id) => !meetingById.has(id));
    if (missing.length === c.meetings.length) return void pending.push({ id: c.id, reason: `not in the dataset yet: ${missing.join(", ")}` });
    const drafts = c.meetings.filter((id) => meetingById.get(id)?.review?.state === "draft");
    if (!options.includeDrafts && drafts.length > 0) return void pending.push({ id: c.id, reason: `still a draft in the record: ${drafts.join(", ")}` });
    const path = c.file ? join(options.repoRoot, c.file) : join(options.folder, `${c.id}.txt`);
    if (!existsSync(path)) return void pending.push({ id: c.id, reason: `no text at ${path}` });
    const bytes = readFileSync(path);
    if (sha256(bytes) !== c.sha256) return void pending.push({ id: c.id, reason: `the text at ${path} is not the copy of the case (sha256 differs)` });
    const linked = options.noHoldout ? options.dataset : holdOut(options.dataset, c.meetings);
    const t = performance.now();
    const out = options.ingest(bytes, { dataset: linked as unknown as Dataset, url: c.url, fileName: `${c.id}.txt`, retrieved: c.retrieved ?? "2026-01-01" });
    ingestMs += performance.now() - t;
    bytesIn += bytes.length;
    if (!out.ok) return void pending.push({ id: c.id, reason: `the ingest refused the text: ${out.error.message}` });
    if (c.clean) cleanPages++;
    scores.push(scoreCase({ c, text: bytes.toString("utf8"), result: out.result, dataset: options.dataset, linked }));
  });
  const totals = Object.fromEntries(FIELDS.map((f) => [f, sum(scores.map((s) => s.counts[f]))])) as Record<Field, Counts>;
  const add = (pick: (s: CaseScore) => { right: number; total: number }) => scores.reduce((a, s) => ({ right: a.right + pick(s).right, total: a.total + pick(s).total }), { right: 0, total: 0 });
  return {
    scores,
    pending,
    totals,
    posts: add((s) => s.posts),
    orgs: add((s) => s.orgs),
    wrongSpeaker: scores.reduce((a, s) => a + s.wrongSpeaker, 0),
    namedQuotes: add((s) => s.namedQuotes),
    injected: scores.reduce((a, s) => ({ whole: a.whole + s.injected.whole, cut: a.cut + s.injected.cut, total: a.total + s.injected.total }), { whole: 0, cut: 0, total: 0 }),
    repairsOnClean: scores.reduce((a, s) => a + s.repairsOnClean, 0),
    cleanPages,
    ingestMs,
    bytes: bytesIn,
  };
}
