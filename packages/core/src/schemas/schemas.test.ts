import { describe, expect, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import { dataset } from "../dataset";
import { Correction, Dataset, Evidence, MediaLink, Meeting, Participation, Person, Quote, Session, Source, Venue } from "./index";

const paths = (result: { success: boolean; error?: z.ZodError }) => result.error?.issues.map((i) => i.path.join(".")) ?? [];

describe("schemas: the curated dataset", () => {
  it("parses as a Dataset, and parsing changes nothing (defaults already applied)", () => {
    const parsed = Dataset.parse(dataset);
    expect(parsed).toEqual(dataset);
  });
});

describe("schemas: primitives", () => {
  const person = dataset.people[0]!;
  it.each([
    ["upper case", "Gustavo"],
    ["spaces", "gustavo meza"],
    ["double hyphen", "a--b"],
    ["trailing hyphen", "a-"],
    ["empty", ""],
  ])("rejects an id with %s", (_, id) => {
    expect(paths(Person.safeParse({ ...person, id }))).toEqual(["id"]);
  });

  it("rejects an impossible date and a date range that ends before it starts", () => {
    const m = structuredClone(dataset.meetings[0]!);
    m.dates.value = { start: "2019-02-30", end: "2019-02-30" };
    expect(paths(Meeting.safeParse(m))).toContain("dates.value.start");
    m.dates.value = { start: "2019-06-28", end: "2019-06-27" };
    expect(paths(Meeting.safeParse(m))).toEqual(["dates.value.end"]);
  });

  it("refuses non-http URLs, so a data URL can never become a javascript: link", () => {
    const s = structuredClone(dataset.sources.find((x) => x.locations.some((l) => l.url))!);
    s.locations[0]!.url = "javascript:alert(1)";
    expect(paths(Source.safeParse(s))).toEqual(["locations.0.url"]);
  });
});

describe("schemas: evidence", () => {
  it("accepts a span and a citation", () => {
    expect(Evidence.safeParse({ kind: "span", source: "s", start: 0, end: 3, exact: "abc" }).success).toBe(true);
    expect(Evidence.safeParse({ kind: "citation", source: "s" }).success).toBe(true);
  });

  it("rejects an empty or reversed span, a negative or fractional offset, an unknown kind", () => {
    expect(paths(Evidence.safeParse({ kind: "span", source: "s", start: 3, end: 3, exact: "a" }))).toEqual(["end"]);
    expect(paths(Evidence.safeParse({ kind: "span", source: "s", start: -1, end: 3, exact: "a" }))).toEqual(["start"]);
    expect(paths(Evidence.safeParse({ kind: "span", source: "s", start: 0.5, end: 3, exact: "a" }))).toEqual(["start"]);
    expect(Evidence.safeParse({ kind: "rumour", source: "s" }).success).toBe(false);
  });

  it("requires evidence on facts: a person without evidence is invalid", () => {
    expect(paths(Person.safeParse({ ...dataset.people[0]!, evidence: [] }))).toEqual(["evidence"]);
  });

  it("requires a quote's first evidence to be a span", () => {
    const q = structuredClone(dataset.quotes[0]!);
    const bad = { ...q, evidence: [{ kind: "citation", source: "x" }] };
    expect(Quote.safeParse(bad).success).toBe(false);
  });
});

describe("schemas: cross-field refinements", () => {
  it("a flagged correction leaves the text as is; a repair changes it", () => {
    const c = structuredClone(dataset.corrections.find((x) => x.action === "repaired" && x.before !== "")!);
    expect(paths(Correction.safeParse({ ...c, after: c.before }))).toEqual(["after"]);
    expect(paths(Correction.safeParse({ ...c, action: "flagged" }))).toEqual(["after"]);
  });

  it("a virtual meeting has no location; an in-person one has one", () => {
    expect(Venue.safeParse({ mode: "virtual" }).success).toBe(true);
    expect(paths(Venue.safeParse({ mode: "in-person" }))).toEqual(["locations"]);
    expect(paths(Venue.safeParse({ mode: "virtual", locations: [{ name: "HQ", city: "New York", country: "United States" }] }))).toEqual(["locations"]);
  });

  it("thematic sessions, and only they, are numbered", () => {
    expect(paths(Session.safeParse({ id: "session-1", kind: "thematic" }))).toEqual(["number"]);
    expect(paths(Session.safeParse({ id: "opening", kind: "opening", number: 1 }))).toEqual(["number"]);
  });

  it("a lost link has no URL; a recovered one has one", () => {
    const lost = dataset.meetings[0]!.media.find((m) => m.status === "target-lost")!;
    expect(paths(MediaLink.safeParse({ ...lost, url: "https://example.org/" }))).toEqual(["url"]);
    const recovered = dataset.meetings[0]!.media.find((m) => m.status === "recovered")!;
    expect(paths(MediaLink.safeParse({ ...recovered, url: undefined }))).toEqual(["url"]);
  });

  it("an archived source records defects as corrections, not as free-standing defects", () => {
    const archived = structuredClone(dataset.sources.find((x) => x.archive)!);
    expect(paths(Source.safeParse({ ...archived, defects: [{ kind: "typo", description: "x" }] }))).toEqual(["defects"]);
    const cited = structuredClone(dataset.sources.find((x) => !x.archive)!);
    expect(Source.safeParse({ ...cited, defects: [{ kind: "date-mismatch", description: "The dateline says 31 January." }] }).success).toBe(true);
  });

  it("a start time is HH:MM", () => {
    const m = structuredClone(dataset.meetings[0]!);
    const evidence = m.dates.evidence;
    expect(Meeting.safeParse({ ...m, startTime: { value: "15:00", evidence } }).success).toBe(true);
    expect(paths(Meeting.safeParse({ ...m, startTime: { value: "3 pm", evidence } }))).toEqual(["startTime.value"]);
  });

  it("a participation names a person, an organization or a description, and roles need a person", () => {
    const p = structuredClone(dataset.participations[0]!);
    expect(paths(Participation.safeParse({ ...p, person: undefined, organization: undefined, description: undefined, roles: [] }))).toEqual(["person"]);
    expect(paths(Participation.safeParse({ ...p, person: undefined }))).toEqual(["roles"]);
  });

  it("reports every problem of a record, not just the first", () => {
    const m = { ...structuredClone(dataset.meetings[0]!), id: "Bad Id", topics: [] as string[], sources: [] as string[] };
    expect(paths(Meeting.safeParse(m)).sort()).toEqual(["id", "sources", "topics"]);
  });
});

describe("schemas: types", () => {
  it("infers types from the schemas", () => {
    expectTypeOf<z.infer<typeof Meeting>["dates"]["value"]>().toEqualTypeOf<{ start: string; end: string }>();
    expectTypeOf<z.infer<typeof Evidence>>().toHaveProperty("kind").toEqualTypeOf<"span" | "citation">();
    expectTypeOf<z.infer<typeof MediaLink>["status"]>().toEqualTypeOf<"ok" | "target-lost" | "recovered" | "unrecorded">();
    expectTypeOf<z.infer<typeof Quote>["evidence"][0]>().toHaveProperty("start").toEqualTypeOf<number>();
    expectTypeOf<z.infer<typeof Quote>["participation"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<z.infer<typeof Quote>["document"]>().toEqualTypeOf<{ title: string; source?: string | undefined } | undefined>();
    expectTypeOf<z.input<typeof Person>["alternateNames"]>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<z.output<typeof Person>["alternateNames"]>().toEqualTypeOf<string[]>();
  });
});
