// The date reader called directly: addressDate, dayOf, dateMentions and findDates, with exact dates, spans (offsets),
// flags, confidences and notes, for each form a date is written in and each step that chooses the meeting's day.
// Texts written for these tests (synthetic, in our own words).
import { describe, expect, it } from "vitest";
import { addressDate, dayOf } from "./dates";
import { TODAY_NOTE, dateMentionRows as mentions, foundDates as found, onDateLine as onLine } from "../../test/extract-helpers";

const HEAD = "Harbour panel notes\n\n";

describe("addressDate: the date of publication a source's address writes", () => {
  it.each([
    ["https://port.example.org/1990/01/04/item", { year: 1990, month: 1, day: 4, written: "/1990/01/04" }],
    ["https://port.example.org/2039/12/31/item", { year: 2039, month: 12, day: 31, written: "/2039/12/31" }],
    ["HTTPS://PORT.example.org:8080/2010/05/06/", { year: 2010, month: 5, day: 6, written: "/2010/05/06" }],
    ["https://port.example.org/news/2011-10-04_item", { year: 2011, month: 10, day: 4, written: "2011-10-04" }],
    ["https://port.example.org/en/20250821", { year: 2025, month: 8, day: 21, written: "/20250821" }],
    ["https://port.example.org/en/20250821.html", { year: 2025, month: 8, day: 21, written: "/20250821" }],
    ["https://port.example.org/en/199912310101?page=2", { year: 1999, month: 12, day: 31, written: "/199912310101" }],
    ["https://port.example.org/en/20250821#top", { year: 2025, month: 8, day: 21, written: "/20250821" }],
    ["https://port.example.org/a/2010-09/item", { year: 2010, month: 9, written: "/2010-09" }],
    ["https://port.example.org/a/2010/item", { year: 2010, written: "/2010" }],
    // a month that is none: the year alone, from the next pattern
    ["https://port.example.org/2011/13/04/item", { year: 2011, written: "/2011" }],
    ["https://port.example.org/2011/00/04/item", { year: 2011, written: "/2011" }],
    // a day that is none: the year and month
    ["https://port.example.org/2023/02/30/item/", { year: 2023, month: 2, written: "/2023/02" }],
    // the first pattern that reads a real date wins, wherever it is in the path
    ["https://port.example.org/a/2011-02-30_x/2012/03/", { year: 2012, month: 3, written: "/2012/03" }],
  ])("%s", (url, date) => expect(addressDate(url)).toEqual(date));

  it.each([
    "https://port.example.org/1989/05/04/item",
    "https://port.example.org/2040/01/02/item",
    "https://port.example.org/en/19891231",
    "https://port.example.org/en/20401231",
    "https://port.example.org/en/20250832",
    "https://port.example.org/en/2025082112345678",
    "https://port.example.org/a/2010-13/item",
    "https://port.example.org/a/2011-10-04-5",
    "https://port.example.org/a/12011-10-04",
    "https://port.example.org/a/2010",
    "https://port.example.org/a#/2010/05/06/",
    "https://port.example.org/a?/2010/05/06/",
    "port.example.org/2011/10/04/item",
    // only the path of an address with a scheme: not an address inside a query, not the host
    "port.example.org/go?to=https://x.example.org/2011/10/04/",
    "https://archive.2011-10-04.example.org/item",
    "",
  ])("reads nothing from %s", (url) => expect(addressDate(url)).toBeUndefined());
});

describe("dayOf: a day and month with the year given", () => {
  it("takes the year given when the text writes none", () => expect(dayOf("the panel met in Oslo on 28 October", 2020)).toBe("2020-10-28"));
  it("takes the year the text writes, after a comma", () => expect(dayOf("in Oslo on 28 Oct, 2019, then home", 2020)).toBe("2019-10-28"));
  it("reads an abbreviated month in any case", () => expect(dayOf("in Oslo on 3 SEPT", 2020)).toBe("2020-09-03"));
  it("gives nothing for a day that is none, or no day", () => {
    expect(dayOf("in Oslo on 31 February", 2020)).toBeUndefined();
    expect(dayOf("in Oslo on October 28", 2020)).toBeUndefined();
  });
});

describe("dateMentions: the forms a date is written in", () => {
  it("day first: a day, a range with a dash or 'and', an abbreviation, hyphens", () =>
    expect(mentions("Notes for October 2022: the panel met on 6 March, on 28-29 October 2022, on 28 and 29 Oct, 2022, on 27 Jan 2005 and on 23-Nov-2022.")).toEqual([
      ["6 March", "2022-03-06", "2022-03-06", false, "guessed=true", 0],
      ["28-29 October 2022", "2022-10-28", "2022-10-29", true, "", 0],
      ["28 and 29 Oct, 2022", "2022-10-28", "2022-10-29", true, "", 0],
      ["27 Jan 2005", "2005-01-27", "2005-01-27", true, "", 0],
      ["23-Nov-2022", "2022-11-23", "2022-11-23", true, "", 0],
    ]));
  it("month first: with a comma or not, a range, two months, an abbreviation with a stop", () =>
    expect(mentions("The panel met on June 27, 2019, on October 28-29, 2022, on October 28 and October 29, on Nov 14,2012, on Dec 20 2010 and on Sept. 3, 2011.")).toEqual([
      ["June 27, 2019", "2019-06-27", "2019-06-27", true, "", 0],
      ["October 28-29, 2022", "2022-10-28", "2022-10-29", true, "", 0],
      ["October 28 and October 29", "2022-10-28", "2022-10-29", false, "", 0],
      ["Nov 14,2012", "2012-11-14", "2012-11-14", true, "", 0],
      ["Dec 20 2010", "2010-12-20", "2010-12-20", true, "", 0],
      ["Sept. 3, 2011", "2011-09-03", "2011-09-03", true, "", 0],
    ]));
  it("numbers: day first, swapped when the month is over 12 and the day is not; ISO; none that is no date", () =>
    expect(mentions("Days: 12/11/2001, 15.11.2010, 11/25/2001, 12/25/2001, 05/12/2001, 13/13/2001, 13/25/2001, 2019-06-27 and 2019-13-01.")).toEqual([
      ["12/11/2001", "2001-11-12", "2001-11-12", true, "", 0],
      ["15.11.2010", "2010-11-15", "2010-11-15", true, "", 0],
      ["11/25/2001", "2001-11-25", "2001-11-25", true, "", 0],
      ["12/25/2001", "2001-12-25", "2001-12-25", true, "", 0],
      ["05/12/2001", "2001-12-05", "2001-12-05", true, "", 0],
      ["2019-06-27", "2019-06-27", "2019-06-27", true, "", 0],
    ]));
  it("two dates joined as one range, across a year; not when the first has its year, or the range runs backwards", () =>
    expect(mentions("The panel met from 30 November and 1 December 2016, then 30 December to 2 January 2020, from 3 March 2019 to 4 March 2020, and 5 May to 3 May 2020.")).toEqual([
      ["30 November and 1 December 2016", "2016-11-30", "2016-12-01", true, "", 0],
      ["30 December to 2 January 2020", "2019-12-30", "2020-01-02", true, "", 0],
      ["3 March 2019", "2019-03-03", "2019-03-03", true, "", 0],
      ["4 March 2020", "2020-03-04", "2020-03-04", true, "", 0],
    ]));
  it("a stop after the month only after an abbreviation", () =>
    expect(mentions("The panel met on 27 Jan. 2005, on 3 Sept. and on 6 March. It met in September 2005 and March 2005.")).toEqual([
      ["27 Jan. 2005", "2005-01-27", "2005-01-27", true, "", 0],
      ["3 Sept.", "2005-09-03", "2005-09-03", false, "", 0],
      ["6 March", "2005-03-06", "2005-03-06", false, "", 0],
    ]));
  it("ordinal days, foreign months, no day glued to other numbers or a month inside a word", () =>
    expect(mentions("The panel met on 6th March 2020, on March 7th, 2020, on 7 марта 2019, on 8 février 2019, in version 2.14 May 2020 and on 6 Mayday 2020.")).toEqual([
      ["6th March 2020", "2020-03-06", "2020-03-06", true, "", 0],
      ["March 7th, 2020", "2020-03-07", "2020-03-07", true, "", 0],
      ["7 марта 2019", "2019-03-07", "2019-03-07", true, "", 0],
      ["8 février 2019", "2019-02-08", "2019-02-08", true, "", 0],
    ]));
  it("a month-day date inside a day-month one is not read twice; one after several is read", () =>
    expect(mentions("The panel met on 14 May 15:00 and on 1 May, on 2 May and on June 3, 2020.")).toEqual([
      ["14 May", "2020-05-14", "2020-05-14", false, "guessed=true", 0],
      ["1 May", "2020-05-01", "2020-05-01", false, "guessed=true", 0],
      ["2 May", "2020-05-02", "2020-05-02", false, "guessed=true", 0],
      ["June 3, 2020", "2020-06-03", "2020-06-03", true, "", 0],
    ]));
  it("the words that join two dates into a range", () =>
    expect(mentions("In November 2016: 30 November – 1 December 2016, 3 May until 4 May 2016, 5 May through 6 May 2016, 7 May till 8 May 2016, 9 May — 10 May 2016.")).toEqual([
      ["30 November – 1 December 2016", "2016-11-30", "2016-12-01", true, "", 0],
      ["3 May until 4 May 2016", "2016-05-03", "2016-05-04", true, "", 0],
      ["5 May through 6 May 2016", "2016-05-05", "2016-05-06", true, "", 0],
      ["7 May till 8 May 2016", "2016-05-07", "2016-05-08", true, "", 0],
      ["9 May — 10 May 2016", "2016-05-09", "2016-05-10", true, "", 0],
    ]));
  it("no range across other words, more than three spaces, or when the second date has no year", () =>
    expect(mentions("In November 2016: 30 November, and 1 December 2016; 3 May and then 4 May 2016; 5 May    to 6 May 2016; 7 May and 8 May, both in May 2016.")).toEqual([
      ["30 November", "2016-11-30", "2016-11-30", false, "", 0],
      ["1 December 2016", "2016-12-01", "2016-12-01", true, "", 0],
      ["3 May", "2016-05-03", "2016-05-03", false, "", 0],
      ["4 May 2016", "2016-05-04", "2016-05-04", true, "", 0],
      ["5 May", "2016-05-05", "2016-05-05", false, "", 0],
      ["6 May 2016", "2016-05-06", "2016-05-06", true, "", 0],
      ["7 May", "2016-05-07", "2016-05-07", false, "", 0],
      ["8 May", "2016-05-08", "2016-05-08", false, "", 0],
    ]));
  it("no date whose first or last day is none", () =>
    expect(mentions("In February 2020: from 30 February to 2 March 2020, 27-30 February 2021, 29 February 2021, 28 February 2021.")).toEqual([
      ["28 February 2021", "2021-02-28", "2021-02-28", true, "", 0],
    ]));
  it("dates of every form, in the order the text writes them", () =>
    expect(mentions("The panel met on 2020-08-05, on 06/09/2020, on June 3, 2020 and on 4 July 2020.")).toEqual([
      ["2020-08-05", "2020-08-05", "2020-08-05", true, "", 0],
      ["06/09/2020", "2020-09-06", "2020-09-06", true, "", 0],
      ["June 3, 2020", "2020-06-03", "2020-06-03", true, "", 0],
      ["4 July 2020", "2020-07-04", "2020-07-04", true, "", 0],
    ]));
  it("a dash with no space joins a range; a dash opening a list item joins nothing; a month-day date right after an abbreviated day-month one is read", () => {
    expect(mentions("The panel met on 30 November–1 December 2016 and on 6 Jan.Feb 3, 2020.")).toEqual([
      ["30 November–1 December 2016", "2016-11-30", "2016-12-01", true, "", 0],
      // (the line has few other letters: a date line, whose year the day takes)
      ["6 Jan.", "2016-01-06", "2016-01-06", false, "", 0],
      ["Feb 3, 2020", "2020-02-03", "2020-02-03", true, "", 0],
    ]);
    expect(mentions(`${HEAD}- 4 May 2020: the panel met in Oslo.`)).toEqual([["4 May 2020", "2020-05-04", "2020-05-04", true, "", 1]]);
  });
  it("offsets count from the start of the text, paragraph by paragraph", () =>
    expect(mentions(`${HEAD}The panel met on 7 May 2019.\n\nIt met again on 8 May 2019.`)).toEqual([
      ["7 May 2019", "2019-05-07", "2019-05-07", true, "", 1],
      ["8 May 2019", "2019-05-08", "2019-05-08", true, "", 2],
    ]));
});

describe("dateMentions: the year of a day written without one", () => {
  it("the year of the date line at the top", () =>
    expect(mentions(`9 May 2031\n\n${HEAD}The panel met on 6 March.`)).toEqual([
      ["9 May 2031", "2031-05-09", "2031-05-09", true, "", 0],
      ["6 March", "2031-03-06", "2031-03-06", false, "", 2],
    ]));
  it("else the year the text names most often, the latest of equals; a month named with the year is no guess", () => {
    expect(mentions(`${HEAD}The panel met on 6 March. It met in March 2021.`)).toEqual([["6 March", "2021-03-06", "2021-03-06", false, "", 1]]);
    expect(mentions(`${HEAD}The panel met on 6 March. It met in May 2019, June 2019 and July 2020.`)).toEqual([["6 March", "2019-03-06", "2019-03-06", false, "guessed=true", 1]]);
    expect(mentions(`${HEAD}The panel met on 6 March. It met in May 2020 and June 2019.`)).toEqual([["6 March", "2020-03-06", "2020-03-06", false, "guessed=true", 1]]);
    expect(mentions(`${HEAD}The harbour panel met on 6 March and again on 7 May 2019.`)).toEqual([
      ["6 March", "2019-03-06", "2019-03-06", false, "guessed=true", 1],
      ["7 May 2019", "2019-05-07", "2019-05-07", true, "", 1],
    ]);
  });
  it("not from a date that is history", () => {
    expect(mentions(`${HEAD}The panel met on 6 March. Since May 2018 it has grown, and in May 2021 it met.`)).toEqual([["6 March", "2021-03-06", "2021-03-06", false, "guessed=true", 1]]);
    expect(mentions(`${HEAD}The panel met on 6 March. It was established on 4 May 2018. It met on 7 May 2021.`)).toEqual([
      ["6 March", "2021-03-06", "2021-03-06", false, "guessed=true", 1],
      ["4 May 2018", "2018-05-04", "2018-05-04", true, "", 1],
      ["7 May 2021", "2021-05-07", "2021-05-07", true, "", 1],
    ]);
  });
  it("no year at all: no date", () => expect(mentions(`${HEAD}The panel met from 30 November to 2 December, in its tenth year.`)).toEqual([]));
  it("from the address: the year that puts the day nearest its date", () => {
    expect(mentions(`${HEAD}The panel met on 6 March.`, "https://port.example.org/2019/a/")).toEqual([["6 March", "2019-03-06", "2019-03-06", false, "address=true", 1]]);
    expect(mentions(`${HEAD}The panel met on 6 October and on 6 November.`, "https://port.example.org/2019/05/06/a")).toEqual([
      ["6 October", "2019-10-06", "2019-10-06", false, "address=true", 1],
      ["6 November", "2018-11-06", "2018-11-06", false, "address=true", 1],
    ]);
    expect(mentions(`${HEAD}The panel met on 6 June and on 6 May.`, "https://port.example.org/2019/12/06/a")).toEqual([
      ["6 June", "2019-06-06", "2019-06-06", false, "address=true", 1],
      ["6 May", "2020-05-06", "2020-05-06", false, "address=true", 1],
    ]);
    // a stated year is the text's own
    expect(mentions(`${HEAD}The harbour panel met in the northern port on 6 June 2001 and on 6 May.`, "https://port.example.org/2019/12/06/a")).toEqual([
      ["6 June 2001", "2001-06-06", "2001-06-06", true, "", 1],
      ["6 May", "2020-05-06", "2020-05-06", false, "address=true", 1],
    ]);
  });
});

const PATROLS = "\n\nHarbour chiefs agree on patrols\n\nThe harbour chiefs agreed today to patrol the coast together.";

describe("findDates: the date line at the top (the day of publication)", () => {
  it("a date with a weekday, a time and a zone around it", () =>
    expect(found(`Tuesday, 4 March 2031 10:15 a.m. EST${PATROLS}`)).toEqual(onLine("2031-03-04", "4 March 2031", 9, 0.8, TODAY_NOTE)));
  it("the words a date line may have are no letters of its own", () =>
    expect(found(`Sunday 9:30 4 March 2031 GMT Updated Date Dated Published Press Release Security Council 5 p.m. 10.30am${PATROLS}`)).toEqual(
      onLine("2031-03-04", "4 March 2031", 12, 0.8, TODAY_NOTE),
    ));
  it("at most 24 other letters on the line, the date's own not counted", () => {
    expect(found(`Port notes abcdefghijklmno 4 March 2031${PATROLS}`)).toEqual(onLine("2031-03-04", "4 March 2031", 27, 0.8, TODAY_NOTE));
    expect(found(`Port notes abcdefghijklmnop 4 March 2031${PATROLS}`)).toBeUndefined();
  });
  it("the same count on a date line below another line", () => {
    expect(found(`Harbour chiefs meet\n\nPort tags abcdefghijklmnop 4 March 2031${PATROLS}`)).toEqual(onLine("2031-03-04", "4 March 2031", 48, 0.8, TODAY_NOTE));
    expect(found(`Harbour chiefs meet\n\nPort tags abcdefghijklmnopq 4 March 2031${PATROLS}`)).toBeUndefined();
  });
  it("a labelled date, however many letters follow", () =>
    expect(found(`Posted 4 March 2031 | revised 5 March 2031 | abcdefghijklmnopqrstu${PATROLS}`)).toEqual(onLine("2031-03-04", "4 March 2031", 7, 0.8, TODAY_NOTE)));
  it("'this morning' is today too; a date line alone is the day of publication, with a low confidence", () => {
    expect(found("4 March 2031\n\nHarbour chiefs agree on patrols\n\nThe harbour chiefs agreed on patrols this morning.")).toEqual(onLine("2031-03-04", "4 March 2031", 0, 0.8, TODAY_NOTE));
    expect(found("4 March 2031\n\nHarbour chiefs agree on patrols\n\nThe harbour chiefs agreed on patrols.")).toEqual(
      onLine("2031-03-04", "4 March 2031", 0, 0.5, "Only the date of publication is given; it may differ from the meeting's."),
    );
  });
});

describe("findDates: a sentence that says when the meeting was held", () => {
  const H = "Harbour chiefs agree on patrols\n\n";
  it("'On <day>' opening the sentence: the span starts at 'On'", () =>
    expect(found(`${H}On 4 March 2031, the harbour chiefs held a meeting and agreed to patrol the coast.`)).toEqual({
      start: "2031-03-04",
      end: "2031-03-04",
      span: { start: 33, end: 48 },
      confidence: 0.95,
      written: "On 4 March 2031",
    }));
  it("a day without its year: a lower confidence and a note", () =>
    expect(found(`${H}On 4 March, the harbour chiefs held a meeting. They met in March 2031 again.`)).toEqual({
      start: "2031-03-04",
      end: "2031-03-04",
      span: { start: 33, end: 43 },
      confidence: 0.85,
      note: "The year is not written with the day; it is taken from the text's other dates.",
      written: "On 4 March",
    }));
  it("'From' a range: the span is the range's", () =>
    expect(found(`${H}From 4 to 6 March 2031, the harbour chiefs held a workshop on patrols.`)).toEqual({
      start: "2031-03-04",
      end: "2031-03-06",
      span: { start: 38, end: 55 },
      confidence: 0.95,
      written: "4 to 6 March 2031",
    }));
  it("'held its meeting on', 'the <day> meeting', 'Tomorrow (<day>)'", () => {
    expect(found(`${H}The harbour chiefs held its meeting on 4 March 2031 in Lisbon.`)).toMatchObject({ start: "2031-03-04", end: "2031-03-04", confidence: 0.95, written: "4 March 2031" });
    expect(found(`${H}The chiefs discussed, at the 4 March 2031 meeting of the panel, patrols.`)).toMatchObject({ start: "2031-03-04", confidence: 0.95, written: "4 March 2031" });
    expect(found(`${H}Tomorrow (5 March 2031), the harbour chiefs will gather in Lisbon.`)).toMatchObject({ start: "2031-03-05", confidence: 0.95, written: "5 March 2031" });
  });
  it("the first such day of the sentence; not one after 'since'", () => {
    expect(found(`${H}The harbour chiefs met on 2 March 2031 and on 3 March 2031 in a workshop, and since 1 March 2031 they patrol.`)).toMatchObject({ start: "2031-03-02", written: "2 March 2031" });
    expect(found(`${H}In talks since 1 March 2031 the chiefs agreed. The harbour chiefs held a workshop on 3 March 2031 and 4 March 2031.`)).toMatchObject({ start: "2031-03-03", written: "3 March 2031" });
  });
  it("a day named in a sentence about a meeting, when nothing says it was held then", () =>
    expect(found(`${H}The harbour chiefs agreed on patrols on 4 March 2031, on 5 March 2031 and on 6 March 2031 in a meeting. They met.`)).toEqual({
      start: "2031-03-04",
      end: "2031-03-04",
      span: { start: 73, end: 85 },
      confidence: 0.7,
      note: "The day is named in a sentence about a meeting; check that it is this meeting's.",
      written: "4 March 2031",
    }));
  it("a sentence that opens with the day is the day's sentence, not the one before it", () =>
    expect(found("The chiefs held no meeting. 4 March 2031 was a quiet day for the patrols of the coast.")).toBeUndefined());
  it("no day in a sentence about a meeting: nothing", () =>
    expect(found(`${H}The harbour chiefs agreed to patrol the coast together, the chair said on 4 March 2031 after the talks.`)).toBeUndefined());
});

describe("findDates: a dateline, and weekdays counted back", () => {
  it("a release announcing a later meeting", () =>
    expect(found("LISBON, 4 March 2031 -- The harbour chiefs agreed on patrols.\n\nThey will meet again on 9 March 2031 in Porto to hold a meeting.")).toEqual({
      start: "2031-03-09",
      end: "2031-03-09",
      span: { start: 87, end: 99 },
      confidence: 0.75,
      note: "The release, dated 2031-03-04, announces the meeting for a later day.",
      dateline: { date: "2031-03-04", span: { start: 8, end: 20 } },
      written: "9 March 2031",
    }));
  it("the dateline's day when the body names another day in passing", () =>
    expect(found("LISBON, 4 March 2031 -- The harbour chiefs agreed on patrols.\n\nThe chiefs spoke of 2 March 2031 in a meeting.")).toEqual({
      ...onLine("2031-03-04", "4 March 2031", 8, 0.85, "The meeting date is the dateline's (the release reports the meeting of that day)."),
    }));
  it("'on Tuesday' counted back from the dateline (the same day)", () =>
    expect(found("LISBON, 4 March 2031 -- The harbour chiefs agreed on patrols on Tuesday in a meeting.")).toEqual({
      start: "2031-03-04",
      end: "2031-03-04",
      span: { start: 61, end: 71 },
      confidence: 0.75,
      note: "The text says “on Tuesday”: counted back from the dateline (2031-03-04).",
      dateline: { date: "2031-03-04", span: { start: 8, end: 20 } },
      written: "on Tuesday",
    }));
  it("'on Monday and Tuesday' counted back from the date of publication; not two weekdays that run backwards", () => {
    expect(found("4 March 2031\n\nHarbour chiefs agree on patrols\n\nThe harbour chiefs met on Monday and Tuesday and agreed on patrols.")).toEqual({
      start: "2031-03-03",
      end: "2031-03-04",
      span: { start: 70, end: 91 },
      confidence: 0.75,
      note: "The text says “on Monday and Tuesday”: counted back from the date of publication (2031-03-04).",
      dateline: { date: "2031-03-04", span: { start: 0, end: 12 } },
      written: "on Monday and Tuesday",
    });
    expect(found("4 March 2031\n\nHarbour chiefs agree on patrols\n\nThe harbour chiefs met on Tuesday and Monday and agreed on patrols.")).toEqual(
      onLine("2031-03-04", "4 March 2031", 0, 0.5, "Only the date of publication is given; it may differ from the meeting's."),
    );
  });
  it("'on Tuesday' counted back from the address's day; 'today' is not read from an address", () => {
    expect(found("Harbour chiefs agree on patrols\n\nThe harbour chiefs agreed on patrols at a meeting on Tuesday.", "https://port.example.org/2031/03/05/item")).toEqual({
      start: "2031-03-04",
      end: "2031-03-04",
      span: { start: 83, end: 93 },
      confidence: 0.7,
      note: "The text says “on Tuesday” and states no date; counted back from the date in the source's address (/2031/03/05: 2031-03-05).",
      written: "on Tuesday",
    });
    expect(found("Harbour chiefs agree on patrols\n\nThe harbour chiefs agreed on patrols today.", "https://port.example.org/2031/03/05/item")).toBeUndefined();
  });
});

describe("findDates: datelines and metadata lines", () => {
  const DATELINE_NOTE = "The meeting date is the dateline's (the release reports the meeting of that day).";
  const ONLY = "Only the date of publication is given; it may differ from the meeting's.";
  it("a dateline in brackets, closed after the date; not one left open", () => {
    expect(found("(LISBON, 4 March 2031) The harbour chiefs agreed on patrols.")).toEqual(onLine("2031-03-04", "4 March 2031", 9, 0.85, DATELINE_NOTE));
    expect(found("(LISBON, 4 March 2031 The harbour chiefs agreed on patrols.")).toBeUndefined();
  });
  it("'On Thursday, <day>' opens a sentence: no dateline", () =>
    expect(found("On Thursday, 5 March 2031, the harbour chiefs held a meeting on patrols.")).toEqual({
      start: "2031-03-05",
      end: "2031-03-05",
      span: { start: 13, end: 25 },
      confidence: 0.95,
      written: "5 March 2031",
    }));
  it("a date then a dash opening the text, with its year; not without", () => {
    expect(found("12 Feb 2031 - The harbour chiefs agreed on patrols.")).toEqual(onLine("2031-02-12", "12 Feb 2031", 0, 0.85, DATELINE_NOTE));
    expect(found("12 Feb - The harbour chiefs agreed on patrols. They met in February 2031.")).toBeUndefined();
  });
  it("a weekday, the date, a place in brackets, a dash and a quotation", () =>
    expect(found("Tuesday 12 Feb 2031 (Lisbon) – “Patrols”, the chiefs said.")).toEqual(onLine("2031-02-12", "12 Feb 2031", 8, 0.85, DATELINE_NOTE)));
  it("a labelled date opening a long paragraph", () =>
    expect(found("Date: 2031-10-29 The harbour chiefs agreed on patrols at length in the capital city of the country.")).toEqual(onLine("2031-10-29", "2031-10-29", 6, 0.5, ONLY)));
  it("the date field of a metadata line, first or between bars, glued to the bar before it but not to the one after", () => {
    const MEETING = "\n\nThe harbour chiefs agreed on patrols at a meeting.";
    expect(found(`2031-10-27 · 95 minutes · Port channel${MEETING}`)).toEqual(onLine("2031-10-27", "2031-10-27", 0, 0.5, ONLY));
    expect(found(`Port channel abcdefghijklmnopqrstuvwxyz · 2031-10-27 · 95 minutes${MEETING}`)).toEqual(onLine("2031-10-27", "2031-10-27", 42, 0.5, ONLY));
    expect(found(`Port channel abcdefghijklmnopqrstuvwxyz ·2031-10-27 · 95 minutes${MEETING}`)).toEqual(onLine("2031-10-27", "2031-10-27", 41, 0.5, ONLY));
    expect(found(`Port channel abcdefghijklmnopqrstuvwxyz | 2031-10-27${MEETING}`)).toEqual(onLine("2031-10-27", "2031-10-27", 42, 0.5, ONLY));
    expect(found(`Port channel abcdefghijklmnopqrstuvwxyz · 2031-10-27 ·95 minutes${MEETING}`)).toBeUndefined();
  });
});

describe("findDates: today as an anniversary", () => {
  const H = "Harbour chiefs agree on patrols\n\n";
  it("in digits or in words, from the words 'Today' to the day", () => {
    expect(found(`${H}Today marks the 5th anniversary of the storm of 14 March 2026.`)).toEqual({
      start: "2031-03-14",
      end: "2031-03-14",
      span: { start: 33, end: 94 },
      confidence: 0.7,
      note: "The text says today is an anniversary of 2026-03-14, 5 years on: 2031-03-14.",
      written: "Today marks the 5th anniversary of the storm of 14 March 2026",
    });
    expect(found(`${H}Today commemorates the twenty-fifth anniversary of the storm of 14 March 2006.`)).toMatchObject({
      start: "2031-03-14",
      note: "The text says today is an anniversary of 2006-03-14, 25 years on: 2031-03-14.",
    });
  });
  it("not an ordinal it does not know, nor a day that is none N years on", () => {
    expect(found(`${H}Today is the hundredth anniversary of the storm of 14 March 2006.`)).toBeUndefined();
    expect(found(`${H}Today is the 1st anniversary of the storm of 29 February 2028.`)).toBeUndefined();
    expect(found(`${H}Today is the 4th anniversary of the storm of 29 February 2028.`)).toMatchObject({ start: "2032-02-29", end: "2032-02-29" });
  });
});

describe("findDates: a meeting of several days", () => {
  const H = "Harbour chiefs meet\n\n";
  const on = (start: string, end: string, written: string, confidence: number, note?: string) => ({
    start,
    end,
    span: { start: 21, end: 21 + written.length },
    confidence,
    ...(note === undefined ? {} : { note }),
    written,
  });
  it("an N-day meeting that began, or ended, on the day found", () => {
    expect(found(`${H}On 4 March 2031, a three-day workshop on patrols began in Lisbon.`)).toEqual(
      on("2031-03-04", "2031-03-06", "On 4 March 2031", 0.8, "The text calls the meeting a 3-day one that began on 2031-03-04: 2031-03-04 to 2031-03-06."),
    );
    expect(found(`${H}On 6 March 2031, a 3-day workshop on patrols concluded in Lisbon.`)).toEqual(
      on("2031-03-04", "2031-03-06", "On 6 March 2031", 0.8, "The text calls the meeting a 3-day one that ended on 2031-03-06: 2031-03-04 to 2031-03-06."),
    );
  });
  it("the day alone when the text gives two lengths, says neither or both, or the day found is a range", () => {
    expect(found(`${H}On 6 March 2031, a two-day workshop on patrols concluded in Lisbon after a three-day visit.`)).toEqual(on("2031-03-06", "2031-03-06", "On 6 March 2031", 0.95));
    expect(found(`${H}On 6 March 2031, a two-day workshop on patrols was held in Lisbon.`)).toEqual(on("2031-03-06", "2031-03-06", "On 6 March 2031", 0.95));
    expect(found(`${H}On 6 March 2031, a two-day workshop on patrols began and ended in Lisbon.`)).toEqual(on("2031-03-06", "2031-03-06", "On 6 March 2031", 0.95));
    expect(found(`${H}On 4 to 5 March 2031, a two-day workshop on patrols began in Lisbon.`)).toEqual(on("2031-03-04", "2031-03-05", "On 4 to 5 March 2031", 0.95));
  });
  it("a note already there is kept before the note of the length", () =>
    expect(found(`${H}On 4 March, a two-day workshop on patrols began in Lisbon. It met in March 2031.`)).toEqual(
      on(
        "2031-03-04",
        "2031-03-05",
        "On 4 March",
        0.8,
        "The year is not written with the day; it is taken from the text's other dates. The text calls the meeting a 2-day one that began on 2031-03-04: 2031-03-04 to 2031-03-05.",
      ),
    ));
  it("sessions held with the meeting within three days of it widen the range; not further, nor sessions not said to go with it", () => {
    const P = `${H}On 9 June 2031, the chiefs held a meeting on patrols.\n\n`;
    expect(found(`${P}Technical sessions preceded it on 6 June 2031 and 7 June 2031.`)).toEqual(
      on("2031-06-06", "2031-06-09", "On 9 June 2031", 0.8, "The sessions held with the meeting (6 June 2031 and 7 June 2031) are counted as its days: 2031-06-06 to 2031-06-09."),
    );
    expect(found(`${P}Technical sessions followed it on 12 June 2031.`)).toEqual(
      on("2031-06-09", "2031-06-12", "On 9 June 2031", 0.8, "The sessions held with the meeting (12 June 2031) are counted as its days: 2031-06-09 to 2031-06-12."),
    );
    expect(found(`${P}Technical sessions preceded it on 5 June 2031 and 7 June 2031.`)).toEqual(on("2031-06-09", "2031-06-09", "On 9 June 2031", 0.95));
    expect(found(`${P}Technical sessions followed it on 13 June 2031.`)).toEqual(on("2031-06-09", "2031-06-09", "On 9 June 2031", 0.95));
    expect(found(`${P}Technical sessions were held on 8 June 2031.`)).toEqual(on("2031-06-09", "2031-06-09", "On 9 June 2031", 0.95));
  });
  it("both: the length, then the sessions, each noted", () =>
    expect(found(`${H}On 9 June 2031, a two-day meeting on patrols began.\n\nTechnical sessions preceded it on 8 June 2031.`)).toEqual(
      on(
        "2031-06-08",
        "2031-06-10",
        "On 9 June 2031",
        0.8,
        "The text calls the meeting a 2-day one that began on 2031-06-09: 2031-06-09 to 2031-06-10. The sessions held with the meeting (8 June 2031) are counted as its days: 2031-06-08 to 2031-06-10.",
      ),
    ));
});

describe("findDates: which day a sentence about the meeting gives", () => {
  const PUB = "4 March 2031\n\nHarbour chiefs meet\n\n";
  const H = "Harbour chiefs meet\n\n";
  const line = { date: "2031-03-04", span: { start: 0, end: 12 } };
  it("a day other than the date of publication's, with a note of both", () => {
    expect(found(`${PUB}The harbour chiefs held a meeting on 2 March 2031 on patrols.`)).toEqual({
      start: "2031-03-02",
      end: "2031-03-02",
      span: { start: 72, end: 84 },
      confidence: 0.85,
      note: "The date of publication gives 2031-03-04; the body gives 2031-03-02, which is taken as the meeting date.",
      dateline: line,
      written: "2 March 2031",
    });
    expect(found(`${PUB}The harbour chiefs held a meeting on 2 to 3 March 2031 on patrols.`)).toMatchObject({
      start: "2031-03-02",
      end: "2031-03-03",
      confidence: 0.85,
      note: "The date of publication gives 2031-03-04; the body gives 2031-03-02 to 2031-03-03, which is taken as the meeting date.",
    });
    expect(found(`${PUB}The harbour chiefs held a meeting on 4 March 2031 on patrols.`)).toEqual({
      start: "2031-03-04",
      end: "2031-03-04",
      span: { start: 72, end: 84 },
      confidence: 0.95,
      dateline: line,
      written: "4 March 2031",
    });
  });
  it("under a dateline, only its paragraph and the next may say otherwise", () => {
    expect(found("LISBON, 4 March 2031 -- The chiefs agreed on patrols.\n\nThe harbour chiefs held a meeting on 2 March 2031 on patrols.")).toEqual({
      start: "2031-03-02",
      end: "2031-03-02",
      span: { start: 92, end: 104 },
      confidence: 0.85,
      note: "The dateline gives 2031-03-04; the body gives 2031-03-02, which is taken as the meeting date.",
      dateline: { date: "2031-03-04", span: { start: 8, end: 20 } },
      written: "2 March 2031",
    });
    expect(found("LISBON, 4 March 2031 -- The chiefs agreed on patrols.\n\nThey thanked the hosts.\n\nThe harbour chiefs held a meeting on 2 March 2031 on patrols.")).toMatchObject({
      start: "2031-03-04",
      confidence: 0.85,
      note: "The meeting date is the dateline's (the release reports the meeting of that day).",
    });
  });
  it("not the day of another meeting the sentence recalls, nor of a resolution adopted", () => {
    expect(found(`${H}The harbour chiefs held a meeting on 2 March 2031, after their previous meeting on 1 March 2031.`)).toMatchObject({ start: "2031-03-02", confidence: 0.95 });
    expect(found(`${H}At their last meeting on 1 March 2031 the chiefs spoke. The chiefs held a meeting on 2 March 2031.`)).toMatchObject({ start: "2031-03-02", confidence: 0.95 });
    expect(found(`${H}On 28 September 2031, the chiefs adopted resolution 1373 at a meeting.`)).toBeUndefined();
  });
  it("a day years before the publication is history; the year before is not", () => {
    expect(found(`${PUB}The chiefs recalled a meeting held on 2 March 2029 on patrols.`)).toMatchObject({ start: "2031-03-04", confidence: 0.5 });
    expect(found(`${PUB}The chiefs recalled a meeting held on 2 March 2030 on patrols.`)).toMatchObject({ start: "2030-03-02", confidence: 0.85 });
  });
  it("a day over a month before the publication is history near words of history; a later one is not", () => {
    expect(found(`${PUB}The chiefs recalled the meeting on 2 January 2031 on the anniversary of the port.`)).toMatchObject({ start: "2031-03-04", confidence: 0.5 });
    expect(found(`${PUB}The chiefs recalled the meeting on 2 March 2031 on the anniversary of the port.`)).toMatchObject({ start: "2031-03-02", confidence: 0.85 });
  });
  it("the span starts at 'on' only when the sentence opens with it", () => {
    expect(found(`${H}on 2 March 2031 the chiefs held a meeting on patrols.`)).toMatchObject({ span: { start: 21, end: 36 }, written: "on 2 March 2031" });
    expect(found(`${H}The chiefs, on 2 March 2031, held a meeting on patrols.`)).toMatchObject({ confidence: 0.95, written: "2 March 2031" });
    expect(found(`${H}In Lisbon on 2 March 2031, the chiefs held a meeting on patrols.`)).toMatchObject({ confidence: 0.95, written: "2 March 2031" });
    expect(found(`${H}Between 2 and 3 March 2031, the chiefs held a meeting on patrols.`)).toMatchObject({ start: "2031-03-02", end: "2031-03-03", confidence: 0.95, written: "2 and 3 March 2031" });
    expect(found(`${H}On Monday (2 March 2031), the chiefs held a meeting on patrols.`)).toMatchObject({ confidence: 0.95, written: "2 March 2031" });
    expect(found(`${H}This morning (2 March 2031), the chiefs held a meeting on patrols.`)).toMatchObject({ confidence: 0.95, written: "2 March 2031" });
  });
  it("three words before 'on' are no lead: the day is only named in a sentence about a meeting", () =>
    expect(found(`${H}In Lisbon and Porto on 2 March 2031, the chiefs held a meeting on patrols.`)).toMatchObject({
      start: "2031-03-02",
      confidence: 0.7,
      note: "The day is named in a sentence about a meeting; check that it is this meeting's.",
    }));
});

describe("findDates: a day written without its year", () => {
  const H = "Harbour chiefs meet\n\n";
  const NOTE = "The year is not written with the day; it is taken from the text's other dates.";
  it("taken with the year of its month named elsewhere; not with a year guessed from another month", () => {
    expect(found(`${H}The chiefs held a meeting on 2 March on patrols. They met again in March 2031.`)).toEqual({
      start: "2031-03-02",
      end: "2031-03-02",
      span: { start: 50, end: 57 },
      confidence: 0.85,
      note: NOTE,
      written: "2 March",
    });
    expect(found(`${H}The chiefs held a meeting on 2 March on patrols. They met again in May 2031.`)).toBeUndefined();
  });
  it("not when the meeting was 'today' and no day of publication is known, unless the sentence announces the day", () => {
    expect(found(`${H}The chiefs met today. The chiefs held a meeting on 2 March on patrols. They met again in March 2031.`)).toBeUndefined();
    expect(found(`${H}The chiefs met “today”, he said. The chiefs held a meeting on 2 March on patrols. They met again in March 2031.`)).toMatchObject({
      start: "2031-03-02",
      confidence: 0.85,
      written: "2 March",
    });
    expect(found(`${H}The chiefs met today. A meeting will be held on 9 March on patrols. They met again in March 2031.`)).toMatchObject({
      start: "2031-03-09",
      confidence: 0.85,
      written: "9 March",
    });
  });
  it("with the year of the address, up to a month before the address's day", () => {
    const url = "https://port.example.org/2031/04/02/item";
    expect(found(`${H}The chiefs held a meeting on 2 March on patrols.`, url)).toEqual({
      start: "2031-03-02",
      end: "2031-03-02",
      span: { start: 50, end: 57 },
      confidence: 0.85,
      note: NOTE,
      written: "2 March",
    });
    expect(found(`${H}The chiefs held a meeting on 1 March on patrols.`, url)).toBeUndefined();
    expect(found(`${H}The chiefs held a meeting on 1 January on patrols.`, "https://port.example.org/2031/item")).toMatchObject({ start: "2031-01-01", written: "1 January" });
  });
});

describe("findDates: a press conference's page, a date line naming a meeting", () => {
  it("a heading naming a press briefing: no day unless a sentence about a meeting names one", () => {
    expect(found("Press briefing by the harbour chiefs\n\n4 March 2031\n\nThe chiefs told reporters that patrols had begun.")).toBeUndefined();
    expect(found("Press briefing by the harbour chiefs.\n\n4 March 2031\n\nThe chiefs told reporters that patrols had begun.")).toEqual(
      onLine("2031-03-04", "4 March 2031", 39, 0.5, "Only the date of publication is given; it may differ from the meeting's."),
    );
  });
  it("the date line's own words name a meeting", () => {
    expect(found("Harbour workshop 4 March 2031\n\nPatrols of the coast\n\nThe chiefs spoke of patrols.")).toEqual(onLine("2031-03-04", "4 March 2031", 17, 0.7, "The date line names a meeting: its day."));
    expect(found("Port notes 4 March 2031\n\nPatrols of the coast\n\nThe chiefs spoke of patrols.")).toEqual(
      onLine("2031-03-04", "4 March 2031", 11, 0.5, "Only the date of publication is given; it may differ from the meeting's."),
    );
  });
});

describe("findDates: weekdays, and the date line under the headline", () => {
  const PUB = "4 March 2031\n\nHarbour chiefs meet\n\n";
  const ONLY = "Only the date of publication is given; it may differ from the meeting's.";
  const URL = "https://port.example.org/2031/03/04/item";
  it("'on Friday' is the Friday on or before the day of publication, in a sentence about a meeting that does not look ahead", () => {
    expect(found(`${PUB}The harbour chiefs held a meeting on Friday on patrols.`)).toEqual({
      start: "2031-02-28",
      end: "2031-02-28",
      span: { start: 69, end: 78 },
      confidence: 0.75,
      note: "The text says “on Friday”: counted back from the date of publication (2031-03-04).",
      dateline: { date: "2031-03-04", span: { start: 0, end: 12 } },
      written: "on Friday",
    });
    expect(found(`${PUB}The harbour chiefs will hold a meeting on Friday on patrols.`)).toEqual(onLine("2031-03-04", "4 March 2031", 0, 0.5, ONLY));
    expect(found(`${PUB}The harbour chiefs spoke on Friday on patrols.`)).toEqual(onLine("2031-03-04", "4 March 2031", 0, 0.5, ONLY));
  });
  it("'on Friday, 28 February' is the date written, not a weekday counted back", () =>
    expect(found(`${PUB}The harbour chiefs held a meeting on Friday, 28 February on patrols.`)).toMatchObject({ start: "2031-02-28", confidence: 0.85, written: "28 February" }));
  it("from the address's day: one weekday or two in order; not looking ahead, not two that run backwards, not without a day", () => {
    expect(found("Harbour chiefs meet\n\nThe harbour chiefs held a meeting on Friday on patrols.", URL)).toEqual({
      start: "2031-02-28",
      end: "2031-02-28",
      span: { start: 55, end: 64 },
      confidence: 0.7,
      note: "The text says “on Friday” and states no date; counted back from the date in the source's address (/2031/03/04: 2031-03-04).",
      written: "on Friday",
    });
    expect(found("Harbour chiefs meet\n\nThe harbour chiefs held a meeting on Monday and Tuesday on patrols.", URL)).toMatchObject({
      start: "2031-03-03",
      end: "2031-03-04",
      written: "on Monday and Tuesday",
    });
    expect(found("Harbour chiefs meet\n\nThe harbour chiefs will hold a meeting on Friday on patrols.", URL)).toBeUndefined();
    expect(found("Harbour chiefs meet\n\nThe harbour chiefs held a meeting on Tuesday and Monday on patrols.", URL)).toBeUndefined();
    expect(found("Harbour chiefs meet\n\nThe harbour chiefs held a meeting on patrols.", URL)).toBeUndefined();
    expect(found("Harbour chiefs meet\n\nThe harbour chiefs held a meeting on Friday on patrols.", "https://port.example.org/2031/03/item")).toBeUndefined();
  });
  it("a date line above the headline gives way to one in the two lines under it, not to a later one", () => {
    expect(found("9 January 2031\n\nHarbour chiefs meet\n\n4 March 2031\n\nThe harbour chiefs agreed on patrols today.")).toEqual(
      onLine("2031-03-04", "4 March 2031", 37, 0.8, TODAY_NOTE),
    );
    expect(found("9 January 2031\n\nHarbour chiefs meet\n\nThe chiefs spoke.\n\nThe chiefs spoke again.\n\n4 March 2031")).toEqual(onLine("2031-01-09", "9 January 2031", 0, 0.5, ONLY));
  });
  it("the lead's weekday after a labelled date: later paragraphs' days are background; not when the lead looks ahead", () => {
    expect(found("Date: 4 March 2031 The Harbour Council on Tuesday heard its chiefs at a meeting on patrols.\nThe chair recalled that the chiefs held a meeting on 2 March 2031 in Porto.")).toEqual({
      start: "2031-03-04",
      end: "2031-03-04",
      span: { start: 39, end: 49 },
      confidence: 0.75,
      note: "The text says “on Tuesday”: counted back from the date of publication (2031-03-04).",
      dateline: { date: "2031-03-04", span: { start: 6, end: 18 } },
      written: "on Tuesday",
    });
    expect(found("Date: 4 March 2031 The Harbour Council will on Tuesday hear its chiefs at a meeting on patrols.\nThe chiefs held a meeting on 2 March 2031 in Porto.")).toMatchObject({
      start: "2031-03-02",
      confidence: 0.85,
    });
  });
});
