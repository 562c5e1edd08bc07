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
