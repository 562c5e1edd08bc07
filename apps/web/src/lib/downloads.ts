// The files the site build publishes under /downloads/ (written by scripts/write-downloads.mjs with
// @briefings/export), with what each is for. A test checks this list against the export formats.

/** One download offered on the data page. */
export interface Download {
  /** The export format that writes it. */
  format: "json" | "api" | "ndjson" | "schema" | "csv" | "jsonld" | "popolo" | "sqlite" | "parquet";
  /** Link target, under /downloads/. */
  href: string;
  /** Link text. */
  label: string;
  /** Who it is for and what it holds. */
  description: string;
}

/** Every download, in the order the data page lists them. */
export const DOWNLOADS: readonly Download[] = [
  { format: "json", href: "/downloads/dataset.json", label: "Dataset (JSON)", description: "the whole dataset in one canonical file: keys sorted, stable order, UTF-8" },
  { format: "ndjson", href: "/downloads/dataset.ndjson", label: "Dataset (NDJSON)", description: "one record per line, for streaming tools" },
  { format: "csv", href: "/downloads/csv/datapackage.json", label: "CSV tables (Frictionless data package)", description: "one table per kind of record and link table, with primary and foreign keys" },
  { format: "sqlite", href: "/downloads/briefings.sqlite", label: "SQLite database", description: "tables with keys and a full-text index; opens in Datasette, DuckDB or any SQL tool" },
  { format: "parquet", href: "/downloads/parquet/meetings.parquet", label: "Parquet tables", description: "one Apache Parquet file per table (meetings.parquet, participations.parquet, people.parquet, …), typed columns, for DuckDB, Spark or Trino" },
  { format: "jsonld", href: "/downloads/briefings.jsonld", label: "Linked data (JSON-LD, schema.org)", description: "events, people, organizations and quotations" },
  { format: "popolo", href: "/downloads/popolo.json", label: "Popolo JSON", description: "persons, organizations, memberships, events and speeches, for parliamentary-data tools" },
  { format: "api", href: "/downloads/api/index.json", label: "Static JSON API", description: "one file per briefing, person, organization and source, listed in index.json" },
  { format: "schema", href: "/downloads/schema/dataset.schema.json", label: "JSON Schema (2020-12)", description: "generated from the zod schemas, for the dataset and each entity" },
];
