// The model's answers to the gaps earlier curation found: each field accepts what it is for and
// refuses what it is not (issue 11, item 6).
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { dataset } from "../dataset";
import { Figure, Location, Meeting, Organization, PartialDate, Role, SourceLocation } from "./index";

const paths = (result: { success: boolean; error?: z.ZodError }) => result.error?.issues.map((i) => i.path.join(".")) ?? [];
const cite = { kind: "citation", source: "s" } as const;
const meeting = () => structuredClone(dataset.meetings[0]!);

describe("model: review state", () => {
  it("requires every meeting to say whether it is curated or a draft", () => {
    const m = meeting() as Partial<ReturnType<typeof meeting>>;
    delete m.review;
    expect(paths(Meeting.safeParse(m))).toEqual(["review"]);
    expect(paths(Meeting.safeParse({ ...meeting(), review: { state: "reviewed" } }))).toEqual(["review.state"]);
    expect(Meeting.safeParse({ ...meeting(), review: { state: "draft" } }).success).toBe(true);
  });
});

describe("model: sources that disagree", () => {
  it("keeps another source's value beside the record's, and requires saying which is preferred and why", () => {
    const m = meeting();
    m.dates.alternatives = [{ value: { start: "2019-06-28", end: "2019-06-28" }, evidence: [cite] }];
    expect(paths(Meeting.safeParse(m))).toEqual(["dates.preferred"]);
    m.dates.preferred = "The body of the page gives the day; the dateline is the day of publication.";
    expect(Meeting.safeParse(m).success).toBe(true);
    const orphan = meeting();
    orphan.title.preferred = "no alternatives to prefer over";
    expect(paths(Meeting.safeParse(orphan))).toEqual(["title.preferred"]);
  });

  it("checks an alternative's value with the fact's own schema", () => {
    const m = meeting();
    m.dates.alternatives = [{ value: { start: "2019-02-30", end: "2019-02-30" }, evidence: [cite] }];
    m.dates.preferred = "why";
    expect(paths(Meeting.safeParse(m))).toContain("dates.alternatives.0.value.start");
  });

  it("records a figure two sources give differently", () => {
    const f = { ...structuredClone(dataset.figures[0]!), alternatives: [{ value: 96, asStated: "96", evidence: [cite] }] };
    expect(paths(Figure.safeParse(f))).toEqual(["preferred"]);
    expect(Figure.safeParse({ ...f, preferred: "the official page" }).success).toBe(true);
  });
});

describe("model: gaps closed", () => {
  it("accepts a location known only by its city", () => {
    expect(Location.safeParse({ city: "Madrid", country: "Spain" }).success).toBe(true);
    expect(paths(Location.safeParse({ name: "", city: "Madrid", country: "Spain" }))).toEqual(["name"]);
  });

  it("takes partial dates as precise as the source, and no more", () => {
    for (const ok of ["2015", "2015-02", "2015-02-28", "2016-02-29"]) expect(PartialDate.safeParse(ok).success, ok).toBe(true);
    for (const bad of ["15", "2015-13", "2015-2", "2015-02-30", "2015-02-29", "2015/02"]) expect(PartialDate.safeParse(bad).success, bad).toBe(false);
  });

  it("gives an organization a founding date with its evidence", () => {
    const o = { ...structuredClone(dataset.organizations[0]!), founded: { value: "2015-02", evidence: [cite] } };
    expect(Organization.safeParse(o).success).toBe(true);
    expect(paths(Organization.safeParse({ ...o, founded: { value: "February 2015", evidence: [cite] } }))).toEqual(["founded.value"]);
  });

  it("numbers a meeting in a series, lists organizations mentioned, and keeps claims with a confidence", () => {
    const m = {
      ...meeting(),
      series: { value: { name: "annual open meetings under resolution 2354 (2017)", number: 3 }, evidence: [cite] },
      mentions: [{ organization: "unoct", evidence: [cite] }],
      claims: [{ value: "The first meeting away from New York since 2015.", evidence: [cite], confidence: 0.5 }],
    };
    expect(Meeting.safeParse(m).success).toBe(true);
    expect(paths(Meeting.safeParse({ ...m, series: { value: { name: "x", number: 0 }, evidence: [cite] } }))).toEqual(["series.value.number"]);
    expect(paths(Meeting.safeParse({ ...m, claims: [{ value: "x", evidence: [cite], confidence: 2 }] }))).toEqual(["claims.0.confidence"]);
  });

  it("relates a meeting to one outside the dataset, never to both kinds at once or to neither", () => {
    const external = { external: { title: "A day of discussion at New York University", date: "2017-11-15" }, relation: "preceded-by", evidence: [cite] };
    expect(Meeting.safeParse({ ...meeting(), related: [external] }).success).toBe(true);
    expect(paths(Meeting.safeParse({ ...meeting(), related: [{ ...external, meeting: "x" }] }))).toEqual(["related.0.meeting"]);
    expect(paths(Meeting.safeParse({ ...meeting(), related: [{ relation: "continues", evidence: [cite] }] }))).toEqual(["related.0.meeting"]);
  });

  it("records a role's stated term beside its observed dates", () => {
    const r = { ...structuredClone(dataset.roles[0]!), term: { start: "2018-01", end: "2019-12", evidence: [cite] } };
    expect(Role.safeParse(r).success).toBe(true);
    expect(paths(Role.safeParse({ ...r, term: { start: "2018-01" } }))).toEqual(["term.evidence"]);
  });

  it("records the copy a curator read at an address, so a reader can check they hold the same text", () => {
    const l = { role: "mirror", url: "http://mirror.example/ctc/node/1", status: "verified" } as const;
    const copy = { sha256: "a".repeat(64), bytes: 2001, retrieved: "2026-12-02", extent: "excerpt" } as const;
    expect(SourceLocation.safeParse({ ...l, copy }).success).toBe(true);
    expect(paths(SourceLocation.safeParse({ ...l, copy: { ...copy, sha256: "abc" } }))).toEqual(["copy.sha256"]);
  });
});
