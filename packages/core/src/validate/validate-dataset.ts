// Validation of a whole dataset: the zod schemas first, then every cross-record rule.
import type * as z from "zod";
import { Dataset } from "../schemas/dataset";
import type { Path, Problem, Rule } from "./problem";
import { RULES } from "./rules";

/** The outcome of validating a dataset. */
export type ValidationResult =
  | { ok: true; dataset: Dataset; problems: [] }
  | { ok: false; dataset?: Dataset; problems: Problem[] };

/** The problems of one zod issue: an unknown key (objects are strict) is reported at its own path. */
function schemaProblems(issue: z.core.$ZodIssue): Problem[] {
  const path = issue.path as Path;
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({ rule: "schema", path: [...path, key], message: "unknown key: not a field of this record (a typo?)" }));
  }
  return [{ rule: "schema", path, message: issue.message }];
}

/** Validates `input` (parsed JSON or objects) against the schemas, then the rules; reports every problem. */
export function validateDataset(input: unknown, rules: readonly Rule[] = RULES): ValidationResult {
  const parsed = Dataset.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.flatMap(schemaProblems) };
  }
  const problems = rules.flatMap((rule) => rule.check(parsed.data));
  return problems.length === 0 ? { ok: true, dataset: parsed.data, problems: [] } : { ok: false, dataset: parsed.data, problems };
}
