// Apache Parquet: one file per table (the same tables as the CSV files and SQLite), with typed columns,
// for DuckDB, Spark, Trino and other engines. Written with hyparquet-writer (pure JavaScript) a row group
// at a time, so memory does not grow with the dataset. The files hold no nested types: each is a plain
// table that any engine reads as it is, and the tables join on the same keys as the CSV data package.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import type { Dataset } from "@briefings/core";
import type { SchemaElement } from "hyparquet-writer";
import { ParquetThread } from "./parquet-thread";
import { TABLES, type Cell, type FieldType, type TableSpec } from "./tables";

/** Rows in one row group: large enough for engines to scan well, small enough to keep memory flat. */
export const PARQUET_ROW_GROUP = 50_000;

/** The Parquet type of each column type: strings as UTF-8, dates as DATE, integers as 64-bit. */
const PARQUET_TYPES: Record<FieldType, Pick<SchemaElement, "type" | "converted_type" | "logical_type">> = {
  string: { type: "BYTE_ARRAY", converted_type: "UTF8", logical_type: { type: "STRING" } },
  date: { type: "INT32", converted_type: "DATE", logical_type: { type: "DATE" } },
  // Plain INT64 is a signed 64-bit integer to every engine (BIGINT); no logical type is needed.
  integer: { type: "INT64" },
  number: { type: "DOUBLE" },
  boolean: { type: "BOOLEAN" },
};

/** The Parquet schema of a table: a flat message with one column per field, REQUIRED where never null. */
export function parquetSchema(spec: TableSpec): SchemaElement[] {
  return [
    { name: "schema", num_children: spec.fields.length },
    ...spec.fields.map((f): SchemaElement => ({ name: f.name, ...PARQUET_TYPES[f.type], repetition_type: f.required ? "REQUIRED" : "OPTIONAL" })),
  ];
}

const DAY = 86_400_000;

/** Days since 1970-01-01 of each date seen (few distinct dates, many cells: each is parsed once). */
const DAYS = new Map<string, number>();

/** A cell as the Parquet column wants it: days since 1970-01-01 for dates, a bigint for integers. */
function parquetValue(type: FieldType, cell: Cell, table: string, field: string): unknown {
  if (cell === undefined) return null;
  switch (type) {
    case "date": {
      const known = typeof cell === "string" ? DAYS.get(cell) : undefined;
      if (known !== undefined) return known;
      const time = typeof cell === "string" && /^\d{4}-\d{2}-\d{2}$/.test(cell) ? Date.parse(`${cell}T00:00:00Z`) : Number.NaN;
      if (Number.isNaN(time)) throw new Error(`Parquet export: ${table}.${field} is not a date (YYYY-MM-DD): ${JSON.stringify(cell)}`);
      if (DAYS.size >= 100_000) DAYS.clear();
      DAYS.set(cell as string, time / DAY);
      return time / DAY;
    }
    case "integer":
      if (typeof cell !== "number" || !Number.isSafeInteger(cell)) throw new Error(`Parquet export: ${table}.${field} is not an integer: ${JSON.stringify(cell)}`);
      return BigInt(cell);
    default:
      return cell;
  }
}

/** Columns that can prune a scan: keys (primary and foreign), dates, numbers, flags. Free text is left out. */
function keyColumns(spec: TableSpec): Set<string> {
  return new Set([...spec.primaryKey, ...spec.foreignKeys.flatMap((k) => k.fields)]);
}

/**
 * Writes one table to `file` as Parquet (snappy-compressed pages). Rows are gathered straight into
 * columns, a row group at a time, so memory stays flat whatever the size of the table. Column statistics
 * (min/max, for engines to skip row groups) are kept for keys, dates and numbers, not for free text.
 * The columns are encoded and written on `thread` (see `ParquetThread`; one is started when none is given).
 */
export async function writeParquetTable(file: string, spec: TableSpec, dataset: Dataset, createdBy = "@briefings/export", thread?: ParquetThread): Promise<void> {
  if (thread === undefined) return withThread((own) => writeParquetTable(file, spec, dataset, createdBy, own));
  const keys = keyColumns(spec);
  await thread.open(file, {
    schema: parquetSchema(spec),
    createdBy,
    kvMetadata: [
      { key: "briefings.version", value: dataset.version },
      { key: "briefings.license", value: dataset.license },
      { key: "briefings.table", value: spec.name },
    ],
  });
  const fields = spec.fields;
  let columns = fields.map(() => [] as unknown[]);
  let rows = 0;
  let groups = 0;
  const flush = async () => {
    const columnData = fields.map((f, i) => ({ name: f.name, data: columns[i]!, statistics: f.type !== "string" || keys.has(f.name) }));
    const wait = thread.group(columnData, rows);
    groups++;
    columns = fields.map(() => []);
    rows = 0;
    if (wait) await wait;
    // Let the event loop run between row groups (another format writing at the same time, e.g. the API).
    await yieldToEventLoop();
  };
  for (const row of spec.rows(dataset)) {
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]!;
      columns[i]!.push(parquetValue(f.type, row[f.name], spec.name, f.name));
    }
    rows++;
    if (rows === PARQUET_ROW_GROUP) await flush();
  }
  // An empty table is still a file: its schema with one empty row group.
  if (rows > 0 || groups === 0) await flush();
  await thread.finish();
}

/** Runs `write` with a Parquet thread of its own, waits for it to finish writing, and stops it. */
async function withThread(write: (thread: ParquetThread) => Promise<void>): Promise<void> {
  const thread = new ParquetThread();
  try {
    await write(thread);
  } catch (error) {
    await thread.abandon();
    throw error;
  }
  await thread.end();
}

/** Writes `<table>.parquet` for every table into `dir` (encoded on one other thread, while the next table is built). */
export async function writeParquet(dir: string, dataset: Dataset, tables: readonly TableSpec[] = TABLES): Promise<void> {
  await mkdir(dir, { recursive: true });
  await withThread(async (thread) => {
    for (const spec of tables) await writeParquetTable(join(dir, `${spec.name}.parquet`), spec, dataset, undefined, thread);
  });
}
