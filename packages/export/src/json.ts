// The whole dataset as one canonical JSON file (dataset.json), streamed.
import type { Dataset } from "@briefings/core";
import { canonicalJson, objectChunks, type Chunk, type TextCache } from "./canonical";
import { writeChunks } from "./stream";

/**
 * The canonical JSON text of the dataset, in chunks: keys sorted recursively (RFC 8785 order), arrays in
 * dataset order, UTF-8, a newline at the end. Equal to `datasetJson(dataset, pretty)`, but produced one
 * record at a time (text, and the cached records' UTF-8 bytes). `texts`: the records' compact texts, shared with the other formats of an export.
 */
export function datasetJsonChunks(dataset: Dataset, pretty = false, texts?: TextCache): Generator<Chunk> {
  return objectChunks(dataset, pretty, texts);
}

/** The dataset as one canonical JSON string (for small datasets and tests). */
export function datasetJson(dataset: Dataset, pretty = false): string {
  return `${canonicalJson(dataset, pretty)}\n`;
}

/** Writes the dataset's canonical JSON to `file`. */
export async function writeDatasetJson(file: string, dataset: Dataset, pretty = false, texts?: TextCache): Promise<void> {
  await writeChunks(file, datasetJsonChunks(dataset, pretty, texts));
}
