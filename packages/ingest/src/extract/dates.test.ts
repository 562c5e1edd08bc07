import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { addressDate, findDates } from "./dates";
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
const read = (name: string, url?: string) => {
  const text = sections.get(name);
  if (text === undefined) throw new Error(`no section ${name}`);
  const f = findDates(readDoc(text), url ? { url } : {});
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

  it("widens the day to the technical sessions held with the meeting on the days next to it", () =>
    expect(read("sessions-widen")).toEqual(["2021-06-07", "2021-06-09"]));
  it("does not widen the day to sessions held weeks before", () => expect(read("sessions-far")).toEqual(["2021-06-09", "2021-06-09"]));
  it("reads a labelled date opening the first paragraph as the date of publication", () =>
    expect(read("labelled-date-line")).toEqual(["2020-03-12", "2020-03-13"]));
  it("does not take the end of a mandate period as the meeting's day", () => expect(read("period-ending")).toBeUndefined());
  it("does not take the day a resolution was adopted as the meeting's day", () => expect(read("adoption-day")).toBeUndefined());
  it("reads a date followed by a dash and a quoted word as a dateline", () => expect(read("dash-quote-after")).toEqual(["2020-02-03", "2020-02-03"]));
});

describe("the date of publication the source's address writes", () => {
  it("reads a year, a month and a day from the path only", () => {
    expect(addressDate("https://news.example.org/en/story/2007/11/12345")).toMatchObject({ year: 2007, month: 11 });
    expect(addressDate("https://news.example.org/2024/02/29/some-story/")).toMatchObject({ year: 2024, month: 2, day: 29 });
    expect(addressDate("http://www.example.org/ctc/news/2011-10-04_meeting.html")).toMatchObject({ year: 2011, month: 10, day: 4 });
    expect(addressDate("http://www.example.org/press/docs/2004/note12.doc.htm")).toEqual({ year: 2004, written: "/2004" });
    expect(addressDate("https://www.example.org/en/202508212435")).toMatchObject({ year: 2025, month: 8, day: 21 });
  });
  it("reads nothing from the host, the query, numbers that are no calendar date, or no address", () => {
    expect(addressDate("https://2019.example.org/story?date=2019-05-04")).toBeUndefined();
    expect(addressDate("https://www.example.org/international/40005078")).toBeUndefined();
    expect(addressDate("https://news.example.org/2023/02/30/story/")?.day).toBeUndefined();
    expect(addressDate(undefined)).toBeUndefined();
  });
  it("gives a day written without its year the address's year", () => {
    expect(read("year-from-address")).toBeUndefined();
    expect(read("year-from-address", "https://news.example.org/en/story/2013/10/555")).toEqual(["2013-10-12", "2013-10-12"]);
    expect(read("year-from-address", "https://news.example.org/en/story/2013/11/555")).toEqual(["2013-10-12", "2013-10-12"]);
    // a day in a month well after the address's is the year before's, and then more than a month before it: background
    expect(read("year-from-address", "https://news.example.org/en/story/2014/01/555")).toBeUndefined();
  });
  it("counts 'on Tuesday' back from the day the address writes", () => {
    expect(read("weekday-from-address")).toBeUndefined();
    expect(read("weekday-from-address", "https://news.example.org/2019/05/09/regional-body/")).toEqual(["2019-05-07", "2019-05-07"]);
  });
  it("does not take a day of another event when the meeting was 'today' and the day of publication is unknown", () => {
    expect(read("today-other-event", "https://news.example.org/en/story/2003/04/555")).toBeUndefined();
  });
});
