// A quote of a document (issue 12) in every format: a synthetic case, the curated dataset with one quote given to a
// document the dataset holds as a source, exported whole and read back from each writer's output.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { getMeeting, indexById, type Dataset } from "@briefings/core";
import Database from "better-sqlite3";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { parseCsv, readJson, seed, tempDir } from "../test/helpers";
import { exportDataset } from "./index";

const TITLE = "The synthetic concept note";

/** The curated dataset with its first quote attributed to a document (one of its own sources) instead of a speaker. */
async function withDocumentQuote(): Promise<{ dataset: Dataset; quote: Dataset["quotes"][number]; source: string }> {
  const dataset = structuredClone(await seed());
  const quote = dataset.quotes[0]!;
  // A source the quote's meeting does not otherwise cite, so that the API shows it only because of the quote.
  const meeting = getMeeting(dataset, quote.meeting)!;
  const source = dataset.sources.find((s) => !meeting.sources.includes(s.id) && !JSON.stringify(meeting).includes(`"${s.id}"`))!.id;
  delete quote.participation;
  delete quote.statement;
  quote.document = { title: TITLE, source };
  return { dataset, quote, source };
}

const { dataset, quote, source } = await withDocumentQuote();
const out = join(tempDir(), "export");
await exportDataset(dataset, { out });

describe("a document's quote in every export format", () => {
  it("JSON, NDJSON and the static API keep `document` and no participation; the API lists the document's source", () => {
    const json = readJson(join(out, "dataset.json")) as Dataset;
    expect(json.quotes[0]).toMatchObject({ id: quote.id, document: { title: TITLE, source } });
    expect(json.quotes[0]).not.toHaveProperty("participation");
    const line = readFileSync(join(out, "dataset.ndjson"), "utf8")
      .split("\n")
      .find((l) => l.includes(`"${quote.id}"`))!;
    expect(JSON.parse(line)).toMatchObject({ type: "quote", data: { document: { title: TITLE, source } } });
    const briefing = readJson(join(out, "api", "briefings", `${quote.meeting}.json`)) as { quotes: Dataset["quotes"]; sources: { id: string }[] };
    expect(indexById(briefing.quotes).get(quote.id)?.document).toEqual({ title: TITLE, source });
    expect(briefing.sources.map((s) => s.id)).toContain(source);
  });

  it("JSON Schema describes `document`, and requires exactly one of `participation` and `document`", () => {
    const schema = readJson(join(out, "schema", "quote.schema.json")) as { properties: Record<string, { properties?: Record<string, unknown> }>; required: string[]; oneOf: unknown };
    expect(Object.keys(schema.properties.document!.properties!)).toEqual(["title", "source"]);
    expect(schema.required).not.toContain("participation");
    expect(schema.required).not.toContain("document");
    expect(schema.oneOf).toEqual([{ required: ["participation"] }, { required: ["document"] }]);
    expect(JSON.stringify(readJson(join(out, "schema", "dataset.schema.json")))).toContain('"oneOf":[{"required":["participation"]},{"required":["document"]}]');
  });

  it("CSV, SQLite and Parquet carry `document_title` and `document_source`, and an empty participation", async () => {
    const [header, ...rows] = parseCsv(readFileSync(join(out, "csv", "quotes.csv"), "utf8"));
    const row = Object.fromEntries(header!.map((h, i) => [h, rows.find((r) => r[0] === quote.id)![i]]));
    expect(row).toMatchObject({ participation: null, document_title: TITLE, document_source: source });
    const db = new Database(join(out, "briefings.sqlite"), { readonly: true });
    try {
      expect(db.prepare(`SELECT participation, document_title, document_source FROM quotes WHERE id = ?`).get(quote.id)).toEqual({ participation: null, document_title: TITLE, document_source: source });
      // The document's source is a foreign key to sources.
      expect(db.pragma("foreign_key_check")).toEqual([]);
      expect((db.pragma("foreign_key_list(quotes)") as { table: string; from: string }[]).map((k) => `${k.from}>${k.table}`)).toContain("document_source>sources");
    } finally {
      db.close();
    }
    const duck = await DuckDBInstance.create(":memory:");
    const conn = await duck.connect();
    try {
      const got = (await conn.runAndReadAll(`SELECT participation, document_title, document_source FROM '${join(out, "parquet", "quotes.parquet")}' WHERE id = '${quote.id}'`)).getRowObjectsJson();
      expect(got).toEqual([{ participation: null, document_title: TITLE, document_source: source }]);
    } finally {
      conn.closeSync();
      duck.closeSync();
    }
  });

  it("JSON-LD makes the Quotation part of the document (a CreativeWork, the source's node) with no speaker; Popolo names the document as the attribution", () => {
    const graph = (readJson(join(out, "briefings.jsonld")) as { "@graph": Record<string, unknown>[] })["@graph"];
    const node = graph.find((n) => n.identifier === quote.id)!;
    expect(node.spokenByCharacter).toBeUndefined();
    expect(node.isPartOf).toEqual([{ "@id": expect.stringMatching(new RegExp(`source:${source}$`, "u")), "@type": "CreativeWork", name: TITLE }]);
    const popolo = readJson(join(out, "popolo.json")) as { speeches: Record<string, unknown>[] };
    const speech = popolo.speeches.find((s) => s.id === quote.id)!;
    expect(speech.attribution_text).toBe("quoted from the synthetic concept note");
    expect(speech.creator_id).toBeUndefined();
  });
});
