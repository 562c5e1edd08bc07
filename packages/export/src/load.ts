// Loading a dataset file given on the command line: core's loader (a regular file up to a size limit,
// bounded nesting, validated with the schemas and every rule, problems located and capped).
import { checkDataText, loadDataFile, type FileCheck } from "@briefings/core/validate";

/** The outcome of loading a dataset file: the dataset, or its first problems and how many more there are. */
export type LoadResult = FileCheck;

/** Validates the text of a dataset file; on success returns the parsed dataset (defaults filled in). */
export function loadDatasetText(file: string, text: string): LoadResult {
  return checkDataText(file, text);
}

/** Reads and validates a dataset file. A file that cannot be read is one problem at line 1. */
export function loadDatasetFile(file: string): Promise<LoadResult> {
  return loadDataFile(file);
}
