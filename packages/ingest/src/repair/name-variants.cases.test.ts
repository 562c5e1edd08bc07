import { describe, expect, it } from "vitest";
import { detectNameVariants } from "./name-variants";

const repaired = (s: number, w: string, right: string) => ({
  kind: "name-variant",
  action: "repaired",
  s,
  e: s + w.length,
  after: right,
  rationale: `"${w}" is the known name "${right}" with a letter's mark written wrong.`,
  confidence: 0.8,
});
const flagged = (s: number, w: string, right: string) => ({
  kind: "name-variant",
  action: "flagged",
  s,
  e: s + w.length,
  after: w,
  rationale: `"${w}" is the known name "${right}" written without its marks; left as the page writes it.`,
  confidence: 0.5,
});

describe("detectNameVariants, each edit whole (synthetic names)", () => {
  it("repairs a word whose marks differ from the one known spelling", () => {
    expect(detectNameVariants("Then Ana Kovačić spoke.", ["Ana Kovačič"])).toEqual([repaired(9, "Kovačić", "Kovačič")]);
    expect(detectNameVariants("Kovačić", ["Ana Kovačič"])).toEqual([repaired(0, "Kovačić", "Kovačič")]);
  });
  it("leaves a word that two known spellings share once marks are set aside", () => {
    expect(detectNameVariants("Ana Kovaćič spoke.", ["Ana Kovačič", "Ivo Kovačić"])).toEqual([]);
  });
  it("leaves the known spelling, names without marks, and words shorter than four letters", () => {
    expect(detectNameVariants("Léon Dupont spoke.", ["Léon Dupont"])).toEqual([]);
    expect(detectNameVariants("Leon Dupont spoke.", ["Leon Dupont"])).toEqual([]);
    expect(detectNameVariants("Lea Dupont spoke.", ["Léa Dupont"])).toEqual([]);
    expect(detectNameVariants("Léon Düpont spoke.", ["Léon Dupont"])).toEqual([]); // a plain word of the name is not checked
  });
  it("flags a plain spelling of four letters or more beside another word of the same name, on either side", () => {
    expect(detectNameVariants("Leon Dupont spoke.", ["Léon Dupont"])).toEqual([flagged(0, "Leon", "Léon")]);
    expect(detectNameVariants("Mr Dupont Leon spoke.", ["Léon Dupont"])).toEqual([flagged(10, "Leon", "Léon")]);
    expect(detectNameVariants("Leon. Dupont", ["Léon Dupont"])).toEqual([flagged(0, "Leon", "Léon")]);
    expect(detectNameVariants("Leon   Dupont", ["Léon Dupont"])).toEqual([flagged(0, "Leon", "Léon")]);
  });
  it("does not flag a plain spelling standing apart from the rest of the name", () => {
    expect(detectNameVariants("Leon spoke with Dupont.", ["Léon Dupont"])).toEqual([]);
    expect(detectNameVariants("Leon, Dupont", ["Léon Dupont"])).toEqual([]);
    expect(detectNameVariants("Leon    Dupont", ["Léon Dupont"])).toEqual([]);
    expect(detectNameVariants("Leon Leon", ["Léon Dupont"])).toEqual([]); // the word itself is not its own partner
    expect(detectNameVariants("Leon Dupont", ["Léon Martin", "Ana Dupont"])).toEqual([]); // the partner must be of the same name
  });
  it("counts a neighbour as beside the word only within 40 characters more than the word", () => {
    const long = `B${"a".repeat(44)}`; // 45 letters: its start is 46 characters before the word after it
    expect(detectNameVariants(`${long} Leon`, [`Léon ${long}`])).toEqual([]);
    expect(detectNameVariants(`Leon ${long}`, [`Léon ${long}`])).toEqual([flagged(0, "Leon", "Léon")]);
    const fits = `B${"a".repeat(42)}`; // 43 letters: 44 before it, the limit
    expect(detectNameVariants(`${fits} Leon`, [`Léon ${fits}`])).toEqual([flagged(44, "Leon", "Léon")]);
  });
});
