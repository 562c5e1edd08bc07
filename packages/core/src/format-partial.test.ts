import { describe, expect, it } from "vitest";
import { formatLocation, formatObserved, formatPartialDate, formatPartialRange, formatSeries, formatVenue, tenureTitle } from "./format";

describe("partial dates", () => {
  it("writes a year, a month or a day as precisely as given", () => {
    expect(formatPartialDate("2004")).toBe("2004");
    expect(formatPartialDate("2004-03")).toBe("March 2004");
    expect(formatPartialDate("2004-03-26")).toBe("26 March 2004");
    expect(formatPartialDate("2004-03", "iso")).toBe("2004-03");
    expect(formatPartialDate("2004-13")).toBe("2004-13");
    expect(formatPartialDate("spring 2004")).toBe("spring 2004");
    expect(formatPartialDate(undefined)).toBe("");
  });

  it("writes a span with either end unknown", () => {
    expect(formatPartialRange("2018-01-01", "2019-12")).toBe("1 January 2018 – December 2019");
    expect(formatPartialRange("2013-01", "2013-12-31", "iso")).toBe("2013-01 to 2013-12-31");
    expect(formatPartialRange("2004-03", undefined)).toBe("from March 2004");
    expect(formatPartialRange(undefined, "2013-12-31")).toBe("until 31 December 2013");
    expect(formatPartialRange("2011", "2011")).toBe("2011");
    expect(formatPartialRange(undefined, undefined)).toBe("");
  });
});

describe("places and series", () => {
  it("leaves out a venue name the source does not give", () => {
    expect(formatLocation({ city: "Madrid", country: "Spain" })).toBe("Madrid, Spain");
    expect(formatLocation({ name: "Conference Room 4", city: "New York", country: "United States" })).toBe("Conference Room 4, New York, United States");
    expect(formatVenue({ mode: "virtual", locations: [] })).toBe("Virtual");
    expect(
      formatVenue({
        mode: "hybrid",
        locations: [
          { name: "UN Headquarters", city: "New York", country: "United States" },
          { city: "Nairobi", country: "Kenya" },
        ],
      }),
    ).toBe("UN Headquarters, New York, United States; Nairobi, Kenya (hybrid)");
  });

  it("numbers a series when the source numbers it", () => {
    expect(formatSeries({ name: "open meetings with CTED's Global Research Network", number: 3 })).toBe("open meetings with CTED's Global Research Network (no. 3)");
    expect(formatSeries({ name: "special meetings" })).toBe("special meetings");
  });
});

describe("observed spans", () => {
  it("says when a holder is seen in post", () => {
    expect(formatObserved("2009-05-26", "2009-05-26")).toBe("seen on 26 May 2009");
    expect(formatObserved("2018-01-25", "2019-06-27", "iso")).toBe("seen 2018-01-25 to 2019-06-27");
    expect(formatObserved("2018-01-25", undefined)).toBe("seen from 25 January 2018");
    expect(formatObserved(undefined, "2018-01-25")).toBe("seen until 25 January 2018");
    expect(formatObserved(undefined, undefined)).toBe("not seen at any meeting");
  });
});

describe("tenures", () => {
  it("marks an acting tenure once", () => {
    expect(tenureTitle({ titles: ["Executive Director"], tenure: "acting" })).toBe("Executive Director (acting)");
    expect(tenureTitle({ titles: ["Acting Chair"], tenure: "acting" })).toBe("Acting Chair");
    expect(tenureTitle({ titles: ["Chair", "Acting Chair"], tenure: "substantive" })).toBe("Chair, Acting Chair");
  });
});
