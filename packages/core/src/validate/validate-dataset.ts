// Validation of a whole dataset: the zod schemas first, then every cross-record rule.
import type * as z from "zod";
import { Dataset } from "../schemas/dataset";
import { type Accepts, compileAccepts, UnsupportedSchema } from "./accepts";
import type { Path, Problem, Rule } from "./problem";
import { ruleContext } from "./context";
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

let acceptsDataset: Accepts | null | undefined;
/** The dataset schema's fast path (see accepts.ts), compiled on first use; `null` if the schema has a feature it does not model. */
function fastPath(): Accepts | null {
  if (acceptsDataset === undefined) {
    try {
      acceptsDataset = compileAccepts(Dataset);
    } catch (error) {
      if (!(error instanceof UnsupportedSchema)) throw error;
      acceptsDataset = null;
    }
  }
  return acceptsDataset;
}

/**
 * `Dataset.safeParse(input)`, except that input which is valid and already in zod's output form (every
 * key in the schema's order, defaults present, strings as zod leaves them) is returned as it is, without
 * zod copying it: the same data zod would give. Anything else goes to zod, with its messages and paths.
 */
export function parseDataset(input: unknown): { success: true; data: Dataset } | { success: false; error: z.ZodError } {
  const accepts = fastPath();
  if (accepts?.(input)) return { success: true, data: input as Dataset };
  return Dataset.safeParse(input);
}

/** Options of `validateDataset`. */
export interface ValidateOptions {
  /** Called before each step (`schemas`, then each rule's id) with the steps done and their number: for a progress bar. */
  progress?: ((step: string, done: number, total: number) => void) | undefined;
}

/**
 * Validates `input` (parsed JSON or objects) against the schemas, then the rules; reports every problem.
 * The `dataset` returned is `input` itself when it was already valid and in zod's output form (see `parseDataset`).
 */
export function validateDataset(input: unknown, rules: readonly Rule[] = RULES, options: ValidateOptions = {}): ValidationResult {
  const total = rules.length + 1;
  options.progress?.("schemas", 0, total);
  const parsed = parseDataset(input);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.flatMap(schemaProblems) };
  }
  // The indexes the rules share are built once for all of them.
  const context = ruleContext(parsed.data);
  const problems = rules.flatMap((rule, i) => {
    options.progress?.(rule.id, i + 1, total);
    return rule.check(parsed.data, context);
  });
  options.progress?.("done", total, total);
  return problems.length === 0 ? { ok: true, dataset: parsed.data, problems: [] } : { ok: false, dataset: parsed.data, problems };
}
