// Newline-delimited JSON: one entity per line, streamed.
import type { Dataset } from "@briefings/core";
import { canonicalJson, compactChunks, type Chunk, type TextCache } from "./canonical";
import { ENTITY_COLLECTIONS, ENTITY_TYPES, datasetMetadata } from "./entities";
import { writeChunks, type Chunks } from "./stream";

/** One NDJSON line: `{"data":{...},"type":"meeting"}` (keys sorted, like every record). */
export interface NdjsonRecord {
  /** `dataset` for the first line (version, license, citation and how to cite it), then the entity type. */
  type: string;
  /** The record, as in the dataset. */
  data: unknown;
}

/**
 * The records of the NDJSON file, lazily: a `dataset` line with the metadata, then every entity, one
 * collection after another in dataset order (sources first), each in dataset order.
 */
export function* ndjsonRecords(dataset: Dataset, siteUrl?: string): Generator<NdjsonRecord> {
  yield { type: "dataset", data: datasetMetadata(dataset, siteUrl) };
  for (const collection of ENTITY_COLLECTIONS) {
    for (const data of dataset[collection]) yield { type: ENTITY_TYPES[collection], data };
  }
}

/** Serialises records one line each (canonical JSON, `\n` after every line). */
export async function* ndjsonLines(records: Iterable<NdjsonRecord> | AsyncIterable<NdjsonRecord>): AsyncGenerator<string> {
  for await (const record of records) yield `${canonicalJson(record)}\n`;
}

/** Writes records as NDJSON to `file`, with backpressure: memory does not grow with the number of records. */
export async function writeNdjson(file: string, records: Iterable<NdjsonRecord> | AsyncIterable<NdjsonRecord>): Promise<void> {
  // Records in memory are serialised synchronously: no promise per line.
  const lines: Chunks = Symbol.asyncIterator in records ? ndjsonLines(records) : syncLines(records);
  await writeChunks(file, lines);
}

function* syncLines(records: Iterable<NdjsonRecord>): Generator<string> {
  for (const record of records) yield `${canonicalJson(record)}\n`;
}

/**
 * Writes `dataset.ndjson`. `texts`: the records' compact texts, shared with the other formats of an export
 * (a line is then built around its record's text: `{"data":…,"type":…}`, the same bytes).
 */
export async function writeDatasetNdjson(file: string, dataset: Dataset, siteUrl?: string, texts?: TextCache): Promise<void> {
  if (texts === undefined) return writeNdjson(file, ndjsonRecords(dataset, siteUrl));
  await writeChunks(file, cachedLines(ndjsonRecords(dataset, siteUrl), texts));
}

function* cachedLines(records: Iterable<NdjsonRecord>, texts: TextCache): Generator<Chunk> {
  for (const record of records) {
    const data = compactChunks(record.data, texts);
    yield '{"data":';
    if (data.length === 0) yield "null";
    else yield* data;
    yield `,"type":${JSON.stringify(record.type)}}\n`;
  }
}
