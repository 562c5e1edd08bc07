// Loading a dataset file given on the command line: parsed, validated (schemas and every rule), and
// every problem located by line and column.
import { readFile } from "node:fs/promises";
import type { Dataset } from "@briefings/core";
import { formatPath, locatePath, parseJson, validateDataset, type FileProblem } from "@briefings/core/validate";

/** The outcome of loading a dataset file. */
export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; problems: FileProblem[] };

/** Validates the text of a dataset file; on success returns the parsed dataset (defaults filled in). */
export function loadDatasetText(file: string, text: string): LoadResult {
  const { tree, errors } = parseJson(text);
  if (errors.length > 0) {
    return { ok: false, problems: errors.map((e) => ({ file, position: e.position, path: "", message: `invalid JSON: ${e.message}`, rule: "syntax" })) };
  }
  const result = validateDataset(JSON.parse(text));
  if (result.ok) return { ok: true, dataset: result.dataset };
  return {
    ok: false,
    problems: result.problems.map((p) => ({ file, position: locatePath(text, tree, p.path), path: formatPath(p.path), message: p.message, rule: p.rule })),
  };
}

/** Reads and validates a dataset file. A file that cannot be read is one problem at line 1. */
export async function loadDatasetFile(file: string): Promise<LoadResult> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    return { ok: false, problems: [{ file, position: { line: 1, column: 1 }, path: "", message: `cannot read: ${(error as Error).message}`, rule: "read" }] };
  }
  return loadDatasetText(file, text);
}
