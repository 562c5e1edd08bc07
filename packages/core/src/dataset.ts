import data from "./generated/dataset.json" with { type: "json" };
import type { Dataset } from "./schemas/dataset";

/**
 * The curated dataset. It was validated (schemas and every rule) when it was generated, so importing
 * it does not load zod or re-validate: the runtime reads it as a JSON module (one JSON parse). Treat
 * it as immutable.
 */
export const dataset: Dataset = data as unknown as Dataset;
