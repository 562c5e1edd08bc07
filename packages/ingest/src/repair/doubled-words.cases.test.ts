import { describe, expect, it } from "vitest";
import { detectDoubledWords } from "./doubled-words";

const repaired = (s: number, e: number, a: string, b: string) => ({
  kind: "doubled-word",
  action: "repaired",
  s,
  e,
  after: "",
  rationale: `"${a} ${b}" repeats a word by mistake; the second copy is removed.`,
  confidence: 0.9,
});
const flagged = (s: number, span: string, why: string) => ({
  kind: "doubled-word",
  action: "flagged",
  s,
  e: s + span.length,
  after: span,
  rationale: `"${span}" repeats a word, but ${why}, so it is only flagged.`,
  confidence: 0.5,
});

describe("detectDoubledWords, each edit whole", () => {
  it("removes the second copy with the gap before it", () => {
    expect(detectDoubledWords("to to the")).toEqual([repaired(2, 5, "to", "to")]);
    expect(detectDoubledWords("x The the end")).toEqual([repaired(5, 9, "The", "the")]);
    expect(detectDoubledWords("the \u00a0\tthe")).toEqual([repaired(3, 9, "the", "the")]);
    expect(detectDoubledWords("the the the")).toEqual([repaired(3, 7, "the", "the"), repaired(7, 11, "the", "the")]);
  });
  it("flags, with the first reason that applies: line break, grammatical doubling, name, case", () => {
    expect(detectDoubledWords("the\nthe end")).toEqual([flagged(0, "the\nthe", "they are split by a line break")]);
    expect(detectDoubledWords("the \n the")).toEqual([flagged(0, "the \n the", "they are split by a line break")]);
    expect(detectDoubledWords("that\nthat")).toEqual([flagged(0, "that\nthat", "they are split by a line break")]);
    expect(detectDoubledWords("so that that works")).toEqual([flagged(3, "that that", "this doubling can be grammatical")]);
    expect(detectDoubledWords("That That")).toEqual([flagged(0, "That That", "this doubling can be grammatical")]);
    expect(detectDoubledWords("to Bora Bora")).toEqual([flagged(3, "Bora Bora", "both are capitalised and may be a name")]);
    expect(detectDoubledWords("the The end")).toEqual([flagged(0, "the The", "their case differs")]);
    expect(detectDoubledWords("THE the end")).toEqual([flagged(0, "THE the", "their case differs")]);
    expect(detectDoubledWords("tHe the end")).toEqual([flagged(0, "tHe the", "their case differs")]);
  });
  it("knows each grammatical doubling", () => {
    for (const w of ["that", "had", "is", "do", "does", "did", "so", "very", "bye", "no", "ha", "la", "can", "tut", "pooh"]) {
      expect(detectDoubledWords(`x ${w} ${w} y`)).toEqual([flagged(2, `${w} ${w}`, "this doubling can be grammatical")]);
    }
  });
  it("ignores a paragraph break, other gaps, and a neighbour that is a digit or a joining sign", () => {
    expect(detectDoubledWords("the\n\nthe")).toEqual([]);
    expect(detectDoubledWords("the, the")).toEqual([]);
    expect(detectDoubledWords("the the")).toHaveLength(1);
    for (const c of ["1", "&", "/", "@", "#", "_", "-"]) {
      expect([c, detectDoubledWords(`${c}the the`)]).toEqual([c, []]);
      expect([c, detectDoubledWords(`the the${c}`)]).toEqual([c, []]);
    }
    expect(detectDoubledWords(".the the.")).toEqual([repaired(4, 8, "the", "the")]);
  });
  it("finds nothing without a repeat", () => {
    expect(detectDoubledWords("")).toEqual([]);
    expect(detectDoubledWords("the then")).toEqual([]);
  });
});
