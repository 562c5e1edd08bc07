import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed, tempDir } from "../test/helpers";
import { parquetSchema, writeParquet, writeParquetTable } from "./parquet";
import { TABLES, type Cell, type FieldType } from "./tables";

const dataset = await seed();

// The query the README shows: who spoke at which briefing, newest first. `{dir}` is the parquet folder.
const JOIN_QUERY = `
SELECT m.start, m.title, p.name, pa.capacity
FROM '{dir}/meetings.parquet' AS m
JOIN '{dir}/participations.parquet' AS pa ON pa.meeting = m.id
JOIN '{dir}/people.parquet' AS p ON p.id = pa.person
ORDER BY m.start DESC, m.id, p.sort_name, pa.id`;

const DUCKDB_TYPES: Record<FieldType, string> = { string: "VARCHAR", date: "DATE", integer: "BIGINT", number: "DOUBLE", boolean: "BOOLEAN" };

let dir: string;
let instance: DuckDBInstance;
let db: DuckDBConnection;

beforeAll(async () => {
  dir = join(tempDir(), "parquet");
  await writeParquet(dir, dataset);
  instance = await DuckDBInstance.create(":memory:");
  db = await instance.connect();
});

afterAll(() => {
  db.closeSync();
  instance.closeSync();
});

const rowsOf = async (sql: string) => (await db.runAndReadAll(sql)).getRowObjectsJson();

/** A cell as DuckDB's JSON rows give it back: dates as YYYY-MM-DD, 64-bit integers as decimal strings. */
function asDuckDb(type: FieldType, cell: Cell): unknown {
  if (cell === undefined) return null;
  return type === "integer" ? String(cell) : cell;
}

describe("Parquet", () => {
  it("writes one file per table", () => {
    expect(readdirSync(dir).sort()).toEqual(TABLES.map((t) => `${t.name}.parquet`).sort());
  });

  it("is read by DuckDB as it is, with typed columns and every row and value", async () => {
    for (const spec of TABLES) {
      const file = `'${dir}/${spec.name}.parquet'`;
      const columns = (await rowsOf(`DESCRIBE SELECT * FROM ${file}`)) as { column_name: string; column_type: string }[];
      expect(columns.map((c) => `${c.column_name} ${c.column_type}`), spec.name).toEqual(spec.fields.map((f) => `${f.name} ${DUCKDB_TYPES[f.type]}`));
      const expected = [...spec.rows(dataset)].map((row) => Object.fromEntries(spec.fields.map((f) => [f.name, asDuckDb(f.type, row[f.name])])));
      const actual = await rowsOf(`SELECT * FROM ${file}`);
      expect(actual, spec.name).toEqual(expected);
    }
  });

  it("keeps null apart from an empty string, and marks never-null columns REQUIRED", async () => {
    for (const spec of TABLES) {
      const schema = parquetSchema(spec);
      expect(schema.slice(1).map((e) => e.repetition_type), spec.name).toEqual(spec.fields.map((f) => (f.required ? "REQUIRED" : "OPTIONAL")));
    }
    const [nulls] = (await rowsOf(`SELECT count(*) FILTER (WHERE acronym IS NULL)::INTEGER AS missing FROM '${dir}/organizations.parquet'`)) as { missing: number }[];
    expect(nulls!.missing).toBe(dataset.organizations.filter((o) => o.acronym === undefined).length);
  });

  it("joins meetings, participations and people (the README's query)", async () => {
    const rows = await rowsOf(JOIN_QUERY.replaceAll("{dir}", dir));
    const people = new Map(dataset.people.map((p) => [p.id, p]));
    const meetings = new Map(dataset.meetings.map((m) => [m.id, m]));
    const expected = dataset.participations
      .filter((pa) => pa.person !== undefined)
      .map((pa) => ({ meeting: meetings.get(pa.meeting)!, person: people.get(pa.person!)!, pa }))
      .sort((a, b) => (b.meeting.dates.value.start.localeCompare(a.meeting.dates.value.start)) || cmp(a.meeting.id, b.meeting.id) || cmp(a.person.sortName, b.person.sortName) || cmp(a.pa.id, b.pa.id))
      .map(({ meeting, person, pa }) => ({ start: meeting.dates.value.start, title: meeting.title.value, name: person.name, capacity: pa.capacity }));
    expect(expected.length).toBeGreaterThan(10);
    expect(rows).toEqual(expected);
  });

  it("refuses a value that does not fit its column, naming the table and column", async () => {
    const broken = structuredClone(dataset);
    broken.meetings[0]!.dates.value.start = "2019-6-27";
    await expect(writeParquet(join(tempDir(), "parquet"), broken)).rejects.toThrow(/meetings\.start is not a date/);
  });

  it("fails with the system's error, naming the file, when a table cannot be written (it is written on another thread)", async () => {
    const file = join(tempDir(), "no-such-folder", "meetings.parquet");
    await expect(writeParquetTable(file, TABLES.find((t) => t.name === "meetings")!, dataset)).rejects.toMatchObject({ code: "ENOENT", message: expect.stringContaining(file) as unknown });
  });
});

/** Code-unit order, as SQL's ORDER BY on VARCHAR in DuckDB's default collation. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

describe("the README", () => {
  it("shows the query the test runs", () => {
    const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
    expect(readme).toContain(JOIN_QUERY.replaceAll("{dir}", "parquet").trim());
  });
});
