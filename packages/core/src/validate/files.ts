import { formatPath } from "./problem";
import { locatePath, parseJson, type Position } from "./locate";
import { validateDataset } from "./validate-dataset";

/** One problem of one file, located. */
export interface FileProblem {
  file: string;
  /** Where in the file (1-based line and column). */
  position: Position;
  /** Field path in the dataset (`meetings[0].title`), or empty for a syntax error. */
  path: string;
  message: string;
  /** The rule broken: `syntax`, `schema`, or a cross-record rule id. */
  rule: string;
}

/** Validates the text of one dataset file and locates every problem in it. */
export function validateFileText(file: string, text: string): FileProblem[] {
  const { tree, errors } = parseJson(text);
  if (errors.length > 0) {
    return errors.map((e) => ({ file, position: e.position, path: "", message: `invalid JSON: ${e.message}`, rule: "syntax" }));
  }
  const result = validateDataset(JSON.parse(text));
  return result.problems.map((p) => ({
    file,
    position: locatePath(text, tree, p.path),
    path: formatPath(p.path),
    message: p.message,
    rule: p.rule,
  }));
}

/** Formats a problem as a compiler would: `file:line:column  path: message [rule]`. */
export function formatFileProblem(p: FileProblem): string {
  return `${p.file}:${p.position.line}:${p.position.column}  ${p.path ? `${p.path}: ` : ""}${p.message} [${p.rule}]`;
}
