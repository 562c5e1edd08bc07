// Dates on very large inputs (synthetic, our own words): the work per date must not grow with the
// length of its paragraph, so a text of tens of thousands of dates finishes, with the right answer.
// (No timing is asserted: a test that cannot finish fails by the generous timeout below; before the
// fix the first case took more than 300 s.)
import { describe, expect, it } from "vitest";
import { findDates } from "./dates";
import { readDoc } from "./text";

const dates = (text: string, url?: string) => {
  const f = findDates(readDoc(text), url ? { url } : {});
  return f && [f.start, f.end];
};
const LONG = 30_000;

describe("tens of thousands of dates", () => {
  it("one sentence listing days with their years, after the sentence that says when the meeting was held", () => {
    const text = `The Committee met on 3 June 2021. The archive lists ${"1 May 2020 and ".repeat(LONG)}nothing else.`;
    expect(dates(text)).toEqual(["2021-06-03", "2021-06-03"]);
  }, 120_000);
  it("one paragraph of days written month first, then the meeting's own sentence at its end", () => {
    const text = `The archive lists ${"May 1, 2020 and ".repeat(LONG)}more. The briefing was held on 9 July 2021.`;
    expect(dates(text)).toEqual(["2021-07-09", "2021-07-09"]);
  }, 120_000);
  it("one line of fields split by bars, each a date: the first is the date of publication", () => {
    const text = `${"2020-05-05 | ".repeat(LONG)}end\nThe Committee held an open briefing today.`;
    expect(dates(text)).toEqual(["2020-05-05", "2020-05-05"]);
  }, 120_000);
  it("tens of thousands of paragraphs, each a sentence about technical sessions before the meeting", () => {
    const text = `On 8 March 2022, the Committee held its meeting.\n${"Technical sessions preceded it on 6 March 2022.\n".repeat(LONG / 2)}`;
    expect(dates(text)).toEqual(["2022-03-06", "2022-03-08"]);
  }, 120_000);
  it("year-less days with a year from the address", () => {
    const text = `Officials listed ${"1 May and ".repeat(LONG)}more. The Committee met on 4 May.`;
    expect(dates(text, "https://example.org/news/2023/05/06/item")).toEqual(["2023-05-04", "2023-05-04"]);
  }, 120_000);
});
