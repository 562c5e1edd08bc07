// Apache Parquet: one file per table (the same tables as the CSV files and SQLite), with typed columns,
// for DuckDB, Spark, Trino and other engines. Written by DuckDB (a native, embedded engine) from the CSV
// tables: it reads each CSV file with the table's column types and copies it to Parquet, in native code,
// about 15 times less CPU than encoding the same rows in JavaScript. The files hold no nested types: each
// is a plain table that any engine reads as it is, and the tables join on the same keys as the CSV data
// package.
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Dataset } from "@briefings/core";
import type * as DuckDb from "@duckdb/node-api";
import { writeCsvTable, type CsvTableInfo } from "./csv";
import { loadPeer } from "./peer";
import { quoteIdent, quoteString } from "./sql";
import { TABLES, type FieldType, type TableSpec } from "./tables";

/** Rows in one row group: large enough for engines to scan well, small enough to keep memory flat. */
export const PARQUET_ROW_GROUP = 50_000;

/** The DuckDB type of each column type: strings as VARCHAR (UTF-8), dates as DATE, integers as 64-bit. */
export const DUCKDB_TYPES: Record<FieldType, string> = { string: "VARCHAR", date: "DATE", integer: "BIGINT", number: "DOUBLE", boolean: "BOOLEAN" };

/** DuckDB's default longest CSV record (2 MiB); a table with a longer one (a long archived text) is read with room for it. */
const DEFAULT_MAX_LINE_BYTES = 2 * 1024 * 1024;

/**
 * @duckdb/node-api, loaded when Parquet is written. It is an optional peer dependency (a native addon): a
 * user who writes only the other formats installs none. Without it, says what to install.
 */
export function loadDuckDb(load: (id: string) => unknown = createRequire(import.meta.url)): typeof DuckDb {
  return loadPeer("@duckdb/node-api", "parquet", load) as typeof DuckDb;
}

/**
 * The column of the copy: the CSV field as its type. Dates are read as text and checked here, so that a
 * malformed one fails the export with the table, column and value (DuckDB's own date parsing would also
 * take `2019-6-27`).
 */
function columnSql(spec: TableSpec, field: TableSpec["fields"][number]): string {
  const name = quoteIdent(field.name);
  if (field.type !== "date") return name;
  const problem = quoteString(`Parquet export: ${spec.name}.${field.name} is not a date (YYYY-MM-DD): `);
  return `CASE WHEN ${name} IS NULL OR regexp_full_match(${name}, '\\d{4}-\\d{2}-\\d{2}') THEN CAST(${name} AS DATE) ELSE error(${problem} || to_json(${name})) END AS ${name}`;
}

/**
 * The statement that copies one table's CSV file (written by `writeCsv`: header, CRLF, RFC 4180 quoting,
 * a quoted `""` for an empty string and an empty field for null) to a Parquet file: snappy pages, row
 * groups of `PARQUET_ROW_GROUP` rows, the dataset's version and license and the table's name as key-value
 * metadata.
 */
export function parquetCopySql(spec: TableSpec, csvFile: string, parquetFile: string, dataset: Pick<Dataset, "version" | "license">, longestLineBytes = 0): string {
  const columns = spec.fields.map((f) => `${quoteString(f.name)}: ${quoteString(f.type === "date" ? "VARCHAR" : DUCKDB_TYPES[f.type])}`).join(", ");
  const read = [
    quoteString(csvFile),
    "header = true, auto_detect = false, strict_mode = true",
    `columns = {${columns}}`,
    // No `new_line`: with `strict_mode`, DuckDB 1.5.6 reads no row at all when it is given (CRLF is found by itself).
    `delim = ',', quote = '"', escape = '"'`,
    // An empty unquoted field is null; a quoted one is an empty string (the CSV keeps the two apart).
    "nullstr = '', allow_quoted_nulls = false",
    // Larger buffers cost time on every file: asked for only when a record needs them.
    ...(longestLineBytes > DEFAULT_MAX_LINE_BYTES ? [`max_line_size = ${longestLineBytes + 2}, buffer_size = ${2 * (longestLineBytes + 2)}`] : []),
  ].join(", ");
  const metadata = [
    ["briefings.version", dataset.version],
    ["briefings.license", dataset.license],
    ["briefings.table", spec.name],
  ].map(([key, value]) => `${quoteString(key!)}: ${quoteString(value!)}`);
  return `COPY (SELECT ${spec.fields.map((f) => columnSql(spec, f)).join(", ")} FROM read_csv(${read})) TO ${quoteString(parquetFile)} (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE ${PARQUET_ROW_GROUP}, KV_METADATA {${metadata.join(", ")}})`;
}

/** Options of `writeParquet`. */
export interface ParquetOptions {
  /** The tables to write (default: all). */
  tables?: readonly TableSpec[];
  /**
   * This dataset's CSV tables, already written by `writeCsv` into `dir` (e.g. the export's `csv/`), with
   * what each holds, as `writeCsv` returns it. Without it, the tables are written to a scratch
   * folder inside the Parquet folder first, and removed at the end.
   */
  csv?: { dir: string; tables: ReadonlyMap<string, CsvTableInfo> };
}

/**
 * Writes `<table>.parquet` for every table into `dir`. DuckDB runs in memory on one thread (the same input
 * gives the same files) and off this thread: the event loop keeps running while it copies. Each copy must
 * hold as many rows as the CSV file: a reading that lost rows fails the export instead of shipping short tables.
 */
export async function writeParquet(dir: string, dataset: Dataset, options: ParquetOptions = {}): Promise<void> {
  const { DuckDBInstance } = loadDuckDb();
  const tables = options.tables ?? TABLES;
  await mkdir(dir, { recursive: true });
  const instance = await DuckDBInstance.create(":memory:", { threads: "1" });
  let scratch: string | undefined;
  try {
    const connection = await instance.connect();
    try {
      if (options.csv !== undefined) {
        for (const spec of tables) await copyTable(connection, spec, options.csv.dir, options.csv.tables.get(spec.name), join(dir, `${spec.name}.parquet`), dataset);
      } else {
        scratch = await mkdtemp(join(dir, ".csv-"));
        for (const spec of tables) {
          const info = await writeCsvTable(join(scratch, `${spec.name}.csv`), spec, dataset);
          await copyTable(connection, spec, scratch, info, join(dir, `${spec.name}.parquet`), dataset);
        }
      }
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
    if (scratch !== undefined) await rm(scratch, { recursive: true, force: true });
  }
}

/** Copies one table's CSV file in `csvDir` (holding what `csv` says) to `parquetFile`. */
async function copyTable(connection: DuckDb.DuckDBConnection, spec: TableSpec, csvDir: string, csv: CsvTableInfo | undefined, parquetFile: string, dataset: Dataset): Promise<void> {
  const csvFile = join(csvDir, `${spec.name}.csv`);
  let copied: number;
  try {
    copied = Number((await connection.run(parquetCopySql(spec, csvFile, parquetFile, dataset, csv?.longestLineBytes))).rowsChanged);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A check of this module speaks for itself; DuckDB's own errors get the table they were met in.
    throw new Error(message.includes("Parquet export: ") ? message.slice(message.indexOf("Parquet export: ")) : `Parquet export: ${spec.name}: ${message}`, { cause: error });
  }
  if (copied !== csv?.rows) throw new Error(`Parquet export: ${spec.name}: DuckDB copied ${copied} rows of the ${csv?.rows ?? "(unknown number)"} in ${csvFile}`);
}
