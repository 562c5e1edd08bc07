import * as schemas from "@briefings/core/schemas";
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { TABLES } from "./tables";

// The fields of every core schema object and the tables that carry them. When core adds a field, this
// test fails until the tables (and so CSV and SQLite) carry it too: nothing is dropped silently.
const CARRIED: [name: string, schema: z.ZodObject, fields: string[]][] = [
  ["Source", schemas.Source as unknown as z.ZodObject, ["id", "title", "kind", "publisher", "published", "language", "locations", "retrieved", "archive", "defects", "note"]],
  ["SourceLocation", schemas.SourceLocation as unknown as z.ZodObject, ["role", "url", "path", "status", "confidence", "note", "copy"]],
  ["SourceArchive", schemas.SourceArchive, ["text", "sha256", "bytes", "mediaType", "file", "attribution"]],
  ["Correction", schemas.Correction as unknown as z.ZodObject, ["id", "source", "kind", "action", "start", "end", "before", "after", "rationale", "confidence", "related", "recoveredUrl"]],
  ["Organization", schemas.Organization, ["id", "name", "acronym", "alternateNames", "kind", "parent", "url", "founded", "evidence"]],
  ["Person", schemas.Person, ["id", "name", "givenName", "familyName", "sortName", "alternateNames", "evidence"]],
  ["Role", schemas.Role as unknown as z.ZodObject, ["id", "person", "organization", "title", "titleAsStated", "honorific", "tenure", "start", "end", "term", "evidence", "confidence", "note"]],
  ["Meeting", schemas.Meeting, ["id", "title", "alternateTitles", "dates", "startTime", "type", "organizers", "venue", "objectives", "summary", "topics", "sessions", "media", "documents", "related", "series", "mentions", "claims", "sources", "notes", "review"]],
  ["Location", schemas.Location, ["name", "city", "country", "dates"]],
  ["Venue", schemas.Venue as unknown as z.ZodObject, ["mode", "locations"]],
  ["Organizer", schemas.Organizer, ["organization", "role", "evidence"]],
  ["Session", schemas.Session as unknown as z.ZodObject, ["id", "kind", "number", "title", "summary", "date"]],
  ["MediaLink", schemas.MediaLink as unknown as z.ZodObject, ["id", "kind", "label", "status", "url", "evidence", "note"]],
  ["DocumentReference", schemas.DocumentReference, ["symbol", "relation", "date", "evidence"]],
  ["MeetingRelation", schemas.MeetingRelation, ["meeting", "external", "relation", "evidence"]],
  ["Participation", schemas.Participation as unknown as z.ZodObject, ["id", "meeting", "session", "person", "roles", "organization", "description", "capacity", "evidence", "confidence", "note"]],
  ["Statement", schemas.Statement, ["id", "meeting", "session", "participation", "onBehalfOf", "kind", "text", "evidence", "confidence"]],
  ["Quote", schemas.Quote, ["id", "meeting", "participation", "document", "statement", "text", "evidence"]],
  ["Figure", schemas.Figure, ["id", "meeting", "participation", "value", "unit", "measure", "asStated", "approximate", "period", "asOf", "evidence", "confidence", "note", "alternatives", "preferred"]],
];

describe("tables", () => {
  it.each(CARRIED)("carry every field of %s", (_name, schema, fields) => {
    expect(Object.keys(schema.shape).sort()).toEqual([...fields].sort());
  });

  it("have unique names and columns, primary keys and foreign keys on known columns and tables", () => {
    const names = TABLES.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    for (const t of TABLES) {
      const columns = t.fields.map((f) => f.name);
      expect(new Set(columns).size, t.name).toBe(columns.length);
      for (const key of t.primaryKey) expect(columns, `${t.name} primary key`).toContain(key);
      for (const fk of t.foreignKeys) {
        for (const f of fk.fields) expect(columns, `${t.name} foreign key`).toContain(f);
        const target = fk.reference.resource === "" ? t : TABLES.find((x) => x.name === fk.reference.resource);
        expect(target, `${t.name} → ${fk.reference.resource}`).toBeDefined();
        // A foreign key must point at the target's primary key (SQLite requires a unique key).
        expect(fk.reference.fields).toEqual(target!.primaryKey);
      }
    }
  });
});

describe("the fact_alternatives table", () => {
  it("writes a structured value as canonical JSON: the same text whatever order its keys came in", async () => {
    const { dataset, getMeeting } = await import("@briefings/core");
    const spec = TABLES.find((t) => t.name === "fact_alternatives")!;
    const meeting = dataset.meetings.find((m) => (m.dates.alternatives ?? []).length > 0)!;
    // The same dataset, with the keys of that meeting's alternative dates in the other order.
    const reordered = structuredClone(dataset);
    const dates = getMeeting(reordered, meeting.id)!.dates;
    dates.alternatives = dates.alternatives!.map((a) => ({ ...a, value: Object.fromEntries(Object.entries(a.value).reverse()) as typeof a.value }));
    const rows = [...spec.rows(dataset)].filter((r) => r.record_id === meeting.id && r.field === "dates");
    expect(rows.length).toBeGreaterThan(0);
    expect([...spec.rows(reordered)].filter((r) => r.record_id === meeting.id && r.field === "dates")).toEqual(rows);
    // Keys sorted, as everywhere else in the export.
    for (const row of rows) expect(Object.keys(JSON.parse(row.value as string) as object)).toEqual(["end", "start"]);
  });
});
