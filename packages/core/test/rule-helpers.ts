// Helpers for rule tests: a fresh, mutable copy of the valid curated dataset.
import { dataset } from "../src/dataset";
import type { Dataset } from "../src/schemas/dataset";
import type { Problem } from "../src/validate/problem";

/** A deep copy of the curated dataset, safe to break. */
export function copyOfDataset(): Dataset {
  return structuredClone(dataset);
}

/** The problems as `path: message` lines, for readable assertions. */
export function described(problems: Problem[]): string[] {
  return problems.map((p) => `${p.path.join(".")}: ${p.message}`);
}
