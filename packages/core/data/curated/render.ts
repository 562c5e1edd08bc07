import type { Dataset } from "../../src/schemas";

/** The text of src/generated/dataset.json for a validated dataset: compact JSON, newline at the end. */
export function renderDatasetJson(dataset: Dataset): string {
  return `${JSON.stringify(dataset)}\n`;
}
