import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findDates } from "./dates";
import { readDoc } from "./text";
import { findTitle } from "./title";
import { repairText } from "../repair";

/** The sections of synthetic-dates-layouts.txt, by name ("### name" opens one). */
const sections = new Map(
  readFileSync(new URL("../../test/fixtures/synthetic-dates-layouts.txt", import.meta.url), "utf8")
    .split(/^### /mu)
    .filter(Boolean)
    .map((s) => [s.slice(0, s.indexOf("\n")).trim(), s.slice(s.indexOf("\n") + 1)] as const),
);
const read = (name: string) => {
  const text = sections.get(name);
  if (text === undefined) throw new Error(`no section ${name}`);
  const f = findDates(readDoc(text));
  return f && [f.start, f.end];
};

describe("meeting dates in the layouts of real pages (synthetic-dates-layouts.txt)", () => {
  it("reads a dateline in brackets, its month in capitals", () => expect(read("bracket-dateline")).toEqual(["2019-03-14", "2019-03-14"]));
  it("reads a date stamp written day-month-year with hyphens", () => expect(read("stamp")).toEqual(["2018-02-09", "2018-02-09"]));
  it("reads the date field of a metadata line split by middle dots", () => expect(read("field-line")).toEqual(["2019-04-02", "2019-04-02"]));
  it("keeps the middle dots, arrows and link arrows of a metadata line (no repair), so that its date is read", () => {
    const text = `← Back to Home\n\n${sections.get("field-line") ?? ""}`;
    const { text: repaired, repairs } = repairText(text);
    expect(repairs).toEqual([]);
    const f = findDates(readDoc(repaired));
    expect(f && [f.start, f.end]).toEqual(["2019-04-02", "2019-04-02"]);
  });
  it("spans the days of an N-day meeting that began on the day found", () => expect(read("began-two-day")).toEqual(["2018-06-05", "2018-06-06"]));
  it("spans the days of an N-day meeting that ended on the day found", () => expect(read("ended-three-day")).toEqual(["2017-05-07", "2017-05-09"]));
  it("takes 'On <weekday>, <date>, the Committees held' over the dateline", () => expect(read("weekday-after-on")).toEqual(["2016-05-05", "2016-05-05"]));
  it("takes the later days a release announces (a comma glued to the day) over its dateline", () => expect(read("announcement")).toEqual(["2015-03-14", "2015-03-16"]));
  it("does not take a year from a date of another month for a day written without one", () => expect(read("year-from-another-month")).toBeUndefined());
  it("takes the year of a month named with it for a day of that month", () => expect(read("year-from-the-same-month")).toEqual(["2012-11-20", "2012-11-20"]));
  it("reads a blog's date line in Russian or French as the date of publication, and not as the headline", () => {
    expect(read("russian-date-line")).toEqual(["2019-03-07", "2019-03-07"]);
    expect(read("french-date-line")).toEqual(["2019-02-07", "2019-02-07"]);
    for (const name of ["russian-date-line", "french-date-line"]) expect(findTitle(readDoc(sections.get(name) ?? ""))?.value).toBe("Committee hears regional bodies on border controls");
  });
  it("takes the day of a caption saying who was addressing the Council", () => expect(read("caption-addressing")).toEqual(["2012-10-03", "2012-10-03"]));
});
