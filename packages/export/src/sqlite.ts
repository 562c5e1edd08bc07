// One SQLite database: a table per entity (the same tables as the CSV files) with primary and foreign
// keys, and an FTS5 table `search` over meeting titles, statements and quotes.
import { createRequire } from "node:module";
import type BetterSqlite3 from "better-sqlite3";
import type { Dataset } from "@briefings/core";
import { loadPeer } from "./peer";
import { quoteIdent } from "./sql";
import { TABLES, type FieldType, type TableSpec } from "./tables";

const SQL_TYPES: Record<FieldType, string> = { string: "TEXT", date: "TEXT", integer: "INTEGER", boolean: "INTEGER", number: "REAL" };

/**
 * better-sqlite3, loaded when a database is written. It is an optional peer dependency (a native addon):
 * a user who writes only the other formats installs none. Without it, says what to install.
 */
export function loadSqlite(load: (id: string) => unknown = createRequire(import.meta.url)): typeof BetterSqlite3 {
  return loadPeer("better-sqlite3", "sqlite", load) as typeof BetterSqlite3;
}

/** The `CREATE TABLE` statement of a table; foreign keys are checked at commit (deferred). */
export function createTableSql(spec: TableSpec): string {
  const columns = spec.fields.map((f) => `${quoteIdent(f.name)} ${SQL_TYPES[f.type]}${f.required ? " NOT NULL" : ""}`);
  const keys = [`PRIMARY KEY (${spec.primaryKey.map(quoteIdent).join(", ")})`];
  for (const fk of spec.foreignKeys) {
    const target = fk.reference.resource === "" ? spec.name : fk.reference.resource;
    keys.push(
      `FOREIGN KEY (${fk.fields.map(quoteIdent).join(", ")}) REFERENCES ${quoteIdent(target)} (${fk.reference.fields.map(quoteIdent).join(", ")}) DEFERRABLE INITIALLY DEFERRED`,
    );
  }
  return `CREATE TABLE ${quoteIdent(spec.name)} (\n  ${[...columns, ...keys].join(",\n  ")}\n) STRICT`;
}

/** The rows of the full-text index: meeting titles, statements and quotes. */
export function* searchRows(dataset: Dataset): Generator<{ kind: string; record: string; meeting: string; text: string }> {
  for (const m of dataset.meetings) yield { kind: "meeting", record: m.id, meeting: m.id, text: m.title.value };
  for (const s of dataset.statements) yield { kind: "statement", record: s.id, meeting: s.meeting, text: s.text };
  for (const q of dataset.quotes) yield { kind: "quote", record: q.id, meeting: q.meeting, text: q.text };
}

/** `searchRows`, as SQL over the written tables: their rows are in dataset order (rowid), as are the records. */
const SEARCH_FROM_TABLES = `INSERT INTO "search" (kind, record, meeting, text)
  SELECT 'meeting', "id", "id", "title" FROM (SELECT * FROM "meetings" ORDER BY rowid)
  UNION ALL SELECT 'statement', "id", "meeting", "text" FROM (SELECT * FROM "statements" ORDER BY rowid)
  UNION ALL SELECT 'quote', "id", "meeting", "text" FROM (SELECT * FROM "quotes" ORDER BY rowid)`;

/** Rows inserted by one statement (their values stay far below SQLite's limit of 32,766 parameters). */
const ROWS_PER_INSERT = 64;

/**
 * Writes the database to `file` (which must not exist). Every row is inserted in one transaction, through
 * two prepared statements per table (`ROWS_PER_INSERT` rows at a time, then the rest one by one). Foreign keys are checked once, after the inserts
 * (`foreign_key_check`): a dangling reference fails the export, naming the table, row and key. The
 * content depends only on the dataset.
 */
export function writeSqlite(file: string, dataset: Dataset, tables: readonly TableSpec[] = TABLES): void {
  const Database = loadSqlite();
  const db = new Database(file);
  try {
    // A new file in the export's temporary folder, renamed into place only once complete: a crash loses
    // nothing a journal or a sync could save, so neither is kept (the file's bytes are the same either way).
    db.pragma("journal_mode = OFF");
    db.pragma("synchronous = OFF");
    // better-sqlite3 turns foreign keys on; they are checked once, after the inserts, to name each problem.
    db.pragma("foreign_keys = OFF");
    db.exec(`CREATE TABLE "dataset" ("key" TEXT NOT NULL PRIMARY KEY, "value" TEXT NOT NULL) STRICT`);
    for (const spec of tables) db.exec(createTableSql(spec));
    db.exec(`CREATE VIRTUAL TABLE "search" USING fts5(kind UNINDEXED, record UNINDEXED, meeting UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 2')`);
    const insertAll = db.transaction(() => {
      const meta = db.prepare(`INSERT INTO "dataset" ("key", "value") VALUES (?, ?)`);
      for (const [key, value] of [["version", dataset.version], ["license", dataset.license], ["citation", dataset.citation]] as const) meta.run(key, value);
      for (const spec of tables) {
        const names = spec.fields.map((f) => f.name);
        // Rows go in ROWS_PER_INSERT at a time, one statement for them all (a call into SQLite costs more than a
        // row's values); the rest one by one. In order either way: the same rowids, the same file.
        const insert = (rows: number) => db.prepare(`INSERT INTO ${quoteIdent(spec.name)} (${names.map(quoteIdent).join(", ")}) VALUES ${Array.from({ length: rows }, () => `(${names.map(() => "?").join(", ")})`).join(", ")}`);
        const many = insert(ROWS_PER_INSERT);
        const one = insert(1);
        const values: (string | number | null)[] = new Array<string | number | null>(names.length * ROWS_PER_INSERT);
        let filled = 0;
        for (const row of spec.rows(dataset)) {
          for (let i = 0; i < names.length; i++) {
            const cell = row[names[i]!];
            values[filled++] = cell === undefined ? null : typeof cell === "boolean" ? (cell ? 1 : 0) : cell;
          }
          if (filled === values.length) {
            many.run(values);
            filled = 0;
          }
        }
        for (let start = 0; start < filled; start += names.length) one.run(values.slice(start, start + names.length));
      }
      // The index is filled from the tables just written, in one statement (the rows of `searchRows`, in its order).
      if (tables.some((t) => t.name === "meetings") && tables.some((t) => t.name === "statements") && tables.some((t) => t.name === "quotes")) db.exec(SEARCH_FROM_TABLES);
      else {
        const search = db.prepare(`INSERT INTO "search" (kind, record, meeting, text) VALUES (?, ?, ?, ?)`);
        for (const row of searchRows(dataset)) search.run(row.kind, row.record, row.meeting, row.text);
      }
    });
    insertAll();
    const problems = db.pragma("foreign_key_check") as { table: string; rowid: number | null; parent: string; fkid: number }[];
    if (problems.length > 0) throw new Error(`SQLite export: ${problems.length} FOREIGN KEY problem${problems.length === 1 ? "" : "s"}: ${problems.slice(0, 5).map((p) => foreignKeyProblem(db, p)).join("; ")}${problems.length > 5 ? "; …" : ""}`);
    db.exec(`INSERT INTO "search" ("search") VALUES ('optimize')`);
  } finally {
    db.close();
  }
}

/** One dangling reference, in words: the table, the row's key, the column and the table it points to. */
function foreignKeyProblem(db: BetterSqlite3.Database, p: { table: string; rowid: number | null; parent: string; fkid: number }): string {
  const keys = db.pragma(`foreign_key_list(${quoteIdent(p.table)})`) as { id: number; from: string }[];
  const columns = keys.filter((k) => k.id === p.fkid).map((k) => k.from);
  const row = p.rowid === null ? undefined : (db.prepare(`SELECT * FROM ${quoteIdent(p.table)} WHERE rowid = ?`).get(p.rowid) as Record<string, unknown> | undefined);
  const where = row === undefined ? `row ${p.rowid}` : `row ${JSON.stringify("id" in row ? row.id : p.rowid)}`;
  return `${p.table} ${where}: ${columns.map((c) => `${c} = ${JSON.stringify(row?.[c])}`).join(", ")} has no match in ${p.parent}`;
}
