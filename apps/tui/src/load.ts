// Loading another dataset file (--data / BRIEFINGS_DATASET) with core's loader: a regular file up to a
// size limit, bounded nesting, validated; or every reason it cannot be used (capped, with a count).
import type { Dataset } from "@briefings/core";

/** A loaded dataset, or the reasons it cannot be used: lines to print (neutralised by the caller). */
export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; errors: string[]; total: number };

/** Reads and validates a dataset file (schemas and every cross-record rule of `@briefings/core/validate`). */
export async function loadDatasetFile(file: string): Promise<LoadResult> {
  // The validator loads zod: only when another file is asked for, so the default start-up stays light.
  const { formatFileProblem, formatMoreProblems, loadDataFile } = await import("@briefings/core/validate");
  const check = await loadDataFile(file);
  if (check.ok) return { ok: true, dataset: check.dataset };
  const errors = check.problems.map(formatFileProblem);
  const more = formatMoreProblems(file, check.more, check.problems.length);
  if (more) errors.push(more);
  return { ok: false, errors, total: check.problems.length + check.more };
}
