import { describe, expect, it } from "vitest";
import { detectDateMismatch } from "./dates";
import { CLEAN_RELEASE } from "../../test/repair-fixtures";

describe("detectDateMismatch", () => {
  it("flags a dateline line that differs from the meeting date", () => {
    const t = "31 January 2020\n\nOn 28 January 2020, the Counter-Terrorism Committee held an open meeting.";
    const [e] = detectDateMismatch(t);
    expect(e?.kind).toBe("date-mismatch");
    expect(e?.action).toBe("flagged");
    expect(t.slice(e?.s, e?.e)).toBe("31 January 2020");
  });
  it("flags a place-and-date dateline", () => {
    const t = "NEW YORK, 18 August 2020 – On 17 August 2020, the Committee held a virtual open briefing.";
    expect(detectDateMismatch(t)).toHaveLength(1);
  });
  it("accepts matching dates, ranges, a body without year, and clean text", () => {
    expect(detectDateMismatch("28 January 2020\n\nOn 28 January 2020, the Committee held a meeting.")).toEqual([]);
    expect(detectDateMismatch("29 October 2022\n\nOn 28-29 October 2022, the Committee held a special meeting.")).toEqual([]);
    expect(detectDateMismatch("28 January 2020\n\nOn 28 January, the Committee held a meeting.")).toEqual([]);
    expect(detectDateMismatch(CLEAN_RELEASE)).toEqual([]);
  });
});
