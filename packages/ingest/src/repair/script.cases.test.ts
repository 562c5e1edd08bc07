import { describe, expect, it } from "vitest";
import { charClass, classCounts, contextPenalty, implausibility, isCleanLatin, isForeignLetter, isLatinLetter, isLatinProse } from "./script";

// Each class boundary of `charClass`, tested on both sides: the mojibake and injection detectors weigh readings by
// these classes, so a shifted boundary changes which reading wins.
describe("charClass at the edges of each class", () => {
  const cases: Array<[number, string]> = [
    [0x00, "control"], [0x08, "control"], [0x09, "ascii"], [0x0a, "ascii"], [0x0b, "control"], [0x0c, "control"],
    [0x0d, "ascii"], [0x0e, "control"], [0x1f, "control"], [0x20, "ascii"], [0x7e, "ascii"], [0x7f, "control"],
    [0x80, "control"], [0x9f, "control"], [0xa0, "space"], [0xa1, "symbol"], [0xbf, "symbol"], [0xc0, "latin"],
    [0xd6, "latin"], [0xd7, "symbol"], [0xd8, "latin"], [0xf6, "latin"], [0xf7, "symbol"], [0xf8, "latin"], [0xff, "latin"],
    [0x151, "latin"], [0x152, "symbol"], [0x153, "symbol"], [0x154, "latin"], [0x15f, "latin"], [0x160, "symbol"],
    [0x161, "symbol"], [0x162, "latin"], [0x177, "latin"], [0x178, "symbol"], [0x17d, "symbol"], [0x17e, "symbol"],
    [0x17f, "latin"], [0x191, "latin"], [0x192, "symbol"], [0x193, "latin"], [0x24f, "latin"], [0x250, "bad"],
    [0x2c5, "bad"], [0x2c6, "symbol"], [0x2c7, "symbol"], [0x2c8, "bad"], [0x2d7, "bad"], [0x2d8, "symbol"], [0x2d9, "symbol"],
    [0x2da, "bad"], [0x2db, "symbol"], [0x2dc, "symbol"], [0x2dd, "symbol"], [0x2de, "bad"], [0x2ff, "bad"],
    [0x300, "symbol"], [0x36f, "symbol"], [0x370, "foreign"], [0x1dff, "bad"], [0x1e00, "latin"], [0x1eff, "latin"],
    [0x1f00, "bad"], [0x1fff, "bad"], [0x2000, "space"], [0x200a, "space"], [0x200b, "symbol"], [0x2013, "punct"],
    [0x2014, "punct"], [0x2017, "symbol"], [0x2018, "punct"], [0x2019, "punct"], [0x201a, "symbol"], [0x201c, "punct"],
    [0x201d, "punct"], [0x2022, "punct"], [0x2026, "punct"], [0x202e, "symbol"], [0x202f, "space"], [0x2030, "symbol"],
    [0x20ac, "symbol"], [0x20cf, "symbol"], [0x20d0, "bad"], [0x20ff, "bad"], [0x2100, "symbol"], [0x2122, "symbol"],
    [0x214f, "symbol"], [0x2150, "bad"], [0x2fff, "foreign"], [0x3000, "foreign"], [0xdfff, "bad"], [0xe000, "bad"],
    [0xf8ff, "bad"], [0xf900, "foreign"], [0xfffd, "bad"], [0xfffe, "bad"], [0xffff, "bad"], [0x2fffd, "foreign"],
    [0x2fffe, "bad"], [0x2ffff, "bad"], [0x3fffd, "foreign"], [0xefffd, "bad"], [0xf0000, "bad"], [0x10fffd, "bad"],
  ];
  it.each(cases)("U+%s", (cp, cls) => {
    expect(charClass(cp)).toBe(cls);
  });
});

describe("isForeignLetter at both ends of each script block", () => {
  const blocks: Array<[number, number]> = [
    [0x0370, 0x11ff], // Greek .. Hangul Jamo, one run of adjacent blocks
    [0x2e80, 0xa4cf], // CJK .. Yi, two adjacent ranges
    [0xac00, 0xd7af],
    [0xf900, 0xfaff],
    [0xfe30, 0xfe4f],
    [0xff00, 0xffef],
    [0x20000, 0x3ffff],
  ];
  // Runs made of ranges that touch: each inner seam is tested from both sides.
  const seams = [0x03ff, 0x0400, 0x052f, 0x0530, 0x08ff, 0x0900, 0x0dff, 0x0e00, 0x0eff, 0x0f00, 0x10ff, 0x1100, 0x9fff, 0xa000];
  it("accepts both ends of every block and every seam inside the first run", () => {
    for (const [lo, hi] of blocks) {
      expect([lo, isForeignLetter(lo)]).toEqual([lo, true]);
      expect([hi, isForeignLetter(hi)]).toEqual([hi, true]);
    }
    for (const cp of seams) expect([cp, isForeignLetter(cp)]).toEqual([cp, true]);
  });
  it("rejects the code point just outside every block", () => {
    for (const [lo, hi] of blocks) {
      expect([lo - 1, isForeignLetter(lo - 1)]).toEqual([lo - 1, false]);
      expect([hi + 1, isForeignLetter(hi + 1)]).toEqual([hi + 1, false]);
    }
    for (const cp of [0x41, 0xe9, 0x250, 0x300, 0x1e00, 0x2013, 0xe000, 0xfb00, 0xfffd, 0x10000, 0x1f600, 0xf0000]) {
      expect([cp, isForeignLetter(cp)]).toEqual([cp, false]);
    }
  });
});

describe("isLatinLetter", () => {
  it("takes ASCII letters and Latin letters beyond ASCII, and nothing around them", () => {
    const yes = [0x41, 0x4d, 0x5a, 0x61, 0x6d, 0x7a, 0xe9, 0x141, 0x1e9e];
    const no = [0x40, 0x5b, 0x60, 0x7b, 0x30, 0x20, 0xd7, 0x160, 0x3b1, 0x2019];
    for (const cp of yes) expect([cp, isLatinLetter(cp)]).toEqual([cp, true]);
    for (const cp of no) expect([cp, isLatinLetter(cp)]).toEqual([cp, false]);
  });
});

describe("implausibility, exactly", () => {
  it("charges each class its own price", () => {
    expect(implausibility("a")).toBe(0);
    expect(implausibility("\u00a0")).toBe(0.5);
    expect(implausibility("’")).toBe(0.3);
    expect(implausibility("é")).toBe(1);
    expect(implausibility("©")).toBe(3);
    expect(implausibility("\u0001")).toBe(20);
    expect(implausibility("缅")).toBe(4);
    expect(implausibility("\ufffd")).toBe(20);
    expect(implausibility("")).toBe(0);
  });
  it("adds 2 for two odd characters side by side, not for punctuation, foreign letters or a gap", () => {
    expect(implausibility("éé")).toBe(4);
    expect(implausibility("é é")).toBe(2);
    expect(implausibility("缅缅")).toBe(8);
    expect(implausibility("é缅")).toBe(5);
    expect(implausibility("“”")).toBeCloseTo(0.6, 10);
  });
  it("adds 2 for a doubled quotation mark", () => {
    expect(implausibility("’’")).toBeCloseTo(2.6, 10);
    expect(implausibility("““")).toBeCloseTo(2.6, 10);
    expect(implausibility("aa")).toBe(0);
  });
  it("adds 2 for a symbol touching an ASCII letter on either side, not a digit", () => {
    expect(implausibility("©d")).toBe(5);
    expect(implausibility("d©")).toBe(5);
    expect(implausibility("©1")).toBe(3);
    expect(implausibility("1©")).toBe(3);
    expect(implausibility("© d")).toBe(3);
  });
  it("adds 2 for a symbol touching an ASCII byte that prose shows only as a GBK/Big5 trail byte, not other punctuation", () => {
    // "¤@" is the Big5 pair A4 40 read as latin1: without the 2 the CJK reading of "¤@¨Ç" was no better than the run
    for (const trail of ["@", "[", "\\", "]", "^", "_", "`", "{", "|", "}", "~"]) {
      expect(implausibility(`¤${trail}`)).toBe(5);
      expect(implausibility(`${trail}¤`)).toBe(5);
    }
    expect(implausibility("¤.")).toBe(3);
    expect(implausibility("¤?")).toBe(3);
    expect(implausibility("é@")).toBe(1);
  });
  it("adds 3 for a capital right after a lower-case letter when either is beyond ASCII", () => {
    expect(implausibility("aÉ")).toBe(4);
    expect(implausibility("éA")).toBe(4);
    expect(implausibility("aA")).toBe(0);
    expect(implausibility("ÉÉ")).toBe(4);
    expect(implausibility("Éa")).toBe(1);
    expect(implausibility("É")).toBe(1);
  });
});

describe("classCounts", () => {
  it("counts every code point once, by class", () => {
    expect(classCounts("Ab ’é©\u0001缅\ufffd\u00a0😀")).toEqual({ ascii: 3, space: 1, punct: 1, latin: 1, symbol: 1, control: 1, foreign: 1, bad: 2 });
    expect(classCounts("")).toEqual({ ascii: 0, space: 0, punct: 0, latin: 0, symbol: 0, control: 0, foreign: 0, bad: 0 });
  });
});

describe("isLatinProse thresholds", () => {
  it("needs at least 20 Latin letters", () => {
    expect(isLatinProse("abcdefghij klmnopqrs.")).toBe(false); // 19 letters
    expect(isLatinProse("abcdefghij klmnopqrst.")).toBe(true); // 20
    expect(isLatinProse(`${"é".repeat(19)} 1234`)).toBe(false); // digits do not count
    expect(isLatinProse("é".repeat(20))).toBe(true);
  });
  it("needs at least 85% of the letters to be Latin", () => {
    expect(isLatinProse(`${"a".repeat(34)} ${"缅".repeat(6)}`)).toBe(true); // exactly 85%
    expect(isLatinProse(`${"a".repeat(33)} ${"缅".repeat(6)}`)).toBe(false);
    expect(isLatinProse(`${"a".repeat(20)} ${"Ж".repeat(3)}`)).toBe(true);
    expect(isLatinProse(`${"a".repeat(20)} ${"Ж".repeat(4)}`)).toBe(false);
  });
});

describe("isCleanLatin, each reason to reject", () => {
  it("rejects ASCII that only appears as trail bytes of double-byte encodings", () => {
    for (const ch of ["@", "[", "\\", "]", "^", "_", "`", "{", "|", "}", "~"]) expect([ch, isCleanLatin(`ab${ch}cd`)]).toEqual([ch, false]);
    expect(isCleanLatin("ab-cd, (e) f.g; h! 'i' \"j\" #1 $2 %3 &4 *5 +6 =7 <8> ?9 :0 /")).toBe(true);
  });
  it("rejects a word with a non-ASCII letter in an implausible case, and only such a word", () => {
    expect(isCleanLatin("Élan")).toBe(true);
    expect(isCleanLatin("ÉLAN")).toBe(true);
    expect(isCleanLatin("élan")).toBe(true);
    expect(isCleanLatin("ÈDÈf")).toBe(false);
    expect(isCleanLatin("éLan")).toBe(false);
    expect(isCleanLatin("McDonald and é")).toBe(true);
    expect(isCleanLatin("McDonald é")).toBe(true);
  });
  it("rejects control, replacement and foreign characters", () => {
    expect(isCleanLatin("a\u0001b")).toBe(false);
    expect(isCleanLatin("a\ufffdb")).toBe(false);
    expect(isCleanLatin("a缅b")).toBe(false);
    expect(isCleanLatin("a\u0085b")).toBe(false);
  });
  it("rejects three odd characters in a row, counting spaces beyond ASCII, and nothing shorter", () => {
    expect(isCleanLatin("ééé")).toBe(false);
    expect(isCleanLatin("éé")).toBe(true);
    expect(isCleanLatin("é é é")).toBe(true);
    expect(isCleanLatin("é\u00a0é")).toBe(false);
    expect(isCleanLatin("é©é")).toBe(false);
    expect(isCleanLatin("é’éé")).toBe(true);
  });
  it("allows one symbol, then one per five characters beyond ASCII", () => {
    expect(isCleanLatin("©")).toBe(true);
    expect(isCleanLatin("a©b©c")).toBe(false);
    expect(isCleanLatin(`©${" é".repeat(8)} ©`)).toBe(true); // 10 beyond ASCII, 2 symbols
    expect(isCleanLatin(`©${" é".repeat(7)} ©`)).toBe(false); // 9 beyond ASCII, 2 symbols
    expect(isCleanLatin(`©${" é".repeat(12)} © ©`)).toBe(true); // 15, 3 symbols
    expect(isCleanLatin(`©${" é".repeat(11)} © ©`)).toBe(false); // 14, 3 symbols
  });
});

describe("contextPenalty, exactly", () => {
  it("is 0 for a plain reading, with or without neighbours", () => {
    expect(contextPenalty(undefined, "abc", undefined)).toBe(0);
    expect(contextPenalty("a", "bc", "d")).toBe(0);
  });
  it("adds 3 for a capital after a lower-case letter across either edge", () => {
    expect(contextPenalty("a", "Éb", " ")).toBe(3);
    expect(contextPenalty(" ", "Éb", " ")).toBe(0);
    expect(contextPenalty("x", "é", "B")).toBe(3);
    expect(contextPenalty("x", "é", " ")).toBe(0);
    expect(contextPenalty("A", "É", "B")).toBe(0);
  });
  it("adds 2 for an opening mark after a letter or digit, a closing one before one", () => {
    expect(contextPenalty("a", "“", " ")).toBe(2);
    expect(contextPenalty("7", "‘", " ")).toBe(2);
    expect(contextPenalty(" ", "“", "a")).toBe(0);
    expect(contextPenalty(" ", "”", "b")).toBe(2);
    expect(contextPenalty("b", "”", " ")).toBe(0);
    // « and » are also Latin-1 symbols, charged again for touching the letter
    expect(contextPenalty("a", "«", undefined)).toBe(4);
    expect(contextPenalty(undefined, "»", "a")).toBe(4);
    expect(contextPenalty(" ", "«", "a")).toBe(2);
  });
  it("adds 2 for two quotation marks side by side inside the reading or at its right edge", () => {
    expect(contextPenalty(" ", "«”", " ")).toBe(2);
    expect(contextPenalty(" ", "„", "“")).toBe(2);
    expect(contextPenalty("“", "”", " ")).toBe(0); // the mark before the reading is not the reading's
    expect(contextPenalty(" ", "a", "“")).toBe(0); // nor the mark after it, on its own
  });
  it("adds 2 for a symbol at an edge of the reading touching a letter or digit outside it", () => {
    expect(contextPenalty("a", "©", " ")).toBe(2);
    expect(contextPenalty(" ", "©", "b")).toBe(2);
    expect(contextPenalty("a", "©", "b")).toBe(2); // one symbol is charged once
    expect(contextPenalty(" ", "x©y", " ")).toBe(0);
    expect(contextPenalty("a", "x©", " ")).toBe(0);
    expect(contextPenalty(" ", "©x", "b")).toBe(0);
    expect(contextPenalty(" ", "©", " ")).toBe(0);
  });
});
