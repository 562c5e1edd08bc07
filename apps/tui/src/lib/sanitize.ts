// The data boundary of the terminal UI: every string of the dataset is neutralised for a terminal
// (`neutralize` of `@briefings/core/text`) before any screen or command sees it.
import type { Dataset } from "@briefings/core";
import { neutralizeDeep } from "@briefings/core/text";

declare const safeBrand: unique symbol;

/** A dataset whose every string has been neutralised for a terminal: the only kind screens and commands accept. */
export type SafeDataset = Dataset & { readonly [safeBrand]: true };

/** The data boundary: the dataset neutralised (copied only where it had to change), branded so screens cannot be handed raw data. */
export function sanitizeDataset(dataset: Dataset): SafeDataset {
  const safe = neutralizeDeep(dataset, "terminal") as SafeDataset;
  safeDatasets.add(safe);
  return safe;
}

/** The datasets `sanitizeDataset` returned (the brand is a type only: this is how code knows at run time). */
export const safeDatasets = new WeakSet<object>();
