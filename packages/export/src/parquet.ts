// Apache Parquet: one file per table (the same tables as the CSV files and SQLite), with typed columns,
// for DuckDB, Spark, Trino and other engines. Written with hyparquet-writer (pure JavaScript) a row group
// at a time, so memory does not grow with the dataset. The files hold no nested types: each is a plain
// table that any engine reads as it is, and the tables join on the same keys as the CSV data package.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Dataset } from "@briefings/core";
import { fileWriter, parquetWriteRows, type ColumnSource, type SchemaElement } from "hyparquet-writer";
import { TABLES, type Cell, type FieldType, type Row, type TableSpec } from "./tables";

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

/** A cell as the Parquet column wants it: days since 1970-01-01 for dates, a bigint for integers. */
function parquetValue(type: FieldType, cell: Cell, table: string, field: string): unknown {
  if (cell === undefined) return null;
  switch (type) {
    case "date": {
      const time = typeof cell === "string" && /^\d{4}-\d{2}-\d{2}$/.test(cell) ? Date.parse(`${cell}T00:00:00Z`) : Number.NaN;
      if (Number.isNaN(time)) throw new Error(`Parquet export: ${table}.${field} is not a date (YYYY-MM-DD): ${JSON.stringify(cell)}`);
      return time / DAY;
    }
    case "integer":
      if (typeof cell !== "number" || !Number.isSafeInteger(cell)) throw new Error(`Parquet export: ${table}.${field} is not an integer: ${JSON.stringify(cell)}`);
      return BigInt(cell);
    default:
      return cell;
  }
}

function* parquetRows(spec: TableSpec, dataset: Dataset): Generator<Record<string, unknown>> {
  const fields = spec.fields;
  for (const row of spec.rows(dataset) as Iterable<Row>) {
    const out: Record<string, unknown> = {};
    for (const f of fields) out[f.name] = parquetValue(f.type, row[f.name], spec.name, f.name);
    yield out;
  }
}

/** Writes one table to `file` as Parquet (snappy-compressed pages, column statistics). */
export async function writeParquetTable(file: string, spec: TableSpec, dataset: Dataset, createdBy = "@briefings/export"): Promise<void> {
  const columns: Omit<ColumnSource, "data">[] = spec.fields.map((f) => ({ name: f.name, nullable: !f.required }));
  await parquetWriteRows({
    writer: fileWriter(file),
    rows: parquetRows(spec, dataset),
    columns,
    schema: parquetSchema(spec),
    rowGroupSize: PARQUET_ROW_GROUP,
    createdBy,
    kvMetadata: [
      { key: "briefings.version", value: dataset.version },
      { key: "briefings.license", value: dataset.license },
      { key: "briefings.table", value: spec.name },
    ],
  });
}

/** Writes `<table>.parquet` for every table into `dir`. */
export async function writeParquet(dir: string, dataset: Dataset, tables: readonly TableSpec[] = TABLES): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const spec of tables) await writeParquetTable(join(dir, `${spec.name}.parquet`), spec, dataset);
}
