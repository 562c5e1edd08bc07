import { describe, expect, it } from "vitest";
import { dataset, meetingsByDate, getMeeting } from "@briefings/core";
import type { Dataset, Meeting } from "@briefings/core";
import { SEED_ID } from "../../test/seed";
import { FACETS, facetMeetings, facetPath, facetValues, filterMeetings, isFacet, matchesFacet } from "./filters";

/**
 * A dataset of three meetings with known years, types, topics and organizations: the seed (with its participants)
 * and two made-up ones built from it, so that the filters have something to tell apart.
 */
function withMoreMeetings(): Dataset {
  const d = structuredClone(dataset) as Dataset;
  // The seed taken from the curated dataset: core's lookups treat a dataset as immutable, so `d` is not looked up
  // before it is complete.
  const seed = structuredClone(getMeeting(dataset, SEED_ID)!);
  d.meetings = [seed];
  d.participations = d.participations.filter((p) => p.meeting === SEED_ID);
  const other = (id: string, start: string, type: Meeting["type"]["value"], topics: Meeting["topics"], org: string): Meeting => ({
    ...structuredClone(seed),
    id,
    dates: { ...seed.dates, value: { start, end: start } },
    type: { ...seed.type, value: type },
    topics,
    organizers: [{ organization: org, role: "convener", evidence: seed.organizers[0]!.evidence }],
  });
  d.meetings.push(other("2021-03-01-a", "2021-03-01", "workshop", ["gender"], "cted"), other("2019-01-10-b", "2019-01-10", "open-briefing", ["gender", "soft-targets"], "gctf"));
  return d;
}

describe("filters", () => {
  const d = withMoreMeetings();
  const all = meetingsByDate(d);

  it("counts each value over the meetings that have it; years newest first", () => {
    const years = facetValues(d, "year");
    expect(years.map((v) => [v.value, v.count])).toEqual([
      ["2021", 1],
      ["2019", 2],
    ]);
    const topics = facetValues(d, "topic");
    expect(topics.find((t) => t.value === "gender")?.count).toBe(2);
    expect(topics.find((t) => t.value === "soft-targets")?.count).toBe(2);
    expect(topics.find((t) => t.value === "gender")?.label).toBe("Gender");
  });

  it("filters by year, type, topic and organization, keeping the given order", () => {
    expect(filterMeetings(d, all, "year", "2019").map((m) => m.id)).toEqual(["2019-06-27-protection-of-soft-targets", "2019-01-10-b"]);
    expect(filterMeetings(d, all, "type", "workshop").map((m) => m.id)).toEqual(["2021-03-01-a"]);
    expect(filterMeetings(d, all, "topic", "gender").map((m) => m.id)).toEqual(["2021-03-01-a", "2019-01-10-b"]);
    expect(filterMeetings(d, all, "organization", "gctf").map((m) => m.id)).toEqual(["2019-06-27-protection-of-soft-targets", "2019-01-10-b"]);
    expect(filterMeetings(d, all, "year", "1999")).toEqual([]);
  });

  it("counts an organization once per meeting, whether it convened or took part", () => {
    const ctc = facetValues(d, "organization").find((v) => v.value === "ctc");
    expect(ctc?.count).toBe(1);
    expect(ctc?.label).toBe("Counter-Terrorism Committee (CTC)");
    expect(matchesFacet(d, d.meetings[0]!, "organization", "facebook")).toBe(true);
  });

  it("every listed value leads to a page that lists exactly its count", () => {
    for (const facet of FACETS) for (const v of facetValues(d, facet)) expect(filterMeetings(d, all, facet, v.value)).toHaveLength(v.count);
  });

  it("lists each value's meetings newest first, as filtering the whole list does", () => {
    for (const facet of FACETS) {
      for (const v of facetValues(d, facet)) expect(facetMeetings(d, facet, v.value)).toStrictEqual(filterMeetings(d, all, facet, v.value));
    }
    expect(facetMeetings(d, "year", "1999")).toStrictEqual([]);
  });

  it("names facets and builds encoded paths", () => {
    expect(isFacet("year")).toBe(true);
    expect(isFacet("colour")).toBe(false);
    expect(facetPath("organization", "a/b")).toBe("/browse/organization/a%2Fb/");
  });
});

describe("the review-state filter", () => {
  it("lists curated and draft briefings apart, with the states' labels", () => {
    const d = withMoreMeetings();
    d.meetings[1]!.review = { state: "draft", note: "Ingest draft." };
    const all = meetingsByDate(d);
    expect(facetValues(d, "review").map((v) => [v.value, v.label, v.count])).toEqual([
      ["curated", "Curated", 2],
      ["draft", "Draft (awaiting review)", 1],
    ]);
    expect(filterMeetings(d, all, "review", "draft").map((m) => m.id)).toEqual([d.meetings[1]!.id]);
    expect(filterMeetings(d, all, "review", "curated")).toHaveLength(2);
  });
});
