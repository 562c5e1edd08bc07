import { describe, expect, it } from "vitest";
import { detectLostLinks } from "./link-targets";

const spaceBeforePeriod = (s: number, word: string) => ({
  kind: "lost-link-target",
  action: "flagged",
  s,
  e: s + word.length + 2,
  after: `${word} .`,
  rationale: `A space stands before the final period after "${word}": the words of a link were probably lost here.`,
  confidence: 0.7,
});
const doubleSpace = (s: number, n: number) => ({
  kind: "lost-link-target",
  action: "flagged",
  s,
  e: s + n,
  after: " ".repeat(n),
  rationale: "A double space between words may mark a linked name that was lost.",
  confidence: 0.5,
});

describe("detectLostLinks, each flag whole", () => {
  it("flags the last word and the space-period, with the word in the rationale", () => {
    expect(detectLostLinks("found on CTED’s .")).toEqual([spaceBeforePeriod(9, "CTED’s")]);
    expect(detectLostLinks("the meeting .\nNext")).toEqual([spaceBeforePeriod(4, "meeting")]);
    expect(detectLostLinks("the meeting .\u00a0Next")).toEqual([spaceBeforePeriod(4, "meeting")]);
    expect(detectLostLinks("wait a. .")).toEqual([spaceBeforePeriod(5, "a.")]);
  });
  it("needs the period to end the sentence and the word to be whole and at most 80 characters", () => {
    expect(detectLostLinks("the meeting .x")).toEqual([]);
    expect(detectLostLinks("the meeting .5")).toEqual([]);
    expect(detectLostLinks(`see ${"w".repeat(80)} .`)).toEqual([spaceBeforePeriod(4, "w".repeat(80))]);
    expect(detectLostLinks(`see ${"w".repeat(81)} .`)).toEqual([]);
  });
  it("reads an ellipsis before the period as an ellipsis, not a lost link", () => {
    expect(detectLostLinks("wait … .")).toEqual([]);
    expect(detectLostLinks("wait .. .")).toEqual([]);
    expect(detectLostLinks("wait ….. .")).toEqual([]);
  });
  it("flags two or more spaces between letters, digits or after a comma, and nothing else", () => {
    expect(detectLostLinks("by  was")).toEqual([doubleSpace(2, 2)]);
    expect(detectLostLinks("a   b")).toEqual([doubleSpace(1, 3)]);
    expect(detectLostLinks("a,  b")).toEqual([doubleSpace(2, 2)]);
    expect(detectLostLinks("a  1")).toEqual([doubleSpace(1, 2)]);
    expect(detectLostLinks("7  b")).toEqual([doubleSpace(1, 2)]);
    expect(detectLostLinks("a b")).toEqual([]);
    expect(detectLostLinks("end.  Then")).toEqual([]);
    expect(detectLostLinks("a  (b)")).toEqual([]);
    expect(detectLostLinks("a\t\tb")).toEqual([]);
  });
  it("returns the flags of both kinds in text order", () => {
    expect(detectLostLinks("a  b c .")).toEqual([doubleSpace(1, 2), spaceBeforePeriod(5, "c")]);
    expect(detectLostLinks("c . a  b")).toEqual([spaceBeforePeriod(0, "c"), doubleSpace(5, 2)]);
  });
});

describe("detectLostLinks: an ellipsis is only dots", () => {
  it("flags a word that starts with an ellipsis but goes on", () => {
    expect(detectLostLinks("wait ...later .")).toEqual([spaceBeforePeriod(5, "...later")]);
    expect(detectLostLinks("wait …later .")).toEqual([spaceBeforePeriod(5, "…later")]);
  });
});
