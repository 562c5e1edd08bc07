// The export formats: what each writes, and where in the output folder.
import { join } from "node:path";
import type { Dataset } from "@briefings/core";
import { writeApi } from "./api";
import type { TextCache } from "./canonical";
import { writeCsv, type CsvTableInfo } from "./csv";
import { writeDatasetJson } from "./json";
import { writeJsonLd } from "./jsonld";
import { writeDatasetNdjson } from "./ndjson";
import { writeParquet } from "./parquet";
import { writePopolo } from "./popolo";
import { writeSchemas } from "./schema";
import { writeSqlite } from "./sqlite";

/** Every format, in the order they are written. */
export const FORMATS = ["json", "api", "ndjson", "schema", "csv", "jsonld", "popolo", "sqlite", "parquet"] as const;

/** One export format. */
export type Format = (typeof FORMATS)[number];

/** Options shared by the format writers. */
export interface WriteOptions {
  /** Indent JSON files (JSON Schema and datapackage.json are always indented). */
  pretty: boolean;
  /** Prefix of JSON-LD node ids. */
  idBase?: string;
  /** The site's public origin (http or https), for the records' addresses in their citations. */
  siteUrl?: string;
  /** The records' compact canonical texts, shared by the JSON formats of one export (see `recordTexts`). */
  texts?: TextCache;
  /** What each CSV table of this dataset holds, when they are already written in this output folder (`csv/`): Parquet is copied from them. */
  csvTables?: ReadonlyMap<string, CsvTableInfo>;
}

/** Where each format goes in the output folder, and what it is. */
export const FORMAT_INFO: Record<Format, { path: string; description: string }> = {
  json: { path: "dataset.json", description: "the whole dataset, canonical JSON" },
  api: { path: "api/", description: "static JSON API: index.json, briefings/, people/, organizations/, sources/, roles/, corrections/" },
  ndjson: { path: "dataset.ndjson", description: "one entity per line ({type, data})" },
  schema: { path: "schema/", description: "JSON Schemas (2020-12) of the dataset and each entity" },
  csv: { path: "csv/", description: "one CSV table per entity and link table, with datapackage.json" },
  jsonld: { path: "briefings.jsonld", description: "JSON-LD with schema.org terms, inline @context" },
  popolo: { path: "popolo.json", description: "Popolo JSON: persons, organizations, memberships, events, speeches" },
  sqlite: { path: "briefings.sqlite", description: "SQLite database with keys and an FTS5 index" },
  parquet: { path: "parquet/", description: "Apache Parquet: one file per table (the CSV tables), typed columns, written by DuckDB, for DuckDB, Spark or Trino" },
};

/** Writes one format into the output folder `dir`. The CSV format returns what each table's file holds. */
export async function writeFormat(format: Format, dir: string, dataset: Dataset, options: WriteOptions): Promise<ReadonlyMap<string, CsvTableInfo> | void> {
  const path = join(dir, FORMAT_INFO[format].path);
  switch (format) {
    case "json":
      return writeDatasetJson(path, dataset, options.pretty, options.texts);
    case "api":
      return writeApi(path, dataset, options.pretty, options.siteUrl, options.texts);
    case "ndjson":
      return writeDatasetNdjson(path, dataset, options.siteUrl, options.texts);
    case "schema":
      return writeSchemas(path);
    case "csv":
      return writeCsv(path, dataset);
    case "jsonld":
      return writeJsonLd(path, dataset, options.idBase === undefined ? {} : { idBase: options.idBase }, options.pretty);
    case "popolo":
      return writePopolo(path, dataset, options.pretty);
    case "sqlite":
      return writeSqlite(path, dataset);
    case "parquet":
      return writeParquet(path, dataset, options.csvTables === undefined ? {} : { csv: { dir: join(dir, FORMAT_INFO.csv.path), tables: options.csvTables } });
  }
}

/** Parses a comma-separated list of formats; throws on an unknown one. Duplicates are dropped. */
export function parseFormats(list: string): Format[] {
  const names = list.split(",").map((s) => s.trim()).filter((s) => s !== "");
  if (names.length === 0) throw new Error(`no format given (choose from ${FORMATS.join(", ")})`);
  const unknown = names.filter((n) => !(FORMATS as readonly string[]).includes(n));
  if (unknown.length > 0) throw new Error(`unknown format${unknown.length > 1 ? "s" : ""} ${unknown.map((u) => JSON.stringify(u)).join(", ")} (choose from ${FORMATS.join(", ")})`);
  return FORMATS.filter((f) => names.includes(f));
}
