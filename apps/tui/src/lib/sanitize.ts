// The data boundary of the terminal UI: every string of the dataset is neutralised for a terminal
// (`neutralize` of `@briefings/core/text`) before any screen or command sees it.
import type { Dataset } from "@briefings/core";
import { neutralizeDeep } from "@briefings/core/text";

declare const safeBrand: unique symbol;

/** A dataset whose every string has been neutralised for a terminal: the only kind screens and commands accept. */
export type SafeDataset = Dataset & { readonly [safeBrand]: true };

/** The data boundary: the dataset neutralised (copied only where it had to change), branded so screens cannot be handed raw data. */
export function sanitizeDataset(dataset: Dataset): SafeDataset {
  return neutralizeDeep(dataset, "terminal") as SafeDataset;
}
