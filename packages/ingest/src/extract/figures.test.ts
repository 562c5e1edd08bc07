// Bugs of extract/figures.ts found by the session-5 mutation tests (sentences in our own words).
import { describe, expect, it } from "vitest";
import { findFiguresInSentence } from "./figures";
import { readDoc } from "./text";

const figures = (sentence: string) => findFiguresInSentence(readDoc(sentence), { start: 0, end: sentence.length });

describe("a percent sign followed by a space or a stop", () => {
  it("reads “15% of ports” as a percentage", () => {
    const [f, ...rest] = figures("Some 15% of ports were checked.");
    expect(rest).toStrictEqual([]);
    expect(f).toMatchObject({ value: 15, unit: "percent", approximate: true });
    expect(f!.asStated.startsWith("Some 15%")).toBe(true);
  });
  it("reads a percentage at the end of a sentence and before a comma", () => {
    expect(figures("Checks rose by 40%.").map((f) => [f.value, f.unit])).toStrictEqual([[40, "percent"]]);
    expect(figures("Checks rose by 40%, officials said.").map((f) => [f.value, f.unit])).toStrictEqual([[40, "percent"]]);
  });
  it("still reads “per cent” and “percent” only as whole words", () => {
    expect(figures("About 7 percentages were listed.").map((f) => f.unit)).toStrictEqual(["percentages"]);
  });
});

describe("the year of a clause that opens the sentence", () => {
  it("reads “In 2030, …” as the clause's year", () => {
    const [f] = figures("In 2030, the port authority inspected nearly 2,400 cargo vessels.");
    expect(f).toMatchObject({ value: 2400, unit: "cargo vessels", year: 2030, current: false });
  });
  it("reads “During 2031” and “Throughout 2032” at the start too", () => {
    expect(figures("During 2031 the guild trained 90 pilots.")[0]).toMatchObject({ value: 90, year: 2031 });
    expect(figures("Throughout 2032 the guild trained 75 pilots.")[0]).toMatchObject({ value: 75, year: 2032 });
  });
  it("gives no year to a clause without one", () => {
    expect(figures("The guild trained 60 pilots.")[0]).not.toHaveProperty("year");
  });
});
