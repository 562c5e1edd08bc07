// Edges of extract/figures.ts, on sentences written for these tests (synthetic, our own words): what comes just
// before or after a number, the limits of a unit, and where the clause starts and ends, with exact spans.
import { describe, expect, it } from "vitest";
import { findFiguresInSentence, type FigureFact } from "./figures";
import { readDoc } from "./text";

const figures = (sentence: string) => findFiguresInSentence(readDoc(sentence), { start: 0, end: sentence.length });
const brief = (f: FigureFact) => [f.value, f.unit, f.asStated];

describe("what stands before the number", () => {
  it("a document's number at the very start of the sentence is no figure", () => {
    expect(figures("Article 12 border rules were kept.")).toStrictEqual([]);
    expect(figures("Some 12 border rules were kept.").map(brief)).toStrictEqual([[12, "border rules", "Some 12 border rules"]]);
  });

  it("a day after a month's name is no figure, even when words follow it", () => {
    expect(figures("By March 12 inspectors had arrived.")).toStrictEqual([]);
    expect(figures("By then 12 inspectors had arrived.").map(brief)).toStrictEqual([[12, "inspectors", "12 inspectors"]]);
  });
});

describe("the unit", () => {
  it("a word in -ed is the unit's first word, and a verb only after the noun", () => {
    expect(figures("They hired 40 armed guards.").map(brief)).toStrictEqual([[40, "armed guards", "40 armed guards"]]);
    expect(figures("They hired 40 qualified pilots.").map(brief)).toStrictEqual([[40, "qualified pilots", "40 qualified pilots"]]);
    expect(figures("Some 40 pilots qualified last year.").map((f) => f.unit)).toStrictEqual(["pilots"]);
    expect(figures("Some 40 pilots remain on duty.").map((f) => f.unit)).toStrictEqual(["pilots"]);
  });

  it("a unit of three letters is a unit; of two, none", () => {
    expect(figures("Only 40 elk were sold.").map(brief)).toStrictEqual([[40, "elk", "40 elk"]]);
    expect(figures("Only 40 ox were sold.")).toStrictEqual([]);
  });
});

describe("what stands after the number", () => {
  it("a month's name right after a percentage makes it a day, and a year in brackets a document's number", () => {
    expect(figures("The fee rose 5% May to June.")).toStrictEqual([]);
    expect(figures("Fees rose 5% (2031) across ports.")).toStrictEqual([]);
    expect(figures("Fees rose 5%(2031) across ports.")).toStrictEqual([]);
    // A year in brackets further on is no document number of this one.
    expect(figures("Fees rose 5% across ports (2031).").map((f) => [f.value, f.unit, f.asStated])).toStrictEqual([[5, "percent", "5%"]]);
  });

  it("a year is no figure, even with words after it; with a scale, or with more digits, it is a number", () => {
    expect(figures("By 2031 ports had joined.")).toStrictEqual([]);
    expect(figures("Some 1990 million people voted.").map(brief)).toStrictEqual([[1_990_000_000, "people", "Some 1990 million people"]]);
    expect(figures("Officials counted 12030 boxes.").map(brief)).toStrictEqual([[12030, "boxes", "12030 boxes"]]);
    expect(figures("Officials counted 20301 boxes.").map(brief)).toStrictEqual([[20301, "boxes", "20301 boxes"]]);
  });

  it("a number with no unit after it is no figure", () => {
    expect(figures("The total was 40.")).toStrictEqual([]);
  });

  it("a number written in words with a percent sign or “per cent” is a percentage", () => {
    expect(figures("Turnout rose five per cent.").map((f) => [f.value, f.unit, f.asStated])).toStrictEqual([[5, "percent", "five per cent"]]);
    expect(figures("Some twenty per cent of ports were checked.").map((f) => [f.value, f.unit, f.approximate])).toStrictEqual([[20, "percent", true]]);
  });
});

describe("shares", () => {
  it("needs “of” right after the fraction, after any space", () => {
    expect(figures("Officials spent a third on the training of crews.")).toStrictEqual([]);
    expect(figures("They said one third  of all vessels were late.").map(brief)).toStrictEqual([[1 / 3, "share", "one third  of all vessels"]]);
  });

  it("what is counted: the words after “of”, “of all” or “of the”", () => {
    expect(figures("Officials said one third of vessels were late.").map(brief)).toStrictEqual([[1 / 3, "share", "one third of vessels"]]);
    expect(figures("Officials said two thirds of the ports reported.").map(brief)).toStrictEqual([[2 / 3, "share", "two thirds of the ports"]]);
    expect(figures("Officials said two thirds of  the ports reported.").map(brief)).toStrictEqual([[2 / 3, "share", "two thirds of  the ports"]]);
  });

  it("a share of days is a share, not a duration", () => {
    expect(figures("Officials said one third of the days were lost.").map(brief)).toStrictEqual([[1 / 3, "share", "one third of the days"]]);
  });
});

describe("the unit's words", () => {
  it("after any space", () => {
    expect(figures("Officials counted 40  boats.").map(brief)).toStrictEqual([[40, "boats", "40  boats"]]);
  });

  it("a past tense or a verb ends the unit only as a whole word", () => {
    expect(figures("The clinic had 40 hospital beds.").map((f) => f.unit)).toStrictEqual(["hospital beds"]);
    expect(figures("The city has 40 social workers.").map((f) => [f.unit, f.current])).toStrictEqual([["social workers", true]]);
    expect(figures("Some 40 delegates came to the port.").map((f) => f.unit)).toStrictEqual(["delegates"]);
    expect(figures("Some 40 delegates took part.").map((f) => f.unit)).toStrictEqual(["delegates"]);
  });

  it("a percentage keeps a duration or a short word after it; a count drops a two-letter unit only alone", () => {
    expect(figures("Prices fell 5% weeks after the storm.").map((f) => [f.value, f.unit])).toStrictEqual([[5, "percent"]]);
    expect(figures("Rates rose 5% up to the cap.").map((f) => [f.value, f.unit])).toStrictEqual([[5, "percent"]]);
    expect(figures("Only 40 ox carts were sold.").map(brief)).toStrictEqual([[40, "ox carts", "40 ox carts"]]);
  });

  it("a complement after “of” right after the unit, after any spaces; none further on", () => {
    expect(figures("They checked 40 ports in the north of the country.").map(brief)).toStrictEqual([[40, "ports", "40 ports"]]);
    expect(figures("They removed 90 pieces  of violent content.").map((f) => f.asStated)).toStrictEqual(["90 pieces  of violent content"]);
    expect(figures("They removed 90 pieces of  violent content.").map((f) => f.asStated)).toStrictEqual(["90 pieces of  violent content"]);
    expect(figures("They removed 90 pieces of violent  extremist content.").map((f) => f.asStated)).toStrictEqual(["90 pieces of violent  extremist content"]);
  });
});

describe("the clause and its span", () => {
  it("after “that”, with an approximation before the number", () => {
    const s = "The Chair noted that about 70 ports had joined.";
    const [f] = figures(s);
    expect([f!.measure, f!.span]).toStrictEqual(["about 70 ports had joined", { start: 21, end: 46 }]);
  });

  it("after an opening mark and the space after it, in a sentence that starts inside the text", () => {
    const text = "Words before. She said “ 70 ports joined” at the close.";
    const sentence = { start: 14, end: text.length };
    const [f] = findFiguresInSentence(readDoc(text), sentence);
    expect([f!.measure, f!.span]).toStrictEqual(["70 ports joined", { start: 25, end: 40 }]);
    expect(text.slice(25, 40)).toBe("70 ports joined");
  });

  it("after “, and” with any spaces", () => {
    const [f] = figures("Checks were slow,  and 70 ports joined later.");
    expect([f!.measure, f!.span]).toStrictEqual(["70 ports joined later", { start: 23, end: 44 }]);
  });

  it("to the end of the sentence when nothing stops it", () => {
    expect(figures("Officials counted 40 ports").map((f) => [f.measure, f.span])).toStrictEqual([["Officials counted 40 ports", { start: 0, end: 26 }]]);
  });

  it("ends at a stop followed by a space, or at “and” before a word, after any spaces", () => {
    expect(figures("Crews seized 40 boats near St. Kitts last year.").map((f) => f.measure)).toStrictEqual(["Crews seized 40 boats near St"]);
    expect(figures("They seized 40 boats and a tug.").map((f) => f.measure)).toStrictEqual(["They seized 40 boats"]);
    expect(figures("They seized 40 boats  and crews left.").map((f) => f.measure)).toStrictEqual(["They seized 40 boats"]);
    expect(figures("They seized 40 boats and  crews left.").map((f) => f.measure)).toStrictEqual(["They seized 40 boats"]);
  });

  it("a year after any spaces, and “there are” alone makes it hold now", () => {
    expect(figures("The guard found 40 boats in  2030.").map((f) => f.year)).toStrictEqual([2030]);
    expect(figures("There are 41 harbour teams in the region.").map((f) => f.current)).toStrictEqual([true]);
  });
});
