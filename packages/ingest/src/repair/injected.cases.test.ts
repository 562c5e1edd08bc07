import { describe, expect, it } from "vitest";
import { gluedAffixes } from "./injected";

// The Latin part a spam token carries with it: up to three digits before, up to three digits or capitals after,
// and only when no letter or digit lies beyond them (a word glued to a token stays).
describe("gluedAffixes", () => {
  it("takes up to three digits before the run", () => {
    expect(gluedAffixes("the 51勛圖 Office", 6, 8)).toEqual({ s: 4, e: 8 });
    expect(gluedAffixes("x 123勛 y", 5, 6)).toEqual({ s: 2, e: 6 });
    expect(gluedAffixes("123勛 y", 3, 4)).toEqual({ s: 0, e: 4 });
  });
  it("takes nothing before when more digits, or a letter, lie beyond the three", () => {
    expect(gluedAffixes("x 1234勛 y", 6, 7)).toEqual({ s: 6, e: 7 });
    expect(gluedAffixes("a1勛 y", 2, 3)).toEqual({ s: 2, e: 3 });
    expect(gluedAffixes("ab勛 y", 2, 3)).toEqual({ s: 2, e: 3 });
  });
  it("takes up to three digits or capitals after the run", () => {
    expect(gluedAffixes("国产AV and", 0, 2)).toEqual({ s: 0, e: 4 });
    expect(gluedAffixes("勛ABC x", 0, 1)).toEqual({ s: 0, e: 4 });
    expect(gluedAffixes("勛12", 0, 1)).toEqual({ s: 0, e: 3 });
  });
  it("takes nothing after when a letter or digit lies beyond, or the next is lower case", () => {
    expect(gluedAffixes("勛ABCD x", 0, 1)).toEqual({ s: 0, e: 1 });
    expect(gluedAffixes("勛圖Office", 0, 2)).toEqual({ s: 0, e: 2 });
    expect(gluedAffixes("勛abc", 0, 1)).toEqual({ s: 0, e: 1 });
    expect(gluedAffixes("勛 AB", 0, 1)).toEqual({ s: 0, e: 1 });
  });
  it("takes both sides at once, and nothing from an empty neighbourhood", () => {
    expect(gluedAffixes("(51勛圖AV)", 3, 5)).toEqual({ s: 1, e: 7 });
    expect(gluedAffixes("勛", 0, 1)).toEqual({ s: 0, e: 1 });
  });
});
