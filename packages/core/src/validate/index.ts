// @briefings/core/validate: the schemas plus every cross-record rule, and file-level reports.
export { formatPath, type Path, type Problem, type Rule } from "./problem";
export * from "./rules";
export { parseDataset, validateDataset, type ValidateOptions, type ValidationResult } from "./validate-dataset";
export {
  checkDataText,
  loadDataFile,
  validateFileText,
  formatFileProblem,
  formatMoreProblems,
  MAX_PROBLEMS_REPORTED,
  type CheckOptions,
  type FileCheck,
  type FileProblem,
} from "./files";
export { readDataFile, formatBytes, MAX_DATA_FILE_BYTES, type ReadDataResult } from "./read";
export { findTooDeep, locatePath, parseJson, positionAt, syntaxErrors, LineIndex, MAX_JSON_DEPTH, type Position, type SyntaxErrors } from "./locate";
