// @briefings/core/validate: the schemas plus every cross-record rule, and file-level reports.
export { formatPath, type Path, type Problem, type Rule } from "./problem";
export * from "./rules";
export { validateDataset, type ValidateOptions, type ValidationResult } from "./validate-dataset";
export { validateFileText, formatFileProblem, type FileProblem } from "./files";
export { locatePath, parseJson, positionAt, type Position } from "./locate";
