import type { Dataset } from "../../src/schemas";
import { asciiJson } from "../../src/text/json-escape";

/**
 * The text of src/generated/dataset.json for a validated dataset: compact JSON in ASCII (every other character as a
 * `\u` escape, so the library's import decodes it on Node's fast path), newline at the end.
 */
export function renderDatasetJson(dataset: Dataset): string {
  return `${asciiJson(dataset)}\n`;
}
