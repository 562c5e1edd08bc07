import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CodePointText, codePointLength, codePointOffsets, sliceCodePoints, toCodePointOffset, toUtf16Offset } from "./code-points";

/**
 * Strings of UTF-16 units drawn around the surrogate ranges' edges (U+D7FF, U+D800, U+DBFF, U+DC00, U+DFFF,
 * U+E000), plus ASCII and CJK: well-formed pairs, lone surrogates and reversed pairs all come up.
 */
const units = fc
  .array(fc.constantFrom(0x61, 0x7f16, 0xd7ff, 0xd800, 0xd83d, 0xdbff, 0xdc00, 0xde00, 0xdfff, 0xe000), { maxLength: 12 })
  .map((codes) => String.fromCharCode(...codes));

/** What every function must agree with: the string's own code point iteration. */
const points = (text: string) => Array.from(text);

describe("code points", () => {
  const text = "a😀b缅c"; // 😀 is two UTF-16 units, one code point
  it("counts code points, not UTF-16 units", () => {
    expect(text.length).toBe(6);
    expect(codePointLength(text)).toBe(5);
    expect(codePointLength("")).toBe(0);
    expect(codePointLength("abc")).toBe(3);
  });

  it("slices by code point", () => {
    expect(sliceCodePoints(text, 1, 3)).toBe("😀b");
    expect(sliceCodePoints(text, 3, 5)).toBe("缅c");
    expect(sliceCodePoints(text, 0, 5)).toBe(text);
    expect(sliceCodePoints(text, 0, 0)).toBe("");
    expect(sliceCodePoints(text, 5, 5)).toBe("");
  });

  it("converts between code point and UTF-16 offsets", () => {
    expect(toUtf16Offset(text, 2)).toBe(3);
    expect(toUtf16Offset(text, 0)).toBe(0);
    expect(toUtf16Offset(text, 5)).toBe(6);
    expect(toCodePointOffset(text, 3)).toBe(2);
    expect(toCodePointOffset(text, 6)).toBe(5);
  });

  it("gives the UTF-16 offset of every boundary, the text's length last", () => {
    expect(Array.from(codePointOffsets(text))).toEqual([0, 1, 3, 4, 5, 6]);
    expect(Array.from(codePointOffsets(""))).toEqual([0]);
  });

  it("pairs the first and last high surrogates with the first and last low ones (U+10000, U+10FFFF)", () => {
    const edges = "\uD800\uDC00x\uDBFF\uDFFF";
    expect(codePointLength(edges)).toBe(3);
    expect(Array.from(codePointOffsets(edges))).toEqual([0, 2, 3, 5]);
    expect(sliceCodePoints(edges, 2, 3)).toBe("\uDBFF\uDFFF");
    expect(new CodePointText(edges).slice(0, 1)).toBe("\uD800\uDC00");
  });

  it("counts a lone or reversed surrogate as one code point, and characters next to the surrogate ranges as one each", () => {
    expect(codePointLength("\uD800")).toBe(1);
    expect(codePointLength("a\uDC00")).toBe(2);
    expect(codePointLength("\uDC00\uD800")).toBe(2);
    expect(codePointLength("\uD800\uD800\uDC00")).toBe(2);
    expect(codePointLength("\uD7FF\uDC00")).toBe(2);
    expect(codePointLength("\uDBFF\uE000")).toBe(2);
    expect(codePointLength("\uD83D\uDBFF")).toBe(2);
  });

  it("throws a RangeError that names the span and the text's length", () => {
    expect(() => sliceCodePoints(text, 2, 9)).toThrow(new RangeError("span [2, 9) is outside a text of 5 code points"));
    expect(() => sliceCodePoints(text, 3, 2)).toThrow(new RangeError("span [3, 2) is outside a text of 5 code points"));
    expect(() => sliceCodePoints(text, -1, 2)).toThrow(RangeError);
    expect(() => sliceCodePoints(text, 0, 6)).toThrow(RangeError);
    expect(() => sliceCodePoints(text, 0.5, 2)).toThrow(RangeError);
    expect(() => sliceCodePoints(text, 0, 1.5)).toThrow(RangeError);
    expect(() => toUtf16Offset(text, 6)).toThrow(new RangeError("offset 6 is outside a text of 5 code points"));
    expect(() => toUtf16Offset(text, -1)).toThrow(RangeError);
  });

  it("gives the same answers for a text seen before (the cache keeps each text's own offsets)", () => {
    expect(codePointLength("😀😀")).toBe(2);
    expect(codePointLength("ab")).toBe(2);
    expect(codePointLength("😀😀")).toBe(2);
    // More texts than the cache holds: answers do not change when it is cleared.
    for (let i = 0; i < 70; i++) expect(codePointLength(`${"😀".repeat(i % 3)}${i}`)).toBe((i % 3) + String(i).length);
    expect(Array.from(codePointOffsets("😀😀"))).toEqual([0, 2, 4]);
  });

  it("agrees with the string's code point iteration for any string (properties)", () => {
    fc.assert(
      fc.property(units, (s) => {
        const cps = points(s);
        expect(codePointLength(s)).toBe(cps.length);
        expect(new CodePointText(s).length).toBe(cps.length);
        // Offsets round-trip: code point -> UTF-16 -> code point.
        for (let cp = 0; cp <= cps.length; cp++) {
          const unit = toUtf16Offset(s, cp);
          expect(unit).toBe(cps.slice(0, cp).join("").length);
          expect(toCodePointOffset(s, unit)).toBe(cp);
        }
      }),
    );
  });

  it("slices any span like the code point array does, in both implementations (property)", () => {
    fc.assert(
      fc.property(units, fc.nat(), fc.nat(), (s, a, b) => {
        const cps = points(s);
        const start = Math.min(a, b) % (cps.length + 1);
        const end = Math.min(cps.length, start + (Math.max(a, b) % (cps.length + 1)));
        const want = cps.slice(start, end).join("");
        expect(sliceCodePoints(s, start, end)).toBe(want);
        expect(new CodePointText(s).slice(start, end)).toBe(want);
      }),
    );
  });
});

describe("CodePointText's comparisons without slicing", () => {
  /** The definitions: what the validator compared before (a slice of the text, or none). */
  const precededBy = (cps: string[], end: number, expected: string) => {
    const n = points(expected).length;
    return end >= n && cps.slice(end - n, end).join("") === expected;
  };
  const followedBy = (cps: string[], start: number, expected: string) => {
    const n = points(expected).length;
    return start + n <= cps.length && cps.slice(start, start + n).join("") === expected;
  };

  it("agree with slicing for any text, span and expected string, lone surrogates included (property)", () => {
    fc.assert(
      fc.property(units, fc.nat(), fc.nat(), units, fc.boolean(), (s, a, b, other, fromText) => {
        const cps = points(s);
        const start = Math.min(a, b) % (cps.length + 1);
        const end = Math.min(cps.length, start + (Math.max(a, b) % (cps.length + 1)));
        const text = new CodePointText(s);
        // Half the time the expected string is a piece of the text itself (then most answers are true).
        const expected = fromText ? s.slice(Math.min(a, s.length), Math.min(a, s.length) + (b % 4)) : other;
        expect(text.spells(start, end, expected)).toBe(cps.slice(start, end).join("") === expected);
        expect(text.precededBy(end, expected)).toBe(precededBy(cps, end, expected));
        expect(text.followedBy(start, expected)).toBe(followedBy(cps, start, expected));
      }),
      { numRuns: 2000 },
    );
  });

  it("do not match half of a surrogate pair", () => {
    const text = new CodePointText("a😀bc");
    // "\uDE00bc" is the pair's second half and two letters: 3 code points as a string, but not the text's last 3.
    expect(text.precededBy(4, "\uDE00bc")).toBe(false);
    expect(text.precededBy(4, "😀bc")).toBe(true);
    expect(text.followedBy(0, "a\uD83D")).toBe(false);
    expect(text.followedBy(0, "a😀")).toBe(true);
    expect(text.spells(1, 2, "😀")).toBe(true);
    expect(text.spells(1, 3, "😀")).toBe(false);
  });

  it("know a pair by the surrogate ranges' first and last units, on both sides", () => {
    // U+10000, U+103FF, U+10FC00 and U+10FFFF: the four corners of the ranges, each between two letters.
    for (const [high, low] of [["\uD800", "\uDC00"], ["\uD800", "\uDFFF"], ["\uDBFF", "\uDC00"], ["\uDBFF", "\uDFFF"]] as const) {
      const text = new CodePointText(`a${high}${low}b`);
      expect(text.followedBy(1, high)).toBe(false);
      expect(text.followedBy(1, `${high}${low}`)).toBe(true);
      expect(text.precededBy(2, low)).toBe(false);
      expect(text.precededBy(2, `${high}${low}`)).toBe(true);
    }
  });

  it("answer false at the text's ends", () => {
    const text = new CodePointText("abc");
    expect([text.precededBy(1, "ab"), text.precededBy(3, "abc"), text.precededBy(0, "")]).toEqual([false, true, true]);
    expect([text.followedBy(2, "cd"), text.followedBy(0, "abc"), text.followedBy(3, "")]).toEqual([false, true, true]);
  });
});

describe("CodePointText", () => {
  it("measures and slices a text without surrogates by UTF-16 units", () => {
    const t = new CodePointText("plain 缅 text");
    expect(t.length).toBe(12);
    expect(t.slice(6, 7)).toBe("缅");
    expect(t.slice(0, 12)).toBe("plain 缅 text");
    expect(Array.from(t.offsets)).toEqual([...Array(13).keys()]);
  });

  it("measures and slices a text of surrogate pairs only by code points", () => {
    const t = new CodePointText("😀𝒳😀");
    expect(t.length).toBe(3);
    expect(t.slice(1, 2)).toBe("𝒳");
    expect(t.slice(1, 3)).toBe("𝒳😀");
    expect(t.slice(3, 3)).toBe("");
  });

  it("measures and slices a mixed text by code points", () => {
    const t = new CodePointText("a😀b");
    expect(t.text).toBe("a😀b");
    expect(t.length).toBe(3);
    expect(t.slice(2, 3)).toBe("b");
    expect(Array.from(t.offsets)).toEqual([0, 1, 3, 4]);
  });

  it("throws a RangeError that names the span, at both edges and for non-integers", () => {
    const t = new CodePointText("a😀b");
    expect(t.slice(0, 0)).toBe("");
    expect(t.slice(0, 3)).toBe("a😀b");
    expect(() => t.slice(0, 4)).toThrow(new RangeError("span [0, 4) is outside a text of 3 code points"));
    expect(() => t.slice(-1, 1)).toThrow(new RangeError("span [-1, 1) is outside a text of 3 code points"));
    expect(() => t.slice(2, 1)).toThrow(new RangeError("span [2, 1) is outside a text of 3 code points"));
    expect(() => t.slice(0.5, 1)).toThrow(RangeError);
    expect(() => t.slice(0, 1.5)).toThrow(RangeError);
    expect(() => new CodePointText("abc").slice(0, 4)).toThrow(new RangeError("span [0, 4) is outside a text of 3 code points"));
  });
});
