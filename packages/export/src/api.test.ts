import { existsSync } from "node:fs";
import { join } from "node:path";
import { citationFormats, recordCitation } from "@briefings/core";
import { describe, expect, it } from "vitest";
import { listFiles, readJson, seed, tempDir } from "../test/helpers";
import { writeApi } from "./api";

const dataset = await seed();

interface Index {
  version: string;
  collections: Record<string, { id: string; href: string }[]>;
}

describe("static JSON API", () => {
  it("writes one file per entity, all listed in index.json, and nothing else", async () => {
    const dir = tempDir();
    await writeApi(dir, dataset);
    const index = readJson(join(dir, "index.json")) as Index;
    expect(index.version).toBe(dataset.version);
    const listed = Object.values(index.collections).flatMap((entries) => entries.map((e) => e.href));
    expect(listFiles(dir)).toEqual(["index.json", ...listed].sort());
    expect(index.collections.briefings!.map((b) => b.id)).toEqual(dataset.meetings.map((m) => m.id));
    expect(index.collections.people!.map((p) => p.id)).toEqual(dataset.people.map((p) => p.id));
    expect(index.collections.sources!.map((p) => p.id)).toEqual(dataset.sources.map((s) => s.id));
  });

  it("carries how to cite each briefing, person and organization (the site's citation), and the dataset in the index", async () => {
    const dir = tempDir();
    const origin = "https://briefings.example.org";
    await writeApi(dir, dataset, false, origin);
    const meeting = dataset.meetings[0]!;
    const file = readJson(join(dir, "briefings", `${meeting.id}.json`)) as { cite: unknown };
    expect(file.cite).toEqual(citationFormats(recordCitation(dataset, "briefing", meeting.id, { origin })!));
    expect((file.cite as { csl: { URL: string } }).csl.URL).toBe(`${origin}/briefings/${meeting.id}/`);
    const person = dataset.people[0]!;
    expect((readJson(join(dir, "people", `${person.id}.json`)) as { cite: { text: string } }).cite.text).toContain(`${origin}/people/${person.id}/`);
    const org = dataset.organizations[0]!;
    expect((readJson(join(dir, "organizations", `${org.id}.json`)) as { cite: { bibtex: string } }).cite.bibtex).toContain(`@misc{briefings:organization:${org.id},`);
    expect((readJson(join(dir, "index.json")) as { cite: { text: string } }).cite.text).toBe(`${dataset.citation} ${origin}/data/`);
  });

  it("puts a briefing's records in its file, and the sources as links that resolve", async () => {
    const dir = tempDir();
    await writeApi(dir, dataset);
    const meeting = dataset.meetings[0]!;
    const file = readJson(join(dir, "briefings", `${meeting.id}.json`)) as {
      meeting: unknown;
      participations: { id: string; person?: string }[];
      quotes: unknown[];
      statements: unknown[];
      figures: unknown[];
      people: { id: string }[];
      sources: { id: string; href: string }[];
    };
    expect(file.meeting).toEqual(meeting);
    expect(file.participations).toEqual(dataset.participations.filter((p) => p.meeting === meeting.id));
    expect(file.quotes).toEqual(dataset.quotes.filter((q) => q.meeting === meeting.id));
    expect(file.statements).toEqual(dataset.statements.filter((q) => q.meeting === meeting.id));
    expect(file.figures).toEqual(dataset.figures.filter((q) => q.meeting === meeting.id));
    const named = new Set(file.participations.flatMap((p) => (p.person ? [p.person] : [])));
    expect(file.people.map((p) => p.id).sort()).toEqual([...named].sort());
    expect(file.sources.map((s) => s.id)).toEqual(expect.arrayContaining(meeting.sources));
    for (const s of file.sources) expect(existsSync(join(dir, s.href)), s.href).toBe(true);
    for (const id of named) {
      const person = readJson(join(dir, "people", `${id}.json`)) as { related: { briefings: string[] } };
      const attended = dataset.meetings.filter((m) => dataset.participations.some((p) => p.meeting === m.id && p.person === id)).map((m) => m.id);
      expect(person.related.briefings.sort()).toEqual(attended.sort());
      expect(person.related.briefings).toContain(meeting.id);
    }
  });
});
