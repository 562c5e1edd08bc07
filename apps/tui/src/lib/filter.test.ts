import { dataset, meetingsByDate, getOrganization, getPerson } from "@briefings/core";
import { describe, expect, it } from "vitest";
import { tokenize } from "@briefings/core/search";
import { briefingRows, cycle, filterRows, typesOf, yearsOf } from "./filter";

const rows = briefingRows(dataset);
// A briefing with a quote, named speakers and organizations (derived from the data, not hard-coded).
const seed = dataset.meetings.find((m) => dataset.quotes.some((q) => q.meeting === m.id))!;
const speakerNames = dataset.participations.filter((p) => p.meeting === seed.id && p.person).map((p) => getPerson(dataset, p.person!)!.name);
const orgs = dataset.participations.filter((p) => p.meeting === seed.id && p.organization).map((p) => getOrganization(dataset, p.organization!)!);
const quote = dataset.quotes.find((q) => q.meeting === seed.id)!;

describe("briefing rows", () => {
  it("lists every briefing, newest first, with date, type and title", () => {
    expect(rows.map((r) => r.id)).toEqual(meetingsByDate(dataset).map((m) => m.id));
    const newest = meetingsByDate(dataset)[0]!;
    expect(rows[0]).toMatchObject({ id: newest.id, date: newest.dates.value.start, type: newest.type.value, title: newest.title.value });
  });
});

describe("filterRows", () => {
  it("finds a briefing by words of its title, people, organizations and quotes, as word prefixes", () => {
    const queries = [seed.title.value.split(" ").slice(0, 2).join(" "), ...speakerNames, ...orgs.map((o) => o.acronym ?? o.name), quote.text.split(" ").slice(0, 4).join(" ")];
    for (const query of queries) expect(filterRows(rows, { query }).map((r) => r.id), query).toContain(seed.id);
    expect(filterRows(rows, { query: speakerNames[0]!.slice(0, 4).toUpperCase() }).map((r) => r.id)).toContain(seed.id);
  });

  it("finds nothing for words that are in no briefing", () => {
    expect(filterRows(rows, { query: "zzzqqq" })).toEqual([]);
    expect(filterRows(rows, { query: `${speakerNames[0]} zzzqqq` })).toEqual([]);
  });

  it("filters by year and type", () => {
    expect(filterRows(rows, { query: "", year: rows[0]!.year }).every((r) => r.year === rows[0]!.year)).toBe(true);
    expect(filterRows(rows, { query: "", year: 1900 })).toEqual([]);
    expect(filterRows(rows, { query: "", type: seed.type.value }).map((r) => r.id)).toContain(seed.id);
    expect(filterRows(rows, { query: "", type: "no-such-type" })).toEqual([]);
  });

  it("folds case and accents, and splits words as core's search does", () => {
    const name = speakerNames[0]!;
    expect(filterRows(rows, { query: name.toUpperCase().replace(/ /g, "-") }).map((r) => r.id)).toContain(seed.id);
  });
});

describe("years, types and cycling", () => {
  it("offers the years and types present", () => {
    expect(yearsOf(rows)).toContain(Number(seed.dates.value.start.slice(0, 4)));
    expect(typesOf(rows)).toContain(seed.type.value);
  });

  it("cycles all → each value → all", () => {
    expect(cycle([2020, 2019], undefined)).toBe(2020);
    expect(cycle([2020, 2019], 2020)).toBe(2019);
    expect(cycle([2020, 2019], 2019)).toBeUndefined();
    expect(cycle([], undefined)).toBeUndefined();
  });
});

describe("the word index", () => {
  it("finds the same rows as a plain scan, for many queries", () => {
    const words = new Map(rows.map((r) => [r, tokenize(`${r.title} ${r.text}`)]));
    const naive = (query: string) => {
      const typed = tokenize(query);
      return rows.filter((r) => typed.every((t) => words.get(r)!.some((w) => w.startsWith(t)))).map((r) => r.id);
    };
    const samples = new Set<string>(["", "a", "co", "counter terror", "soft targets", "zz", "2019", "un", "the of", "Meza-Cuadra", "É"]);
    for (const r of rows) for (const w of words.get(r)!.slice(0, 5)) samples.add(w.slice(0, 3));
    for (const q of samples) expect(filterRows(rows, { query: q }).map((r) => r.id), q).toEqual(naive(q));
  });
});
