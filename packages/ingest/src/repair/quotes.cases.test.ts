import { describe, expect, it } from "vitest";
import { detectQuoteProblems } from "./quotes";

const flag = (text: string, at: number, rationale: string) => ({
  kind: "unbalanced-quotes",
  action: "flagged",
  s: at,
  e: at + 1,
  after: text.slice(at, at + 1),
  rationale,
  confidence: 0.6,
});
const UNCLOSED = "An opening quotation mark is never closed in its paragraph.";
const REOPENED = "An opening quotation mark is followed by another opening mark before any closing one.";
const STRAY = "A closing quotation mark has no opening mark in its paragraph.";
const STRAIGHT = "A straight double quotation mark has no partner in its paragraph.";

describe("detectQuoteProblems, each edit whole", () => {
  it("drops the second of two identical curly marks", () => {
    const doubled = (s: number, ch: string) => ({ kind: "unbalanced-quotes", action: "repaired", s, e: s + 1, after: "", rationale: `The quotation mark ${ch} is doubled; one is removed.`, confidence: 0.85 });
    expect(detectQuoteProblems("He said ““soft” targets.")).toEqual([doubled(9, "“")]);
    expect(detectQuoteProblems("He said “soft”” targets.")).toEqual([doubled(14, "”")]);
  });
  it("flags a closing mark with no opening one, at its offset in the whole text", () => {
    const t = "A.\n\nHe said soft” x.";
    expect(detectQuoteProblems(t)).toEqual([flag(t, 16, STRAY)]);
  });
  it("flags an opening mark reopened before it closes", () => {
    const t = "“a “b” c.";
    expect(detectQuoteProblems(t)).toEqual([flag(t, 0, REOPENED)]);
  });
  it("flags an opening mark never closed, unless the next paragraph opens with a mark", () => {
    const t = "x “a.\n\nb.";
    expect(detectQuoteProblems(t)).toEqual([flag(t, 2, UNCLOSED)]);
    expect(detectQuoteProblems("x “a.\n\n“b.” c")).toEqual([]);
    expect(detectQuoteProblems('x “a.\n\n"b" c')).toEqual([]);
    const last = "x “a.";
    expect(detectQuoteProblems(last)).toEqual([flag(last, 2, UNCLOSED)]);
  });
  it("flags the last of an odd number of straight marks, paragraph by paragraph", () => {
    const t = 'a "b" "c';
    expect(detectQuoteProblems(t)).toEqual([flag(t, 6, STRAIGHT)]);
    expect(detectQuoteProblems('a "b" c')).toEqual([]);
    const two = 'a "b.\n\nc "d.';
    expect(detectQuoteProblems(two)).toEqual([flag(two, 2, STRAIGHT), flag(two, 9, STRAIGHT)]);
    expect(detectQuoteProblems('a "b.\n\n"c d"')).toEqual([]);
  });
  it("returns the edits in text order", () => {
    const t = "“a ““b”.";
    expect(detectQuoteProblems(t).map((e) => [e.s, e.action])).toEqual([
      [0, "flagged"],
      [4, "repaired"],
    ]);
  });
});

describe("detectQuoteProblems: a mark at the very start of the text", () => {
  it("closes an opening mark at offset 0, and flags it when it is never closed", () => {
    expect(detectQuoteProblems("“a” b.")).toEqual([]);
    const open = "“a b.";
    expect(detectQuoteProblems(open)).toEqual([flag(open, 0, UNCLOSED)]);
  });
});
