// Shared test helpers: temporary folders (the workspace's, from @briefings/testing) and a small RFC 4180 CSV reader.
import { readFileSync } from "node:fs";
import type { Dataset } from "@briefings/core";
import { tempDir as tempFolder } from "@briefings/testing";
import type Database from "better-sqlite3";

export { listFiles } from "@briefings/testing";

/** A new empty temporary folder, removed after the test file. */
export const tempDir = (): string => tempFolder("export-test");

/** Reads a JSON file. */
export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8"));
}

/**
 * Parses RFC 4180 CSV text: records end with CRLF, fields may be quoted, `""` is a quote inside a quoted
 * field. Returns every record as its fields, with `null` for an unquoted empty field (a missing value)
 * and `""` for a quoted one. Throws on malformed quoting.
 */
export function parseCsv(text: string): (string | null)[][] {
  const records: (string | null)[][] = [];
  let record: (string | null)[] = [];
  let i = 0;
  while (i < text.length) {
    let field: string | null;
    if (text[i] === '"') {
      let value = "";
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("unterminated quoted field");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else value += text[i++];
      }
      field = value;
    } else {
      let end = i;
      while (end < text.length && text[end] !== "," && text[end] !== "\r" && text[end] !== "\n") {
        if (text[end] === '"') throw new Error(`quote inside an unquoted field at ${end}`);
        end++;
      }
      field = end === i ? null : text.slice(i, end);
      i = end;
    }
    record.push(field);
    if (text[i] === ",") i++;
    else if (text.startsWith("\r\n", i)) {
      records.push(record);
      record = [];
      i += 2;
    } else if (i < text.length) throw new Error(`expected a comma or CRLF at ${i}, found ${JSON.stringify(text[i])}`);
  }
  if (record.length > 0) throw new Error("the last record does not end with CRLF");
  return records;
}

/** The bundled dataset as parsed by the core schema (defaults filled in): what the exports hold. */
export async function seed(): Promise<Dataset> {
  const [{ dataset }, { Dataset }] = await Promise.all([import("@briefings/core"), import("@briefings/core/schemas")]);
  return Dataset.parse(dataset);
}

/** Every row of every table of a SQLite database (the FTS table included), each table sorted by all its columns. */
export function dump(db: Database.Database): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'search_%' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[];
  for (const { name } of tables) {
    const columns = (db.pragma(`table_info("${name}")`) as unknown[]).length;
    out[name] = db.prepare(`SELECT * FROM "${name}" ORDER BY ${Array.from({ length: columns }, (_, i) => i + 1).join(", ")}`).all();
  }
  return out;
}
