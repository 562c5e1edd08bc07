// CSV tables (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break) and a
// Frictionless Data Package (`datapackage.json`) describing them.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Dataset } from "@briefings/core";
import { writeChunks } from "./stream";
import { TABLES, type Cell, type TableSpec } from "./tables";

/**
 * One CSV field. Null is an empty field; an empty string is `""`, so the two stay apart; booleans are
 * `true`/`false`; numbers as JavaScript writes them.
 */
export function csvField(cell: Cell): string {
  if (cell === undefined) return "";
  const text = typeof cell === "string" ? cell : String(cell);
  return text === "" || NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV record, with its CRLF. */
export function csvRecord(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(",")}\r\n`;
}

/** What a CSV file holds: its number of records (rows), and an upper bound of its longest record's bytes. */
export interface CsvTableInfo {
  rows: number;
  longestLineBytes: number;
}

/** The lines of one table's CSV file, lazily: the header, then one record per row. */
export function csvLines(spec: TableSpec, dataset: Dataset): Generator<string> {
  return countedCsvLines(spec, dataset, { rows: 0, longestLineBytes: 0 });
}

/** `csvLines`, counting the records it gives and their longest into `info`. */
function* countedCsvLines(spec: TableSpec, dataset: Dataset, info: CsvTableInfo): Generator<string> {
  const names = spec.fields.map((f) => f.name);
  const header = csvRecord(names);
  info.longestLineBytes = header.length * 3;
  yield header;
  // `csvRecord` of the row's cells, without the two arrays per row.
  for (const row of spec.rows(dataset)) {
    let line = csvField(row[names[0]!]);
    for (let i = 1; i < names.length; i++) line += `,${csvField(row[names[i]!])}`;
    info.rows++;
    // At most 3 bytes of UTF-8 per UTF-16 unit.
    if (line.length * 3 > info.longestLineBytes) info.longestLineBytes = line.length * 3;
    yield `${line}\r\n`;
  }
}

/** The Frictionless Data Package describing the CSV files: table schemas with types and keys. */
export function dataPackage(dataset: Dataset, tables: readonly TableSpec[] = TABLES): Record<string, unknown> {
  return {
    profile: "tabular-data-package",
    name: "briefings",
    title: "Briefings: UN Security Council Counter-Terrorism Committee meetings",
    version: dataset.version,
    licenses: [{ name: dataset.license, path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0" }],
    citation: dataset.citation,
    resources: tables.map((t) => ({
      name: t.name,
      path: `${t.name}.csv`,
      profile: "tabular-data-resource",
      description: t.description,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: t.fields.map((f) => ({ name: f.name, type: f.type, description: f.description, ...(f.required ? { constraints: { required: true } } : {}) })),
        missingValues: [""],
        primaryKey: t.primaryKey,
        foreignKeys: t.foreignKeys,
      },
    })),
  };
}

/** Writes one table's CSV file; returns what it holds. */
export async function writeCsvTable(file: string, spec: TableSpec, dataset: Dataset): Promise<CsvTableInfo> {
  const info = { rows: 0, longestLineBytes: 0 };
  await writeChunks(file, countedCsvLines(spec, dataset, info));
  return info;
}

/** Writes one CSV file per table, and `datapackage.json`, into `dir`; returns what each table's file holds. */
export async function writeCsv(dir: string, dataset: Dataset, pretty = true): Promise<Map<string, CsvTableInfo>> {
  await mkdir(dir, { recursive: true });
  const tables = new Map<string, CsvTableInfo>();
  for (const spec of TABLES) tables.set(spec.name, await writeCsvTable(join(dir, `${spec.name}.csv`), spec, dataset));
  await writeFile(join(dir, "datapackage.json"), `${JSON.stringify(dataPackage(dataset), null, pretty ? 2 : undefined)}\n`);
  return tables;
}
