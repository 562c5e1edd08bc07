import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listFiles, parseCsv, readJson, seed, tempDir } from "../test/helpers";
import { csvField, csvRecord, writeCsv } from "./csv";
import { TABLES } from "./tables";

const dataset = await seed();

interface Resource {
  name: string;
  path: string;
  schema: { fields: { name: string; type: string; constraints?: { required?: boolean } }[]; primaryKey: string[]; foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[] };
}

async function exportCsv() {
  const dir = tempDir();
  await writeCsv(dir, dataset);
  const pkg = readJson(join(dir, "datapackage.json")) as { resources: Resource[] };
  const tables = new Map(pkg.resources.map((r) => [r.name, parseCsv(readFileSync(join(dir, r.path), "utf8"))]));
  return { dir, pkg, tables };
}

describe("CSV", () => {
  it("quotes fields as RFC 4180 says, and tells null from an empty string", () => {
    expect(csvField(undefined)).toBe("");
    expect(csvField("")).toBe('""');
    expect(csvField("plain")).toBe("plain");
    expect(csvField('say "hi", then\r\nleave')).toBe('"say ""hi"", then\r\nleave"');
    expect(csvField(true)).toBe("true");
    expect(csvField(2.5)).toBe("2.5");
    expect(parseCsv(csvRecord(["a,b", undefined, "", 'q"', "x\ny"]))).toEqual([["a,b", null, "", 'q"', "x\ny"]]);
  });

  it("writes one file per table, and the datapackage describes every column of every file", async () => {
    const { dir, pkg, tables } = await exportCsv();
    expect(listFiles(dir)).toEqual([...TABLES.map((t) => `${t.name}.csv`), "datapackage.json"].sort());
    for (const resource of pkg.resources) {
      const rows = tables.get(resource.name)!;
      expect(rows[0], resource.name).toEqual(resource.schema.fields.map((f) => f.name));
      for (const row of rows.slice(1)) {
        expect(row, resource.name).toHaveLength(resource.schema.fields.length);
        resource.schema.fields.forEach((field, i) => {
          const cell = row[i];
          if (field.constraints?.required) expect(cell, `${resource.name}.${field.name}`).not.toBeNull();
          if (cell === null || cell === undefined) return;
          if (field.type === "integer") expect(cell, `${resource.name}.${field.name}`).toMatch(/^-?\d+$/);
          if (field.type === "number") expect(Number.isFinite(Number(cell)), `${resource.name}.${field.name}`).toBe(true);
          if (field.type === "boolean") expect(["true", "false"]).toContain(cell);
          if (field.type === "date") expect(cell, `${resource.name}.${field.name}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        });
      }
    }
  });

  it("has unique primary keys and foreign keys that all resolve", async () => {
    const { pkg, tables } = await exportCsv();
    const resources = new Map(pkg.resources.map((r) => [r.name, r]));
    const keyOf = (row: (string | null)[], header: (string | null)[], fields: string[]) => JSON.stringify(fields.map((f) => row[header.indexOf(f)]));
    let checked = 0;
    for (const resource of pkg.resources) {
      const [header, ...rows] = tables.get(resource.name)!;
      const keys = rows.map((row) => keyOf(row, header!, resource.schema.primaryKey));
      expect(new Set(keys).size, `${resource.name} primary key`).toBe(keys.length);
      for (const fk of resource.schema.foreignKeys) {
        const targetName = fk.reference.resource === "" ? resource.name : fk.reference.resource;
        const [targetHeader, ...targetRows] = tables.get(targetName)!;
        const targets = new Set(targetRows.map((row) => keyOf(row, targetHeader!, fk.reference.fields)));
        for (const row of rows) {
          // As in Frictionless, a key with a missing value is not checked.
          if (fk.fields.some((f) => row[header!.indexOf(f)] === null)) continue;
          expect(targets.has(keyOf(row, header!, fk.fields)), `${resource.name}.${fk.fields.join("+")} → ${targetName}`).toBe(true);
          checked++;
        }
      }
      expect(resources.get(resource.name)).toBe(resource);
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("keeps every evidence and link row of the dataset", async () => {
    const { tables } = await exportCsv();
    const rows = (name: string) => tables.get(name)!.length - 1;
    expect(rows("meeting_topics")).toBe(dataset.meetings.reduce((n, m) => n + m.topics.length, 0));
    expect(rows("meeting_organizers")).toBe(dataset.meetings.reduce((n, m) => n + m.organizers.length, 0));
    expect(rows("participation_roles")).toBe(dataset.participations.reduce((n, p) => n + p.roles.length, 0));
    let evidence = 0;
    const count = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(count);
      else if (value !== null && typeof value === "object") {
        for (const [k, v] of Object.entries(value)) {
          if (k === "evidence" && Array.isArray(v)) evidence += v.length;
          else count(v);
        }
      }
    };
    count(dataset);
    expect(rows("evidence")).toBe(evidence);
    // Text survives quoting: quotes with commas and curly quotes read back equal.
    const [header, ...quoteRows] = tables.get("quotes")!;
    expect(quoteRows.map((r) => r[header!.indexOf("text")])).toEqual(dataset.quotes.map((q) => q.text));
    const [sh, ...sourceRows] = tables.get("sources")!;
    expect(sourceRows.map((r) => r[sh!.indexOf("archive_text")] ?? undefined)).toEqual(dataset.sources.map((s) => s.archive?.text));
  });
});
