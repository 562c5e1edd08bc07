import { describe, expect, it } from "vitest";
import { dataset } from "../dataset";
import type { Dataset } from "../schemas/dataset";
import type { Meeting } from "../schemas/meeting";
import { organizationMeetings } from "./organizations";
import { personAppearances } from "./people";
import { countByYear, datasetYears, meetingTimeline, meetingTypeGroup, organizationYears, personYears, yearOf, yearPosition } from "./timeline";

const seed = dataset.meetings[0]!;

/** A copy of the seed meeting on another day, of another type and review state. */
function meeting(id: string, start: string, type: string, state: "curated" | "draft" = "curated"): Meeting {
  const m = structuredClone(seed);
  m.id = id;
  m.dates.value = { start, end: start };
  m.type.value = type as Meeting["type"]["value"];
  m.review = { state };
  return m;
}

describe("meetingTimeline", () => {
  it("counts meetings by year, type, family and review state, with the empty years in between", () => {
    const t = meetingTimeline([
      meeting("a", "2003-02-20", "security-council-briefing"),
      meeting("b", "2003-03-06", "special-meeting", "draft"),
      meeting("c", "2003-11-01", "security-council-briefing"),
      meeting("d", "2006-05-01", "open-briefing"),
      meeting("e", "2006-06-01", "no-such-type"),
    ]);
    expect(t.years.map((y) => [y.year, y.total])).toEqual([
      [2003, 3],
      [2004, 0],
      [2005, 0],
      [2006, 2],
    ]);
    expect(t.max).toBe(3);
    const y2003 = t.years[0]!;
    expect(y2003.review).toEqual({ curated: 2, draft: 1 });
    expect(y2003.types).toEqual([
      { type: "security-council-briefing", count: 2 },
      { type: "special-meeting", count: 1 },
    ]);
    expect(y2003.groups).toEqual([
      { group: "special", count: 1 },
      { group: "council", count: 2 },
    ]);
    expect(t.years[1]).toEqual({ year: 2004, total: 0, review: { curated: 0, draft: 0 }, types: [], groups: [] });
    // A type outside the vocabulary is counted as its own type, in the family "unknown", and sorted last.
    expect(t.types.map((x) => x.type)).toEqual(["open-briefing", "special-meeting", "security-council-briefing", "no-such-type"]);
    expect(t.groups).toEqual([
      { group: "committee", count: 1 },
      { group: "special", count: 1 },
      { group: "council", count: 2 },
      { group: "unknown", count: 1 },
    ]);
  });

  it("is empty for no meetings", () => {
    expect(meetingTimeline([])).toEqual({ years: [], max: 0, types: [], groups: [] });
  });

  it("adds up to the dataset: every meeting counted once, in its year and its family", () => {
    const t = meetingTimeline(dataset.meetings);
    expect(t.years.reduce((n, y) => n + y.total, 0)).toBe(dataset.meetings.length);
    for (const y of t.years) {
      expect(y.review.curated + y.review.draft).toBe(y.total);
      expect(y.types.reduce((n, x) => n + x.count, 0)).toBe(y.total);
      expect(y.groups.reduce((n, x) => n + x.count, 0)).toBe(y.total);
    }
    expect(t.years.map((y) => y.year)).toEqual(t.years.map((_, i) => t.years[0]!.year + i));
    expect(t.years[0]!.year).toBe(datasetYears(dataset)!.first);
  });
});

describe("years", () => {
  it("reads the year of a date and the family of a type", () => {
    expect(yearOf("2019-06-27")).toBe(2019);
    expect(yearOf("2004")).toBe(2004);
    expect(yearOf("June 2004")).toBeUndefined();
    expect(meetingTypeGroup("security-council-open-debate")).toBe("council");
    expect(meetingTypeGroup("constructor")).toBe("unknown");
  });

  it("counts dates per year over a range, zeros included, and leaves out dates outside it", () => {
    expect(countByYear(["2003-01-01", "2003-05-05", "2005-01-01"])).toEqual([
      { year: 2003, count: 2 },
      { year: 2004, count: 0 },
      { year: 2005, count: 1 },
    ]);
    expect(countByYear(["2003-01-01", "2009-01-01"], { first: 2002, last: 2004 })).toEqual([
      { year: 2002, count: 0 },
      { year: 2003, count: 1 },
      { year: 2004, count: 0 },
    ]);
    expect(countByYear([])).toEqual([]);
  });

  it("counts a person's meetings once per meeting, and an organization's meetings, per year", () => {
    const d: Dataset = structuredClone(dataset);
    const p = d.participations.find((x) => x.person !== undefined)!;
    // A second part in the same meeting does not count the meeting twice.
    d.participations.push({ ...p, id: `${p.id}-again` });
    const range = datasetYears(d)!;
    const years = personYears(d, p.person!, range);
    expect(years).toHaveLength(range.last - range.first + 1);
    const distinct = new Set(personAppearances(d, p.person!).map((a) => a.meeting.id)).size;
    expect(years.reduce((n, y) => n + y.count, 0)).toBe(distinct);

    const org = organizationYears(dataset, "ctc", range);
    expect(org.reduce((n, y) => n + y.count, 0)).toBe(organizationMeetings(dataset, "ctc").length);
    expect(organizationYears(dataset, "no-such-organization")).toEqual([]);
  });

  it("places a year, a month and a day on a time axis", () => {
    expect(yearPosition("2004", "start")).toBe(2004);
    expect(yearPosition("2004", "end")).toBe(2005);
    expect(yearPosition("2005-03", "start")).toBeCloseTo(2005 + 59 / 365, 6);
    expect(yearPosition("2005-03", "end")).toBeCloseTo(2005 + 90 / 365, 6);
    expect(yearPosition("2004-12-31", "end")).toBe(2005);
    expect(yearPosition("2004-03-01", "start")).toBeCloseTo(2004 + 60 / 366, 6);
    expect(yearPosition("2004-13", "start")).toBeUndefined();
    expect(yearPosition("soon", "start")).toBeUndefined();
  });
});
