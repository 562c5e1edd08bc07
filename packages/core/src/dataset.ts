import { DATASET_JSON } from "./generated/dataset";
import type { Dataset } from "./schemas/dataset";

/**
 * The curated dataset. It was validated (schemas and every rule) when it was generated, so importing
 * it does not load zod or re-validate: it is one `JSON.parse`. Treat it as immutable.
 */
export const dataset: Dataset = JSON.parse(DATASET_JSON) as Dataset;
