// The Frictionless Data Package that describes the CSV files (`dataPackage`, `writeCsv`): what a reader's tools
// (frictionless, csvkit, a spreadsheet importer) read from it to parse the files: profiles, dialect, types, keys.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seed, tempDir } from "../test/helpers";
import { dataPackage, writeCsv } from "./csv";
import { TABLES } from "./tables";

const dataset = await seed();

describe("dataPackage", () => {
  it("names the package, its version, licence and citation", () => {
    const pkg = dataPackage(dataset);
    expect({ ...pkg, resources: undefined }).toStrictEqual({
      profile: "tabular-data-package",
      name: "briefings",
      title: "Briefings: UN Security Council Counter-Terrorism Committee meetings",
      version: dataset.version,
      licenses: [{ name: dataset.license, path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0" }],
      citation: dataset.citation,
      resources: undefined,
    });
  });

  it("describes each table as a CSV resource: RFC 4180 dialect, typed fields, required ones, keys, empty field as missing", () => {
    const table = TABLES.find((t) => t.fields.some((f) => f.required) && t.fields.some((f) => !f.required))!;
    const [resource, ...rest] = dataPackage(dataset, [table]).resources as Record<string, unknown>[];
    expect(rest).toStrictEqual([]);
    expect(resource).toStrictEqual({
      name: table.name,
      path: `${table.name}.csv`,
      profile: "tabular-data-resource",
      description: table.description,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: table.fields.map((f) => (f.required ? { name: f.name, type: f.type, description: f.description, constraints: { required: true } } : { name: f.name, type: f.type, description: f.description })),
        missingValues: [""],
        primaryKey: table.primaryKey,
        foreignKeys: table.foreignKeys,
      },
    });
  });

  it("writes datapackage.json indented by default, on one line when asked", async () => {
    const pretty = tempDir();
    await writeCsv(pretty, dataset);
    const compact = tempDir();
    await writeCsv(compact, dataset, false);
    const expected = dataPackage(dataset);
    expect(readFileSync(join(pretty, "datapackage.json"), "utf8")).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    expect(readFileSync(join(compact, "datapackage.json"), "utf8")).toBe(`${JSON.stringify(expected)}\n`);
  });
});
