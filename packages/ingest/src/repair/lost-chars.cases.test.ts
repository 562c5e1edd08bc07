import { describe, expect, it } from "vitest";
import { detectLostChars, fitsLost } from "./lost-chars";

const restored = (s: number, token: string, word: string) => ({
  kind: "lost-characters",
  action: "repaired",
  s,
  e: s + token.length,
  after: word,
  rationale: `In "${token}" letters were lost to "?" (a non-ASCII letter replaced by a lossy conversion); "${word}" is the only fitting word known or found in the text.`,
  confidence: 0.85,
});
const flagged = (s: number, token: string, why: "nothing known" | "more than one known word") => ({
  kind: "lost-characters",
  action: "flagged",
  s,
  e: s + token.length,
  after: token,
  rationale: `In "${token}" a letter seems lost to "?"; ${why} fits, so it is left as is.`,
  confidence: 0.6,
});

describe("fitsLost", () => {
  it("lets each run of ? stand for one to as many non-ASCII characters", () => {
    expect(fitsLost("C?te", "Côte")).toBe(true);
    expect(fitsLost("C??te", "Côte")).toBe(true);
    expect(fitsLost("S??o", "Sãão")).toBe(true);
    expect(fitsLost("S?o", "Sãão")).toBe(false);
    expect(fitsLost("C?t?", "Côté")).toBe(true);
    expect(fitsLost("?", "é")).toBe(true);
    expect(fitsLost("x?y", "x𠀀y")).toBe(true);
    expect(fitsLost("a?b", "a\u0080b")).toBe(true);
  });
  it("never lets ? stand for an ASCII character, or for nothing", () => {
    expect(fitsLost("C?te", "Cote")).toBe(false);
    expect(fitsLost("C??e", "Cöte")).toBe(false);
    expect(fitsLost("a?b", "a\u007fb")).toBe(false);
    expect(fitsLost("a?", "a")).toBe(false);
    expect(fitsLost("C?te", "Cte")).toBe(false);
  });
  it("needs the other letters equal, and both words to end together", () => {
    expect(fitsLost("C?te", "Côtes")).toBe(false);
    expect(fitsLost("C?te", "Côt")).toBe(false);
    expect(fitsLost("C?te", "Dôte")).toBe(false);
    expect(fitsLost("ab", "ab")).toBe(true);
    expect(fitsLost("", "")).toBe(true);
    expect(fitsLost("a", "")).toBe(false);
  });
});

describe("detectLostChars, each edit whole", () => {
  it("restores the one word that fits, from the known names or the text", () => {
    expect(detectLostChars("Representatives of C?te d'Ivoire spoke.", ["Côte d'Ivoire"])).toEqual([restored(19, "C?te", "Côte")]);
    expect(detectLostChars("Michèle and Michèle met Mich?le.", [])).toEqual([restored(24, "Mich?le", "Michèle")]);
  });
  it("flags a token that nothing fits, or that several words fit", () => {
    expect(detectLostChars("Mich?le spoke.", [])).toEqual([flagged(0, "Mich?le", "nothing known")]);
    expect(detectLostChars("See C?te.", ["Côte", "Cête"])).toEqual([flagged(4, "C?te", "more than one known word")]);
    expect(detectLostChars("See C?te.", ["Cote"])).toEqual([flagged(4, "C?te", "nothing known")]);
  });
  it("looks a token up by its last letter when its first is lost, and by neither when both are", () => {
    expect(detectLostChars("See ?t?e now.", ["Ötöe"])).toEqual([restored(4, "?t?e", "Ötöe")]);
    expect(detectLostChars("x ?a?b? y", ["éaébé"])).toEqual([flagged(2, "?a?b?", "nothing known")]);
  });
  it("reads tokens of at most 40 characters", () => {
    const t40 = `a?${"b".repeat(38)}`;
    expect(detectLostChars(`${t40} x`, [])).toEqual([flagged(0, t40, "nothing known")]);
    expect(detectLostChars(`a?${"b".repeat(39)} x`, [])).toEqual([]);
  });
  it("needs a letter on both sides of the ?", () => {
    expect(detectLostChars("Why? Because.", [])).toEqual([]);
    expect(detectLostChars("?abc ab? a-?b", [])).toEqual([]);
  });
  it("skips tokens inside addresses, file names and numbers, but not before a final period", () => {
    for (const c of ["/", "=", "&", ".", ":", "@", "#", "_", "7"]) expect([c, detectLostChars(`x${c}C?te y`, ["Côte"])]).toEqual([c, []]);
    for (const c of ["/", "=", "&", ":", "@", "#", "_", "7"]) expect([c, detectLostChars(`x C?te${c}y`, ["Côte"])]).toEqual([c, []]);
    expect(detectLostChars("x C?te. y", ["Côte"])).toEqual([restored(2, "C?te", "Côte")]);
    expect(detectLostChars("C?te", ["Côte"])).toEqual([restored(0, "C?te", "Côte")]);
  });
  it("gives a repeated token the same answer each time", () => {
    expect(detectLostChars("C?te, C?te", ["Côte"])).toEqual([restored(0, "C?te", "Côte"), restored(6, "C?te", "Côte")]);
  });
  it("compares a token with at most 4,000 words sharing its first letter", () => {
    const letters = (i: number): string => Array.from(i.toString(26), (d) => String.fromCharCode(97 + parseInt(d, 26))).join("");
    const fillers = Array.from({ length: 4000 }, (_, i) => `Cé${letters(i)}zz`); // none fits "C?te"
    expect(detectLostChars("See C?te.", [...fillers.slice(1), "Côte"])).toEqual([restored(4, "C?te", "Côte")]);
    expect(detectLostChars("See C?te.", [...fillers, "Côte"])).toEqual([flagged(4, "C?te", "nothing known")]);
  });
});

describe("detectLostChars, words of another script", () => {
  it("restores a word written without any ASCII letter from the known names", () => {
    // "Αθήνα" (Athens in Greek) with its "ή" lost: every letter of the known word is non-ASCII
    expect(detectLostChars("Talks in Αθ?να ended.", ["Αθήνα"])).toEqual([restored(9, "Αθ?να", "Αθήνα")]);
  });
});
