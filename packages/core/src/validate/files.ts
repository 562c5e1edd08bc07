// Data files: read (bounded), parsed (bounded depth), validated, and every problem located by line and
// column, with the number of problems reported capped so that a file of a million errors prints a page.
import { parseTree } from "jsonc-parser";
import type { Dataset } from "../schemas/dataset";
import { formatPath } from "./problem";
import { LineIndex, locatePath, syntaxErrors, type Position } from "./locate";
import { readDataFile } from "./read";
import { validateDataset } from "./validate-dataset";

/** One problem of one file, located. */
export interface FileProblem {
  file: string;
  /** Where in the file (1-based line and column). */
  position: Position;
  /** Field path in the dataset (`meetings[0].title`), or empty for a syntax error. */
  path: string;
  message: string;
  /** The rule broken: `read`, `syntax`, `schema`, or a cross-record rule id. */
  rule: string;
}

/** Most problems listed per file; the others are counted (`more`). */
export const MAX_PROBLEMS_REPORTED = 100;

/** A data file checked: the dataset when it is valid, else its first problems and how many more there are. */
export type FileCheck =
  | {
      ok: true;
      /** The dataset as the schemas parse it (defaults filled in). */
      dataset: Dataset;
      /** The file's JSON as written (`JSON.parse` of its text): it lacks what `dataset` got from defaults. */
      input: unknown;
      problems: [];
      more: 0;
    }
  | { ok: false; problems: FileProblem[]; /** Problems found but not listed. */ more: number };

/** Options of `checkDataText` and `loadDataFile`. */
export interface CheckOptions {
  /** Most problems listed (default `MAX_PROBLEMS_REPORTED`). */
  maxProblems?: number;
  /** Called before each validation step (the schemas, then each rule): for a progress bar. */
  progress?: ((step: string, done: number, total: number) => void) | undefined;
}

/** Checks the text of a data file: syntax (with bounded nesting), then the schemas and every rule. */
export function checkDataText(file: string, text: string, options: CheckOptions = {}): FileCheck {
  const keep = options.maxProblems ?? MAX_PROBLEMS_REPORTED;
  const syntax = syntaxErrors(text, keep);
  if (syntax.total > 0) {
    const problems = syntax.errors.map((e) => ({ file, position: e.position, path: "", message: `invalid JSON: ${e.message}`, rule: "syntax" }));
    return { ok: false, problems, more: syntax.total - problems.length };
  }
  const input: unknown = JSON.parse(text);
  const result = validateDataset(input, undefined, { progress: options.progress });
  if (result.ok) return { ok: true, dataset: result.dataset, input, problems: [], more: 0 };
  const tree = parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
  const lines = new LineIndex(text);
  const problems = result.problems.slice(0, keep).map((p) => ({
    file,
    position: locatePath(text, tree, p.path, lines),
    path: formatPath(p.path),
    message: p.message,
    rule: p.rule,
  }));
  return { ok: false, problems, more: result.problems.length - problems.length };
}

/** Reads (see `readDataFile`: regular files up to a size limit) and checks a data file. */
export async function loadDataFile(file: string, options: CheckOptions = {}): Promise<FileCheck> {
  const read = await readDataFile(file);
  if (!read.ok) return { ok: false, problems: [read.problem], more: 0 };
  return checkDataText(file, read.text, options);
}

/** Validates the text of one dataset file and locates its problems (at most `MAX_PROBLEMS_REPORTED`). */
export function validateFileText(file: string, text: string): FileProblem[] {
  return checkDataText(file, text).problems;
}

/** Formats a problem as a compiler would: `file:line:column  path: message [rule]`. */
export function formatFileProblem(p: FileProblem): string {
  return `${p.file}:${p.position.line}:${p.position.column}  ${p.path ? `${p.path}: ` : ""}${p.message} [${p.rule}]`;
}

/** The line that says how many problems of a file were not listed, or `undefined` when all were. */
export function formatMoreProblems(file: string, more: number, listed: number): string | undefined {
  if (more <= 0) return undefined;
  return `${file}: and ${more.toLocaleString("en-US")} more problem${more === 1 ? "" : "s"} (the first ${listed} are listed)`;
}
