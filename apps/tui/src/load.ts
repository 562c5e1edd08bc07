// Loading another dataset file (--data / BRIEFINGS_DATASET) through core: a regular file up to a size
// limit, read once. A file that carries proof that this validator already accepted it (core's
// `<file>.verified.json`) is only parsed; another is validated (bounded nesting, with a progress bar on
// a terminal) and gets its proof when valid; or every reason it cannot be used (capped, with a count).
import type { Dataset } from "@briefings/core";
import { neutralize } from "@briefings/core/text";
import { loadDatasetFileStaged, type MeetingSummary, type StagedDataset } from "@briefings/core/trust";

/**
 * A dataset parsed in parts (a trusted file whose proof records its layout): the meetings' summaries from
 * the proof (nothing of the file parsed yet) or the meetings parsed, now; the rest by `rest`.
 */
export type StagedMeetings = Pick<StagedDataset, "rest"> & ({ summaries: readonly MeetingSummary[] } | { first: Pick<Dataset, "meetings"> });

/**
 * A loaded dataset (whole, or its meetings first when the file is trusted), or the reasons it cannot be
 * used: lines to print (neutralised by the caller).
 */
export type LoadResult = { ok: true; dataset: Dataset | StagedMeetings } | { ok: false; errors: string[]; total: number };

/** The whole dataset of a load: the rest of a staged one parsed at once. */
export function wholeDataset(dataset: Dataset | StagedMeetings): Dataset {
  if (!("rest" in dataset)) return dataset;
  for (;;) {
    const next = dataset.rest.next();
    if (next.done) return next.value;
  }
}

/** Where progress goes: a terminal gets a bar that redraws in place; anything else gets nothing. */
export interface ProgressOutput {
  isTTY?: boolean | undefined;
  columns?: number | undefined;
  write(text: string): unknown;
}

/** A progress bar for the validation steps, drawn on one line of `out` (when it is a terminal). */
export function progressBar(file: string, out: ProgressOutput | undefined): ((step: string, done: number, total: number) => void) | undefined {
  if (!out?.isTTY) return undefined;
  const width = 20;
  return (step, done, total) => {
    if (step === "done") {
      out.write("\r\x1b[2K");
      return;
    }
    const filled = Math.round((done / total) * width);
    const line = `validating ${file} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} ${step}`;
    out.write(`\r\x1b[2K${neutralize(line, "terminal").slice(0, Math.max(10, (out.columns ?? 80) - 1))}`);
  };
}

/**
 * Reads a dataset file; validates it (schemas and every cross-record rule) unless its proof matches. A
 * trusted file whose proof records its layout comes in parts: its meetings parsed, the rest to parse.
 */
export async function loadDatasetFile(file: string, progress: ProgressOutput | undefined = process.stderr): Promise<LoadResult> {
  const result = await loadDatasetFileStaged(file, ["meetings"], { progress: progressBar(file, progress), summaries: true });
  if (result.ok && "rest" in result) {
    // The list's lines are in the proof: the first frame needs nothing of the file parsed.
    if (result.summaries !== undefined) return { ok: true, dataset: { summaries: result.summaries, rest: result.rest } };
    const { meetings } = result.first;
    if (meetings !== undefined) return { ok: true, dataset: { first: { meetings }, rest: result.rest } };
    return { ok: true, dataset: wholeDataset({ first: { meetings: [] }, rest: result.rest }) };
  }
  if (result.ok) return { ok: true, dataset: result.dataset };
  // Located lines as the validator prints them (only on failure: the formatter comes with the validator).
  const { formatFileProblem, formatMoreProblems } = await import("@briefings/core/validate");
  const errors = result.problems.map(formatFileProblem);
  const more = formatMoreProblems(file, result.more, result.problems.length);
  if (more) errors.push(more);
  return { ok: false, errors, total: result.problems.length + result.more };
}
