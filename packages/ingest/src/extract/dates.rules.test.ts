// Meeting dates: rules of session 6, on texts written for these tests (synthetic, our own words).
import { describe, expect, it } from "vitest";
import { findDates } from "./dates";
import { readDoc } from "./text";

const dates = (text: string) => {
  const f = findDates(readDoc(text));
  return f && [f.start, f.end];
};

describe("an N-day meeting reported under a dateline", () => {
  it("ends on the dateline's day when the first sentence reports it in the past tense", () =>
    expect(dates("Ports agree to share data\n\nLISBON, 14 May 2009 (Information Service) -- A two-day meeting on harbour safety in Lisbon called for closer work between port authorities. It adopted a declaration.")).toEqual([
      "2009-05-13",
      "2009-05-14",
    ]));
  it("stays on the dateline's day when the meeting opens, is held today or is still to come", () => {
    expect(dates("Ports meet\n\nLISBON, 14 May 2009 -- A two-day meeting on harbour safety opened in Lisbon with a call for closer work.")).toEqual(["2009-05-14", "2009-05-15"]);
    expect(dates("Ports meet\n\nLISBON, 14 May 2009 -- A three-day meeting on harbour safety will hear forty speakers.")).toEqual(["2009-05-14", "2009-05-14"]);
    expect(dates("Ports meet\n\nLISBON, 14 May 2009 -- A three-day meeting on harbour safety heard forty speakers today.")).toEqual(["2009-05-14", "2009-05-14"]);
  });
  it("stays on the day when the text gives no length", () =>
    expect(dates("Ports agree\n\nLISBON, 14 May 2009 -- A meeting on harbour safety in Lisbon called for closer work.")).toEqual(["2009-05-14", "2009-05-14"]));
});

describe("a site's clock above the headline (session 7)", () => {
  it("takes the article's date line under the headline as the day of publication, not the site's clock above it", () => {
    const text = [
      "January 9, 2031 08:00 am (CET)",
      "Harbour chiefs agree on shared patrols",
      "Mar 6, 2026, at 10:12 am",
      "LISBON, Mar 6 (Port Wire): The harbour chiefs met on Thursday and agreed to patrol together.",
    ].join("\n");
    expect(dates(text)).toEqual(["2026-03-05", "2026-03-05"]);
  });
  it("keeps a date line above the headline when none follows it", () =>
    expect(dates(["9 January 2031", "Harbour chiefs agree on shared patrols", "The harbour chiefs met today and agreed to patrol together."].join("\n"))).toEqual(["2031-01-09", "2031-01-09"]));
});

describe("today as an anniversary of a stated day (session 7)", () => {
  it("is that day, N years on, when the text gives no date of publication", () => {
    expect(dates("Harbour Committee meets\n\n“Today marks the 5th anniversary of the storm of 14 March 2026, which closed our ports,” the chair said.")).toEqual(["2031-03-14", "2031-03-14"]);
    expect(dates("Harbour Committee meets\n\nToday is the tenth anniversary of the flood of March 2, 2021. The Committee met.")).toEqual(["2031-03-02", "2031-03-02"]);
  });
  it("gives way to a date of publication, and needs the day with its year in the same sentence", () => {
    expect(dates("9 May 2031\nHarbour Committee meets\nToday marks the 5th anniversary of the storm of 14 March 2026.")).toEqual(["2031-05-09", "2031-05-09"]);
    // the day is in the next sentence: not read as the anniversary's (the dates are then chosen as before)
    expect(dates("Harbour Committee meets\n\nToday marks the 5th anniversary of the storm. It struck on 14 March 2026.")).not.toEqual(["2031-03-14", "2031-03-14"]);
  });
});

describe("the lead's weekday before background days (session 7)", () => {
  const text = (later: string) =>
    `Date: 5 March 2026 The Harbour Council on Wednesday was briefed by the chair of its committee on the year's work.\nThe chair recalled that ${later}\nShe thanked the members.`;
  it("takes the weekday of the lead that follows the day of publication, not a day a later paragraph recalls", () =>
    expect(dates(text("the committee held a special meeting on February 2 to 3 in Oslo."))).toEqual(["2026-03-04", "2026-03-04"]));
  it("still takes a day the lead's own paragraph says the meeting was held on", () =>
    expect(dates("Date: 5 March 2026 The Harbour Council on Wednesday, in a meeting held on 3 March 2026, heard the chair.\nShe thanked the members.")).toEqual(["2026-03-03", "2026-03-03"]));
});

describe("a date line that names a meeting (session 7)", () => {
  it("takes its day before a day a later listing names beside a meeting", () =>
    expect(
      dates(
        ["HC Open Briefing 4 June 2031", "Safety of harbours in winter", ...Array.from({ length: 10 }, (_, i) => `The Committee watches over harbour ${i + 1}.`), "2 February 2031 - Harbour Committee special briefing"].join("\n"),
      ),
    ).toEqual(["2031-06-04", "2031-06-04"]));
  it("leaves a bare date line to the day of a later sentence about the meeting", () =>
    expect(dates("4 June 2031\nSafety of harbours in winter\nThe Committee held its briefing on 2 June 2031.")).toEqual(["2031-06-02", "2031-06-02"]));
});

describe("a day that names a document (session 7)", () => {
  it("is not the meeting's day", () =>
    expect(dates("Harbour Committee plans\n\nThe briefing recalled the Council's 19 November 2030 presidential statement on harbours. The Committee will meet in the spring.")).toBeUndefined());
  it("is the meeting's when the day names no document", () =>
    expect(dates("Harbour Committee plans\n\nThe briefing on 19 November 2030 recalled the harbours. The Committee will meet in the spring.")).toEqual(["2030-11-19", "2030-11-19"]));
});

describe("a press conference's page (session 8)", () => {
  it("takes the day of the meeting its speaker announces, not the press conference's day", () => {
    const text = [
      "4 March 2031",
      "",
      "Press Conference",
      "",
      "Press Conference by the Chair of the Harbour Panel",
      "",
      "The Chair of the Harbour Panel told correspondents today that the panel would hold an open debate on port security on 11 March.",
    ].join("\n");
    expect(dates(text)).toEqual(["2031-03-11", "2031-03-11"]);
  });
  it("gives no date when no sentence about a meeting names a day: the press conference is not the meeting", () => {
    const text = ["Press Conference by the Chief of the Harbour Panel's Secretariat", "", "4 March 2031", "", "The Chief told correspondents today that harbour checks had improved in most regions."].join("\n");
    expect(dates(text)).toBeUndefined();
  });
  it("still takes the day of publication where a sentence, not a heading, mentions a press conference", () => {
    const text = [
      "Department of Public Information . News and Media Division . New York",
      "",
      "4 March 2031",
      "",
      "The panel's new secretariat would make port checks faster, its Chair said at a press conference this afternoon, after the Council adopted the resolution this morning.",
    ].join("\n");
    expect(dates(text)).toEqual(["2031-03-04", "2031-03-04"]);
  });
});
