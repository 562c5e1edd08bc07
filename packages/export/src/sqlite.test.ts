import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { dump, seed, tempDir } from "../test/helpers";
import { loadSqlite, writeSqlite } from "./sqlite";
import { TABLES } from "./tables";

const dataset = await seed();

function exportDb(data = dataset) {
  const file = join(tempDir(), "briefings.sqlite");
  writeSqlite(file, data);
  return new Database(file, { readonly: true });
}

describe("SQLite", () => {
  it("has a table per entity with every row, and no foreign key problem", () => {
    const db = exportDb();
    expect(db.pragma("foreign_key_check")).toEqual([]);
    const count = (t: string) => (db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n;
    expect(count("meetings")).toBe(dataset.meetings.length);
    expect(count("people")).toBe(dataset.people.length);
    expect(count("quotes")).toBe(dataset.quotes.length);
    expect(count("participations")).toBe(dataset.participations.length);
    for (const t of TABLES) expect(() => count(t.name)).not.toThrow();
    // Declared keys are real: the schema of `quotes` refers to participations, statements and the quoted document's source.
    const fks = db.pragma(`foreign_key_list("quotes")`) as { table: string; from: string }[];
    expect(fks.map((f) => `${f.from}→${f.table}`).sort()).toEqual(["document_source→sources", "meeting→meetings", "participation→participations", "statement→statements"]);
    const figure = db.prepare(`SELECT value, approximate FROM figures WHERE id = ?`).get(dataset.figures[0]!.id) as { value: number; approximate: number };
    expect(figure).toEqual({ value: dataset.figures[0]!.value, approximate: dataset.figures[0]!.approximate ? 1 : 0 });
    db.close();
  });

  it("finds a quote with full-text search", () => {
    const db = exportDb();
    const hits = db.prepare(`SELECT kind, record FROM search WHERE search MATCH 'safety' ORDER BY rank`).all() as { kind: string; record: string }[];
    const expected = dataset.quotes.filter((q) => /\bsafety\b/i.test(q.text)).map((q) => q.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(hits.filter((h) => h.kind === "quote").map((h) => h.record).sort()).toEqual(expected.sort());
    const titles = db.prepare(`SELECT record FROM search WHERE search MATCH 'soft' AND kind = 'meeting'`).all();
    expect(titles).toEqual(dataset.meetings.filter((m) => /\bsoft\b/i.test(m.title.value)).map((m) => ({ record: m.id })));
    db.close();
  });

  it("refuses a dataset with a dangling reference, naming the row and the column", () => {
    const broken = structuredClone(dataset);
    broken.quotes[0]!.participation = "no-such-participation";
    expect(() => exportDb(broken)).toThrow(new RegExp(`FOREIGN KEY problem: quotes row "${broken.quotes[0]!.id}": participation = "no-such-participation" has no match in participations`));
  });

  it("holds the same rows in every table from run to run", () => {
    const a = exportDb();
    const b = exportDb();
    expect(dump(a)).toEqual(dump(b));
    expect(Object.keys(dump(a))).toContain("evidence");
    a.close();
    b.close();
  });
});

describe("better-sqlite3, an optional peer dependency", () => {
  it("is loaded when a database is written, and its absence is reported with what to install", () => {
    const missing = (id: string) => {
      throw Object.assign(new Error(`Cannot find module '${id}'`), { code: "MODULE_NOT_FOUND" });
    };
    expect(() => loadSqlite(missing)).toThrow("the sqlite format needs the better-sqlite3 package, which is not installed: npm install better-sqlite3");
    expect(loadSqlite()).toBe(Database);
  });

  it("lets any other failure through as it is", () => {
    const broken = () => {
      throw new Error("Could not locate the bindings file");
    };
    expect(() => loadSqlite(broken)).toThrow("Could not locate the bindings file");
  });
});
