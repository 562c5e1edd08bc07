import { describe, expect, it } from "vitest";
import { detectDateMismatch } from "./dates";

// The dateline check case by case: every date part that can differ, both date orders, ranges, where a
// dateline may stand, and which body sentence counts. Each flag is checked whole (span, text, rationale).

/** The flag `detectDateMismatch` gives for a dateline `dateline` at `s` and a body date `body`. */
const flag = (s: number, dateline: string, body: string) => ({
  kind: "date-mismatch",
  action: "flagged",
  s,
  e: s + dateline.length,
  after: dateline,
  rationale: `The dateline says "${dateline}" but the body gives the meeting date as "${body}"; left as is for a curator to check.`,
  confidence: 0.7,
});

const HELD = "the Counter-Terrorism Committee held an open briefing.";

describe("detectDateMismatch: what differs", () => {
  it.each([
    ["the day", "31 January 2020", "28 January 2020"],
    ["the month", "28 February 2020", "28 January 2020"],
    ["the year", "28 January 2021", "28 January 2020"],
    ["the day, month first", "January 31, 2020", "January 28, 2020"],
    ["the month, month first", "February 28, 2020", "January 28, 2020"],
    ["the year, month first", "January 28, 2021", "January 28, 2020"],
  ])("flags a dateline line differing in %s, and only the dateline", (_, dateline, body) => {
    const text = `${dateline}\n\nOn ${body}, ${HELD}`;
    expect(detectDateMismatch(text)).toStrictEqual([flag(0, dateline, body)]);
  });

  it.each([
    ["a one-day match", "28 January 2020", "28 January 2020"],
    ["month first", "January 28, 2020", "January 28, 2020"],
    ["the first day of a range", "28 October 2022", "28-29 October 2022"],
    ["the last day of a range", "29 October 2022", "28–29 October 2022"],
    ["a month-first range", "October 29, 2022", "October 28-29, 2022"],
  ])("accepts %s", (_, dateline, body) => {
    expect(detectDateMismatch(`${dateline}\n\nOn ${body}, ${HELD}`)).toStrictEqual([]);
  });

  it("flags a dateline just outside a range, on either side", () => {
    expect(detectDateMismatch(`27 October 2022\n\nOn 28-29 October 2022, ${HELD}`)).toStrictEqual([flag(0, "27 October 2022", "28-29 October 2022")]);
    expect(detectDateMismatch(`30 October 2022\n\nOn 28-29 October 2022, ${HELD}`)).toStrictEqual([flag(0, "30 October 2022", "28-29 October 2022")]);
  });

  it("reads a body date without a year in the dateline's year", () => {
    expect(detectDateMismatch(`28 January 2021\n\nOn 28 January, ${HELD}`)).toStrictEqual([]);
    expect(detectDateMismatch(`28 January 2021\n\nOn 27 January, ${HELD}`)).toStrictEqual([flag(0, "28 January 2021", "27 January")]);
    expect(detectDateMismatch(`28 January 2021\n\nOn 28 February, ${HELD}`)).toStrictEqual([flag(0, "28 January 2021", "28 February")]);
  });
});

describe("detectDateMismatch: where the dateline stands", () => {
  it("takes a place and a weekday before the date, and gives the date's own span", () => {
    const text = `NEW YORK, Friday, 31 January 2020 – On 28 January 2020, ${HELD}`;
    expect(detectDateMismatch(text)).toStrictEqual([flag(text.indexOf("31"), "31 January 2020", "28 January 2020")]);
  });

  it("takes a date ended by a dash or a colon as a dateline opening a paragraph", () => {
    const text = `Intro line.\n\n31 January 2020 – On 28 January 2020, ${HELD}`;
    expect(detectDateMismatch(text)).toStrictEqual([flag(13, "31 January 2020", "28 January 2020")]);
    const colon = `31 January 2020: On 28 January 2020, ${HELD}`;
    expect(detectDateMismatch(colon)).toStrictEqual([flag(0, "31 January 2020", "28 January 2020")]);
  });

  it("ignores a date that opens a sentence (no place, no dash, not a line of its own)", () => {
    expect(detectDateMismatch(`31 January 2020 was a Friday.\n\nOn 28 January 2020, ${HELD}`)).toStrictEqual([]);
  });

  it("ignores a dateline without a year, and one past the sixth paragraph", () => {
    expect(detectDateMismatch(`31 January\n\nOn 28 January 2020, ${HELD}`)).toStrictEqual([]);
    const late = ["One.", "Two.", "Three.", "Four.", "Five.", "Six.", "31 January 2020", `On 28 January 2020, ${HELD}`].join("\n\n");
    expect(detectDateMismatch(late)).toStrictEqual([]);
    const sixth = ["One.", "Two.", "Three.", "Four.", "Five.", "31 January 2020", `On 28 January 2020, ${HELD}`].join("\n\n");
    expect(detectDateMismatch(sixth)).toStrictEqual([flag(sixth.indexOf("31"), "31 January 2020", "28 January 2020")]);
  });

  it("uses the first dateline of the top paragraphs", () => {
    const text = `31 January 2020\n\n30 January 2020\n\nOn 30 January 2020, ${HELD}`;
    expect(detectDateMismatch(text)).toStrictEqual([flag(0, "31 January 2020", "30 January 2020")]);
  });
});

describe("detectDateMismatch: which body sentence counts", () => {
  it("skips sentences that are not about the meeting, and stops at the first that is", () => {
    const text = `31 January 2020\n\nOn 28 January 2020, it rained. On 31 January 2020, ${HELD} On 2 February 2020, the Committee met again.`;
    expect(detectDateMismatch(text)).toStrictEqual([]);
    const other = `31 January 2020\n\nOn 31 January 2020, it rained. On 28 January 2020, ${HELD}`;
    expect(detectDateMismatch(other)).toStrictEqual([flag(0, "31 January 2020", "28 January 2020")]);
  });

  it("skips a meeting sentence without an 'On <date>', and reads 'on' in lower case too", () => {
    const text = `31 January 2020\n\nThe Committee held a briefing in New York. It met on 28 January 2020 with partners.`;
    expect(detectDateMismatch(text)).toStrictEqual([flag(0, "31 January 2020", "28 January 2020")]);
  });

  it("finds nothing without a meeting sentence, or without a dateline", () => {
    expect(detectDateMismatch(`31 January 2020\n\nNothing happened on 28 January 2020.`)).toStrictEqual([]);
    expect(detectDateMismatch(`On 28 January 2020, ${HELD}`)).toStrictEqual([]);
    expect(detectDateMismatch("")).toStrictEqual([]);
  });
});

describe("detectDateMismatch: a short body paragraph", () => {
  it("reads a body paragraph as short as the dateline plus three characters (only the dateline's own paragraph is skipped)", () => {
    const text = "31 January 2020\n\nOn 2 May 2020 met.";
    expect(detectDateMismatch(text)).toStrictEqual([flag(0, "31 January 2020", "2 May 2020")]);
  });
});

describe("detectDateMismatch: a dash glued to the text after it", () => {
  it("takes a dateline whose dash touches the next word, with or without a place", () => {
    const glued = `31 January 2020—On 28 January 2020, ${HELD}`;
    expect(detectDateMismatch(glued)).toStrictEqual([flag(0, "31 January 2020", "28 January 2020")]);
    const placed = `GENEVA, 31 January 2020–On 28 January 2020, ${HELD}`;
    expect(detectDateMismatch(placed)).toStrictEqual([flag(8, "31 January 2020", "28 January 2020")]);
  });
});
