import { describe, expect, it } from "vitest";
import { dataset } from "../dataset";
import type { Dataset } from "../schemas/dataset";
import { meetingsInYear, meetingYears } from "./calendar";

/** The curated data with two meetings added in 2099, given out of date order. */
function withFuture(): Dataset {
  const d = structuredClone(dataset);
  const later = structuredClone(d.meetings[0]!);
  const earlier = structuredClone(d.meetings[0]!);
  later.id = "2099-12-01-later";
  later.dates.value = { start: "2099-12-01", end: "2099-12-02" };
  earlier.id = "2099-02-01-earlier";
  earlier.dates.value = { start: "2099-02-01", end: "2099-02-01" };
  d.meetings.push(later, earlier);
  return d;
}

describe("meetingsInYear", () => {
  it("returns the meetings starting in that year, oldest first, and nothing else", () => {
    const d = withFuture();
    expect(meetingsInYear(d, 2099).map((m) => m.id)).toEqual(["2099-02-01-earlier", "2099-12-01-later"]);
    expect(meetingsInYear(d, 1990)).toEqual([]);
  });

  it("partitions the meetings: every meeting is in the year of its first day, once", () => {
    const d = withFuture();
    const years = [...new Set(d.meetings.map((m) => Number(m.dates.value.start.slice(0, 4))))];
    const seen = years.flatMap((y) => meetingsInYear(d, y).map((m) => [y, m.dates.value.start.slice(0, 4), m.id] as const));
    expect(seen.map(([, , id]) => id).sort()).toEqual(d.meetings.map((m) => m.id).sort());
    for (const [year, start] of seen) expect(start).toBe(String(year));
    for (const y of years) {
      const starts = meetingsInYear(d, y).map((m) => m.dates.value.start);
      expect(starts).toEqual([...starts].sort());
    }
  });
});

describe("meetingYears", () => {
  it("lists each year with meetings once, oldest first, with its count", () => {
    const d = withFuture();
    const years = meetingYears(d);
    expect(years.map((y) => y.year)).toEqual([...new Set(d.meetings.map((m) => Number(m.dates.value.start.slice(0, 4))))].sort((a, b) => a - b));
    expect(years.at(-1)).toEqual({ year: 2099, meetings: 2 });
    expect(years.reduce((n, y) => n + y.meetings, 0)).toBe(d.meetings.length);
    expect(meetingYears({ ...d, meetings: [] })).toEqual([]);
  });
});
