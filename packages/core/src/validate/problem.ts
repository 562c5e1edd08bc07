import type { Dataset } from "../schemas/dataset";
import type { RuleContext } from "./context";

/** A path into the dataset, as zod reports it: keys and array indices. */
export type Path = (string | number)[];

/** One thing wrong with a dataset: which rule, where, and what. */
export interface Problem {
  /** Id of the rule (or `schema` for a schema error). */
  rule: string;
  /** Where in the dataset. */
  path: Path;
  /** What is wrong, in a sentence. */
  message: string;
}

/** A cross-record rule: something the schemas alone cannot express. */
export interface Rule {
  /** Stable id, used in reports. */
  id: string;
  /** What the rule requires, in a sentence. */
  description: string;
  /**
   * Returns every violation (an empty list when the dataset follows the rule). `context` holds indexes
   * shared by the rules of one validation (built for this call when not given).
   */
  check(dataset: Dataset, context?: RuleContext): Problem[];
}

/** Formats a path the way a reader writes it: `meetings[0].title.value`. */
export function formatPath(path: Path): string {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : out === "" ? key : `.${key}`;
  return out || "(root)";
}
