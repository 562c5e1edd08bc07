import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed, tempDir } from "../test/helpers";
import { writeCsv } from "./csv";
import { DUCKDB_TYPES, loadDuckDb, writeParquet } from "./parquet";
import { TABLES, type Cell, type FieldType } from "./tables";

const dataset = await seed();

// The query the README shows: who spoke at which briefing, newest first. `{dir}` is the parquet folder.
const JOIN_QUERY = `
SELECT m.start, m.title, p.name, pa.capacity
FROM '{dir}/meetings.parquet' AS m
JOIN '{dir}/participations.parquet' AS pa ON pa.meeting = m.id
JOIN '{dir}/people.parquet' AS p ON p.id = pa.person
ORDER BY m.start DESC, m.id, p.sort_name, pa.id`;

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
    await expectSameRows(dir, dataset);
  });

  it("keeps every value of hard text as it is: quotes, commas, line breaks, outer spaces, empty strings, other scripts", async () => {
    const hard = structuredClone(dataset);
    hard.meetings[0]!.title.value = ' "Quoted", with a comma,\r\na line break and outer spaces; été, 反恐, 🙂 ';
    hard.meetings[1]!.title.value = '"';
    hard.organizations[0]!.acronym = "";
    hard.organizations[1]!.acronym = ",";
    const out = join(tempDir(), "parquet");
    await writeParquet(out, hard);
    await expectSameRows(out, hard);
    const [row] = (await rowsOf(`SELECT count(*) FILTER (WHERE acronym = '')::INTEGER AS empty, count(*) FILTER (WHERE acronym IS NULL)::INTEGER AS missing FROM '${out}/organizations.parquet'`)) as { empty: number; missing: number }[];
    expect(row).toEqual({ empty: hard.organizations.filter((o) => o.acronym === "").length, missing: hard.organizations.filter((o) => o.acronym === undefined).length });
  });

  it("gives the same files from the export's CSV tables as from its own", async () => {
    const out = tempDir();
    const tables = await writeCsv(join(out, "csv"), dataset);
    await writeParquet(join(out, "parquet"), dataset, { csv: { dir: join(out, "csv"), tables } });
    for (const spec of TABLES) expect(readFileSync(join(out, "parquet", `${spec.name}.parquet`)), spec.name).toEqual(readFileSync(join(dir, `${spec.name}.parquet`)));
  });

  it("keeps null apart from an empty string, and no never-null column holds a null", async () => {
    const [nulls] = (await rowsOf(`SELECT count(*) FILTER (WHERE acronym IS NULL)::INTEGER AS missing FROM '${dir}/organizations.parquet'`)) as { missing: number }[];
    expect(nulls!.missing).toBe(dataset.organizations.filter((o) => o.acronym === undefined).length);
    for (const spec of TABLES) {
      const required = spec.fields.filter((f) => f.required).map((f) => `count(*) FILTER (WHERE "${f.name}" IS NULL)`);
      const [row] = (await rowsOf(`SELECT (${required.join(" + ")})::INTEGER AS nulls FROM '${dir}/${spec.name}.parquet'`)) as { nulls: number }[];
      expect(row!.nulls, spec.name).toBe(0);
    }
  });

  it("carries the dataset's version and license and the table's name", async () => {
    const rows = (await rowsOf(`SELECT decode(key) AS key, decode(value) AS value FROM parquet_kv_metadata('${dir}/meetings.parquet') ORDER BY key`)) as { key: string; value: string }[];
    expect(rows).toEqual([
      { key: "briefings.license", value: dataset.license },
      { key: "briefings.table", value: "meetings" },
      { key: "briefings.version", value: dataset.version },
    ]);
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

  it("fails naming the table when its CSV file cannot be read", async () => {
    const meetingsOnly = TABLES.filter((t) => t.name === "meetings");
    await expect(writeParquet(join(tempDir(), "parquet"), dataset, { tables: meetingsOnly, csv: { dir: join(tempDir(), "nothing-here"), tables: new Map([["meetings", { rows: 0, longestLineBytes: 0 }]]) } })).rejects.toThrow(/^Parquet export: meetings: .*nothing-here/);
  });

  it("reads a record longer than DuckDB's default (2 MiB): a long archived text", async () => {
    const long = structuredClone(dataset);
    const source = long.sources.find((s) => s.archive !== undefined)!;
    source.archive!.text = `${"Ünïcode, \"quoted\" and long. ".repeat(110_000)}end`;
    const out = join(tempDir(), "parquet");
    await writeParquet(out, long, { tables: TABLES.filter((t) => t.name === "sources") });
    await expectSameRows(out, long, ["sources"]);
  });

  it("fails when DuckDB copies fewer rows than the CSV file holds", async () => {
    const out = tempDir();
    const tables = new Map(await writeCsv(join(out, "csv"), dataset));
    tables.set("meetings", { ...tables.get("meetings")!, rows: dataset.meetings.length + 1 });
    const meetingsOnly = TABLES.filter((t) => t.name === "meetings");
    await expect(writeParquet(join(out, "parquet"), dataset, { tables: meetingsOnly, csv: { dir: join(out, "csv"), tables } })).rejects.toThrow(
      `Parquet export: meetings: DuckDB copied ${dataset.meetings.length} rows of the ${dataset.meetings.length + 1} in ${join(out, "csv", "meetings.csv")}`,
    );
  });

  it("removes its scratch CSV folder, after a failure too", async () => {
    const out = join(tempDir(), "parquet");
    const broken = structuredClone(dataset);
    broken.meetings[0]!.dates.value.start = "2019-6-27";
    await expect(writeParquet(out, broken)).rejects.toThrow();
    expect(readdirSync(out).filter((name) => !name.endsWith(".parquet"))).toEqual([]);
    await writeParquet(out, dataset);
    expect(readdirSync(out).sort()).toEqual(TABLES.map((t) => `${t.name}.parquet`).sort());
  });
});

describe("@duckdb/node-api, an optional peer dependency", () => {
  it("is loaded when Parquet is written, and its absence is reported with what to install", () => {
    const missing = (id: string) => {
      throw Object.assign(new Error(`Cannot find module '${id}'`), { code: "MODULE_NOT_FOUND" });
    };
    expect(() => loadDuckDb(missing)).toThrow("the parquet format needs the @duckdb/node-api package, which is not installed: npm install @duckdb/node-api");
    expect(loadDuckDb().DuckDBInstance).toBe(DuckDBInstance);
  });

  it("lets any other failure through as it is", () => {
    const broken = () => {
      throw new Error("Could not locate the bindings file");
    };
    expect(() => loadDuckDb(broken)).toThrow("Could not locate the bindings file");
  });
});

/** Every table of `out` read back by DuckDB, column types and rows, equals the dataset's rows. */
async function expectSameRows(out: string, data: typeof dataset, only?: string[]): Promise<void> {
  for (const spec of TABLES.filter((t) => only === undefined || only.includes(t.name))) {
    const file = `'${out}/${spec.name}.parquet'`;
    const columns = (await rowsOf(`DESCRIBE SELECT * FROM ${file}`)) as { column_name: string; column_type: string }[];
    expect(columns.map((c) => `${c.column_name} ${c.column_type}`), spec.name).toEqual(spec.fields.map((f) => `${f.name} ${DUCKDB_TYPES[f.type]}`));
    const expected = [...spec.rows(data)].map((row) => Object.fromEntries(spec.fields.map((f) => [f.name, asDuckDb(f.type, row[f.name])])));
    const actual = await rowsOf(`SELECT * FROM ${file}`);
    expect(actual, spec.name).toEqual(expected);
  }
}

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
