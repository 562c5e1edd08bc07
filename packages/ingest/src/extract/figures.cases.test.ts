// Figures of extract/figures.ts case by case, on sentences written for these tests (synthetic, our own words): each
// figure whole (value, unit, what is counted, the words as stated, approximation, year, "holds now", the clause's
// span and the sentence's), the units and scales, where a clause starts and ends, and what is no figure.
import { describe, expect, it } from "vitest";
import { findFigures, findFiguresInSentence, type FigureFact } from "./figures";
import { readDoc } from "./text";

const figures = (sentence: string) => findFiguresInSentence(readDoc(sentence), { start: 0, end: sentence.length });
const brief = (f: FigureFact) => [f.value, f.unit, f.asStated];

describe("a figure whole", () => {
  it("in a sentence that starts inside the text: the clause's span is in the text's offsets", () => {
    const text = "Opening words. By then the port authority had inspected nearly 2,400 cargo vessels, a record.";
    const sentence = { start: text.indexOf("By then"), end: text.length };
    const [f, ...rest] = findFiguresInSentence(readDoc(text), sentence);
    expect(rest).toStrictEqual([]);
    const measure = "By then the port authority had inspected nearly 2,400 cargo vessels";
    expect(f).toStrictEqual({
      value: 2400,
      unit: "cargo vessels",
      measure,
      asStated: "nearly 2,400 cargo vessels",
      approximate: true,
      current: false,
      span: { start: text.indexOf(measure), end: text.indexOf(measure) + measure.length },
      sentence,
    });
  });
  it("a year in the clause, and a number that holds now", () => {
    const [a] = figures("The office said that during 2029 it trained 350 border officers.");
    expect(a).toMatchObject({ value: 350, unit: "border officers", measure: "during 2029 it trained 350 border officers", year: 2029, current: false });
    const [b] = figures("There are 41 harbour teams in the region today.");
    expect(b).toMatchObject({ value: 41, unit: "harbour teams", current: true, approximate: false });
    expect(b).not.toHaveProperty("year");
    const [c] = figures("The office has 12 field teams.");
    expect(c).toMatchObject({ value: 12, current: true });
  });
  it("finds the figures of every sentence given, in order", () => {
    const text = "Ports hired 30 pilots. Harbours hired 45 divers.";
    const doc = readDoc(text);
    const sentences = [
      { start: 0, end: 22 },
      { start: 23, end: text.length },
    ];
    expect(findFigures(doc, sentences).map((f) => [f.value, f.unit, f.sentence])).toStrictEqual([
      [30, "pilots", sentences[0]],
      [45, "divers", sentences[1]],
    ]);
  });
});

describe("values, units and scales", () => {
  it("money in dollars, euros and pounds, with scales", () => {
    expect(figures("The fund received €2.5 million for training.").map(brief)).toStrictEqual([[2_500_000, "EUR", "€2.5 million"]]);
    expect(figures("The fund received EUR 40,000 for training.").map((f) => [f.value, f.unit])).toStrictEqual([[40_000, "EUR"]]);
    expect(figures("The fund received £300 for training.").map((f) => [f.value, f.unit])).toStrictEqual([[300, "GBP"]]);
    expect(figures("The fund received $1.2 billion in pledges.").map((f) => [f.value, f.unit])).toStrictEqual([[1_200_000_000, "USD"]]);
    expect(figures("The fund received 3 thousand pledges.").map((f) => [f.value, f.unit])).toStrictEqual([[3000, "pledges"]]);
    expect(figures("Pledges reached 2 trillion units.").map((f) => [f.value, f.unit])).toStrictEqual([[2e12, "units"]]);
  });
  it("a money figure with a year-like number is money, not a year", () => {
    expect(figures("The fund received US$2019 from each State.").map((f) => [f.value, f.unit])).toStrictEqual([[2019, "USD"]]);
    expect(figures("Inspections rose by 2020 percent.").map((f) => [f.value, f.unit])).toStrictEqual([[2020, "percent"]]);
  });
  it("per cent written three ways", () => {
    // ("15%" followed by a space or a stop: figures.test.ts.)
    for (const s of ["Some 15 per cent of ports were checked.", "Some 15 percent of ports were checked."]) {
      expect(figures(s).map((f) => [f.value, f.unit, f.approximate])).toStrictEqual([[15, "percent", true]]);
    }
  });
  it("a share: a fraction followed by “of”", () => {
    const [f] = figures("Officials said one third of all vessels were late.");
    expect(f).toMatchObject({ value: 1 / 3, unit: "share", asStated: "one third of all vessels", measure: "Officials said one third of all vessels were late" });
    expect(figures("Two-thirds of the ports reported.").map((x) => [x.value, x.unit])).toStrictEqual([[2 / 3, "share"]]);
    expect(figures("Officials spent a third on training.")).toStrictEqual([]);
  });
  it("numbers written in words need a unit", () => {
    expect(figures("Officials visited twelve ports.").map(brief)).toStrictEqual([[12, "ports", "twelve ports"]]);
    expect(figures("Officials visited One Hundred ports.").map((f) => f.value)).toStrictEqual([100]);
    expect(figures("Of the candidates, five.")).toStrictEqual([]);
  });
  it("a unit stops at a stop word, punctuation, four words, or a past tense after the noun", () => {
    expect(figures("They saw 40 small fishing boats of the fleet.").map((f) => f.unit)).toStrictEqual(["small fishing boats"]);
    expect(figures("They saw 40 very small wooden fishing boats.").map((f) => f.unit)).toStrictEqual(["very small wooden fishing"]);
    expect(figures("Some 2,500 delegates attended the forum.").map((f) => f.unit)).toStrictEqual(["delegates"]);
    expect(figures("Some 2,500 delegates joined the forum.").map((f) => f.unit)).toStrictEqual(["delegates"]);
    expect(figures("Some 2,500 seed grants were paid.").map((f) => f.unit)).toStrictEqual(["seed grants"]);
    expect(figures("They listed 60 Member States.").map((f) => f.unit)).toStrictEqual(["Member States"]);
  });
  it("what is counted takes a complement after “of”, but not after money", () => {
    expect(figures("They removed 90 pieces of violent extremist content.").map((f) => f.asStated)).toStrictEqual(["90 pieces of violent extremist content"]);
    expect(figures("They gave $90 of seed money.").map((f) => f.asStated)).toStrictEqual(["$90"]);
  });
});

describe("the clause", () => {
  it("starts after “that”, a colon, a semicolon, an opening quotation mark or “, and”, and ends at a comma or a stop", () => {
    expect(figures("The Chair noted that 70 ports had joined, which was welcome.").map((f) => f.measure)).toStrictEqual(["70 ports had joined"]);
    expect(figures("Results: 70 ports joined the scheme.").map((f) => f.measure)).toStrictEqual(["70 ports joined the scheme"]);
    expect(figures("It was slow; 70 ports joined later.").map((f) => f.measure)).toStrictEqual(["70 ports joined later"]);
    expect(figures("She said “70 ports joined” at the close.").map((f) => f.measure)).toStrictEqual(["70 ports joined"]);
    expect(figures('She said "70 ports joined" at the close.').map((f) => f.measure)).toStrictEqual(["70 ports joined"]);
    expect(figures("Checks were slow, and 70 ports joined later.").map((f) => f.measure)).toStrictEqual(["70 ports joined later"]);
    expect(figures("The scheme grew as 70 ports joined and others waited.").map((f) => f.measure)).toStrictEqual(["The scheme grew as 70 ports joined"]);
  });
});

describe("what is no figure", () => {
  it("years, dates, ordinals, times and document numbers", () => {
    expect(figures("The plan of 2024 was reviewed.")).toStrictEqual([]);
    expect(figures("The hall opened on 12 March for visitors.")).toStrictEqual([]);
    expect(figures("The hall opened on March 12 for visitors.")).toStrictEqual([]);
    expect(figures("The 12th review found gaps.")).toStrictEqual([]);
    expect(figures("The talks began at 10 a.m. sharp.")).toStrictEqual([]);
    expect(figures("The talks lasted until 16 hours later.")).toStrictEqual([]);
    expect(figures("It cited paragraph 12 of the report.")).toStrictEqual([]);
    expect(figures("It cited 1540 (2004) twice.")).toStrictEqual([]);
  });
  it("units of one or two letters, durations, and words of another script", () => {
    expect(figures("The ports are 40 km apart.")).toStrictEqual([]);
    expect(figures("The ports waited 40 days for a reply.")).toStrictEqual([]);
    expect(figures("The ports received 40 ящиков.")).toStrictEqual([]);
    expect(figures("Only 40 ox were sold.")).toStrictEqual([]);
    expect(figures("Only 40 owls were sold.").map((f) => f.unit)).toStrictEqual(["owls"]);
  });
  it("a number too large to be a number", () => {
    expect(figures(`Officials counted ${"9".repeat(400)} ports.`)).toStrictEqual([]);
  });
  it("a number glued to letters, a slash or another number", () => {
    expect(figures("The code A12 ports was used.")).toStrictEqual([]);
    expect(figures("The code 12/3 ports was used.")).toStrictEqual([]);
  });
});
