// A dataset made ready for the browser in two parts: what the first frame needs, at once (the list's
// rows, neutralised), and the rest in small steps after it (the whole dataset neutralised, the lookup
// tables, the filter's rows and its index, one segment at a time), so that at 10,000 briefings the list
// is on screen after reading and parsing the file, and a key pressed meanwhile waits for one step only.
import { lookup } from "@briefings/core";
import type { Dataset } from "@briefings/core";
import type { SegmentedIndex } from "@briefings/core/search";
import { neutralize, neutralizeDeep } from "@briefings/core/text";
import { briefingRowSteps, rowSearchIndex, type BriefingRow } from "./filter";
import type { StagedMeetings } from "../load";
import { listRows, summaryRow, type ListRow } from "./list-rows";
import { safeDatasets, type SafeDataset } from "./sanitize";

/** Rows the filter's index takes in one step (one segment). */
export const SEGMENT_ROWS = 64;

/** A dataset being made ready for the browser. */
export interface Prepared {
  /** The list's rows, neutralised for a terminal, newest first: ready for the first frame. */
  readonly rows: readonly ListRow[];
  /** The dataset neutralised for a terminal (`sanitizeDataset`'s result): finished at once if it is not yet. */
  safe(): SafeDataset;
  /** The filter's index of `rows` (same order), while and after it grows; `undefined` before it starts. */
  readonly index: SegmentedIndex<BriefingRow> | undefined;
  /**
   * Whether the detail screens can be built without waiting: the dataset is parsed and neutralised and its
   * lookup tables are built (the filter's index may still be growing).
   */
  readonly detailed: boolean;
  /** Whether every step is done. */
  readonly done: boolean;
  /** Runs steps until `budgetMs` milliseconds have passed or everything is done; returns `done`. */
  step(budgetMs: number): boolean;
}

/** The neutralised form of a dataset, computed one record at a time; returns it (the input itself when nothing changed, as `neutralizeDeep`). */
function* sanitizeSteps(raw: Dataset): Generator<void, SafeDataset> {
  const record = raw as unknown as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  const keys = Object.keys(record);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const value = record[key];
    let safe: unknown;
    if (Array.isArray(value)) {
      let copy: unknown[] | undefined;
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        const clean = neutralizeDeep(item, "terminal");
        if (copy !== undefined) copy[i] = clean;
        else if (clean !== item) {
          copy = value.slice();
          copy[i] = clean;
        }
        yield;
      }
      safe = copy ?? value;
    } else safe = neutralizeDeep(value, "terminal");
    const safeKey = neutralize(key, "terminal");
    if (out === undefined && (safe !== value || safeKey !== key)) {
      out = {};
      for (let j = 0; j < k; j++) out[keys[j]!] = record[keys[j]!];
    }
    if (out !== undefined) out[safeKey] = safe;
  }
  return (out ?? raw) as SafeDataset;
}

/**
 * Prepares a dataset straight from a file (whole, or its meetings first and the rest to parse), or one
 * already neutralised: the list's rows now, everything else by `step`.
 */
export function prepareDataset(input: Dataset | SafeDataset | StagedMeetings): Prepared {
  const staged = "rest" in input ? input : undefined;
  let raw: Dataset | undefined = staged ? undefined : (input as Dataset);
  const isSafe = raw !== undefined && safeDatasets.has(raw);
  // Rows are flat records of strings: neutralised one by one, they are what sanitizing the dataset would give.
  // A trusted file's proof may carry the rows' summaries: then nothing of the file is parsed before the first frame.
  const unsafeRows = staged && "summaries" in staged ? staged.summaries.map(summaryRow) : listRows(staged ? staged.first : raw!);
  const rows = isSafe ? unsafeRows : unsafeRows.map((row) => neutralizeDeep(row, "terminal"));
  let safe: SafeDataset | undefined;
  let index: SegmentedIndex<BriefingRow> | undefined;
  let detailed = false;
  let done = false;
  function* all(): Generator<void, void> {
    // A file trusted by its proof: the rest of it parsed first, a chunk of records per step.
    if (staged) raw = yield* staged.rest;
    if (isSafe) safe = raw as SafeDataset;
    else {
      const clean = yield* sanitizeSteps(raw!);
      safeDatasets.add(clean);
      safe = clean;
    }
    yield;
    // The lookup tables the detail screens use (one step: core builds them in one pass).
    lookup(safe);
    detailed = true;
    yield;
    const filterRows = yield* briefingRowSteps(safe, rows);
    index = rowSearchIndex(filterRows);
    while (!index.complete) {
      index.grow(SEGMENT_ROWS);
      yield;
    }
  }
  const steps = all();
  const advance = (): boolean => {
    if (!done && steps.next().done) done = true;
    return done;
  };
  return {
    rows,
    get index() {
      return index;
    },
    get detailed() {
      return detailed;
    },
    get done() {
      return done;
    },
    safe() {
      while (safe === undefined) advance();
      return safe;
    },
    step(budgetMs) {
      const end = performance.now() + budgetMs;
      while (!advance() && performance.now() < end);
      return done;
    },
  };
}
