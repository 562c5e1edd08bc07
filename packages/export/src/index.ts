// @briefings/export: publishes the briefings dataset as JSON, a static JSON API, NDJSON, JSON Schema,
// CSV with a Frictionless datapackage, JSON-LD (schema.org), Popolo JSON, SQLite and Apache Parquet.
import { availableParallelism } from "node:os";
import { join } from "node:path";
import type { Dataset } from "@briefings/core";
import { parseDataset } from "@briefings/core/validate";
import { writeAtomically } from "./atomic";
import type { CsvTableInfo } from "./csv";
import { recordTexts } from "./entities";
import { formatWorkerAvailable, startFormatThread, THREAD_FORMATS, threadFormats, threadsByDefault, type ThreadFormat } from "./format-thread";
import { FORMAT_INFO, FORMATS, writeFormat, type Format, type WriteOptions } from "./formats";

/** The options the format thread needs (the text cache stays here: a copy would cost more than it saves). */
function threadOptions(options: WriteOptions): Pick<WriteOptions, "pretty" | "idBase" | "siteUrl"> {
  return {
    pretty: options.pretty,
    ...(options.idBase === undefined ? {} : { idBase: options.idBase }),
    ...(options.siteUrl === undefined ? {} : { siteUrl: options.siteUrl }),
  };
}

/** Options of `exportDataset`. */
export interface ExportOptions {
  /** The output folder; created if missing. Written atomically (see `writeAtomically`). */
  out: string;
  /** The formats to write (default: all). */
  formats?: readonly Format[];
  /** Indent JSON output (default false: compact canonical JSON). */
  pretty?: boolean;
  /** Replace a previous export in `out` (default false: refuse any non-empty folder). Never replaces a folder the export did not write. */
  force?: boolean;
  /** Prefix of JSON-LD node ids (default `urn:briefings:`). */
  idBase?: string;
  /** The site's public origin (http or https): the records' citations give their addresses there. */
  siteUrl?: string;
  /**
   * Parse the dataset with the core `Dataset` schema first (default true): fills in defaults and drops
   * unknown keys, so the files hold parsed data as the JSON Schemas describe; throws on invalid data.
   * Pass false for data that is already parsed (e.g. the result of `validateDataset`).
   */
  parse?: boolean;
  /**
   * Write some formats on a thread of their own (default: on a machine with two cores or more, see `threadsByDefault`):
   * true for the formats that suit this machine's cores (`threadFormats`), or a list of them (of JSON-LD, Popolo,
   * SQLite). When the export writes dataset.json, the thread reads the dataset from it once it is written (so the API
   * starts after it); otherwise it gets a copy of the dataset when it starts. At 10,000 briefings on two cores, Popolo
   * and SQLite on the thread took an export of every format from 15.8 s to 15.1 s (median of 5; 14.2 s to 12.6 s in
   * alternated runs) and the calling thread's CPU time from 13.6 s to 8.9 s, for about 12% more CPU time in all and
   * about 450 MB more peak memory (the thread's own heap, holding its parsed copy). `threads: false` saves that memory.
   */
  threads?: boolean | readonly ThreadFormat[];
  /** Told what was recovered from interrupted runs (a restored previous export, removed leftovers). */
  log?: (message: string) => void;
  /** Called after each format is written into the temporary folder (progress; tests inject failures here). */
  afterFormat?: (format: Format) => void | Promise<void>;
}

/** What was written. */
export interface ExportResult {
  /** The output folder. */
  out: string;
  /** The formats written, in order. */
  formats: Format[];
  /** Those of them written by a thread of their own, in order (see `threads`; none where the built worker is not there, e.g. when the sources run directly). */
  threaded: Format[];
}

/**
 * Exports `dataset` into `options.out` in the chosen formats. Everything is written into a temporary
 * folder next to `out` and renamed into place at the end, so a failure leaves `out` as it was. A
 * non-empty `out` is refused unless `force`, and even then unless it holds a previous export (see
 * `writeAtomically`). Only the schemas are checked here (see `parse`); run
 * `validateDataset` from `@briefings/core/validate` first for the cross-record rules.
 */
export async function exportDataset(dataset: Dataset, options: ExportOptions): Promise<ExportResult> {
  if (options.siteUrl !== undefined && !/^https?:\/\/[^\s/]+/.test(options.siteUrl)) throw new Error(`siteUrl must be an http(s) address, not ${JSON.stringify(options.siteUrl)}`);
  const formats = FORMATS.filter((f) => (options.formats ?? FORMATS).includes(f));
  // Data already in parsed form (an export, the curated file) passes core's fast path without a copy.
  const parsed = options.parse === false ? undefined : parseDataset(dataset);
  if (parsed && !parsed.success) throw parsed.error;
  const data = parsed ? parsed.data : dataset;
  const pretty = options.pretty ?? false;
  const writeOptions = {
    pretty,
    // Compact JSON formats share each record's text (indented ones are written as they are).
    ...(pretty ? {} : { texts: recordTexts(data) }),
    ...(options.idBase === undefined ? {} : { idBase: options.idBase }),
    ...(options.siteUrl === undefined ? {} : { siteUrl: options.siteUrl }),
  };
  let threadedFormats: Format[] = [];
  await writeAtomically(options.out, options.force ?? false, async (dir) => {
    // Lanes at once, so that work off this thread overlaps work on it:
    // - with `threads` (by default with two cores or more), some of JSON-LD, Popolo and SQLite: written by a thread
    //   of their own (see `startFormatThread`), from the dataset.json written here, or else a copy; otherwise in the main lane;
    // - the static API: tens of thousands of small files, created by a worker thread (the kernel's work runs
    //   on another core while this thread builds the other formats);
    // - Parquet: copied by DuckDB, off this thread, from the CSV tables as soon as they are written;
    // - every other format in turn, on this thread.
    // A failure stops every lane at its next format (the format thread at once); the export fails only once no
    // lane is writing any more (the temporary folder is then removed).
    let failed = false;
    let csvTables: ReadonlyMap<string, CsvTableInfo> | undefined;
    let csvDone!: (written: boolean) => void;
    const csvReady = new Promise<boolean>((resolve) => (csvDone = resolve));
    let jsonDone!: (written: boolean) => void;
    const jsonReady = new Promise<boolean>((resolve) => (jsonDone = resolve));
    const threads = options.threads ?? threadsByDefault(availableParallelism());
    const wanted: readonly string[] = threads === true ? threadFormats(availableParallelism()) : threads === false ? [] : threads;
    const threaded = formats.filter((f) => (THREAD_FORMATS as readonly string[]).includes(f) && wanted.includes(f));
    // The thread reads the export's own dataset.json (no copy made on this thread) when there is one to read.
    const fromFile = threaded.length > 0 && formats.includes("json") && formatWorkerAvailable();
    const start = (source: { dataset: Dataset } | { datasetFile: string }) =>
      startFormatThread({ dir, ...source, formats: threaded, options: threadOptions(writeOptions) }, async (format) => {
        if (!failed) await options.afterFormat?.(format);
      });
    let thread = threaded.length === 0 || fromFile ? undefined : start({ dataset: data });
    const onThread = fromFile || thread !== undefined;
    const lane = async (list: readonly Format[]) => {
      for (const format of list) {
        if (failed) return;
        try {
          const tables = await writeFormat(format, dir, data, csvTables === undefined ? writeOptions : { ...writeOptions, csvTables });
          if (format === "csv" && tables) csvTables = tables;
          await options.afterFormat?.(format);
          if (format === "csv") csvDone(true);
          if (format === "json") jsonDone(true);
        } catch (error) {
          failed = true;
          await thread?.stop();
          throw error;
        }
      }
    };
    if (onThread) threadedFormats = threaded;
    const main = formats.filter((f) => f !== "api" && f !== "parquet" && !(onThread && threaded.includes(f)));
    const parquetLane = async () => {
      // Without CSV in the export, Parquet writes its own scratch copy of the tables.
      if (main.includes("csv") && !(await csvReady)) return;
      await lane(formats.filter((f) => f === "parquet"));
    };
    const threadLane = async () => {
      try {
        if (fromFile) {
          if (!(await jsonReady) || failed) return;
          thread = start({ datasetFile: join(dir, FORMAT_INFO.json.path) });
          // Checked before choosing this way (formatWorkerAvailable); nothing to clone.
          if (thread === undefined) throw new Error("the format thread could not start");
        }
        await thread?.done;
      } catch (error) {
        // Stopped because another lane failed: that lane's error is the one reported.
        if (failed) return;
        failed = true;
        throw error;
      }
    };
    const settled = await Promise.allSettled([
      (async () => {
        // dataset.json first, alone on this thread: the format thread starts from it, and then has work for the other core.
        if (fromFile) await jsonReady;
        await lane(formats.filter((f) => f === "api"));
      })(),
      lane(main).finally(() => {
        csvDone(false);
        jsonDone(false);
      }),
      parquetLane(),
      threadLane(),
    ]);
    for (const result of settled) if (result.status === "rejected") throw result.reason;
  }, options.log ? { log: options.log } : {});
  return { out: options.out, formats, threaded: threadedFormats };
}

export { threadsByDefault, threadFormats, THREAD_FORMATS, type ThreadFormat } from "./format-thread";
export { FORMATS, FORMAT_INFO, parseFormats, writeFormat, type Format, type WriteOptions } from "./formats";
export {
  writeAtomically,
  assertWritable,
  assertSafeLocation,
  outputState,
  resolveOutput,
  recoverInterrupted,
  isExportFolder,
  EXPORT_MARKER,
  OutputError,
  type OutputState,
  type AtomicOptions,
} from "./atomic";
export { canonicalJson, sortKeys, objectChunks, compactChunks, LazyArray, type TextCache, type Chunk } from "./canonical";
export { datasetJson, datasetJsonChunks, writeDatasetJson } from "./json";
export { apiFiles, apiIndex, apiHref, writeApi, API_FOLDERS, type ApiFile, type ApiFolder } from "./api";
export { ndjsonRecords, ndjsonLines, writeNdjson, writeDatasetNdjson, type NdjsonRecord } from "./ndjson";
export { schemaFiles, toJsonSchema, writeSchemas } from "./schema";
export { TABLES, type TableSpec, type TableField, type ForeignKey, type FieldType, type Cell, type Row } from "./tables";
export { csvField, csvRecord, csvLines, dataPackage, writeCsv, writeCsvTable, type CsvTableInfo } from "./csv";
export { jsonLdNodes, jsonLdChunks, writeJsonLd, JSONLD_CONTEXT, DEFAULT_ID_BASE, type JsonLdOptions } from "./jsonld";
export { popoloCollections, popoloChunks, writePopolo } from "./popolo";
export { writeSqlite, createTableSql, searchRows } from "./sqlite";
export { writeParquet, parquetCopySql, PARQUET_ROW_GROUP, DUCKDB_TYPES, type ParquetOptions } from "./parquet";
export { writeChunks, type Chunks } from "./stream";
export { ENTITY_TYPES, recordTexts, type EntityType } from "./entities";
export { loadDatasetFile, loadDatasetText, type LoadResult } from "./load";
