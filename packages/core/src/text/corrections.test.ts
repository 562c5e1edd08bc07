import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CodePointText } from "./code-points";
import { applyCorrections, type TextEdit } from "./corrections";

const repair = (start: number, end: number, after = ""): TextEdit => ({ start, end, after, action: "repaired" });

describe("applyCorrections", () => {
  const text = "XXthe Office of";
  const excise = repair(0, 2);
  it("applies excisions and insertions at the same point, in order", () => {
    const restore = repair(6, 6, "United Nations ");
    expect(applyCorrections(text, [restore, excise])).toBe("the United Nations Office of");
  });

  it("ignores flagged corrections", () => {
    expect(applyCorrections(text, [{ ...excise, action: "flagged" }])).toBe(text);
    expect(applyCorrections(text, [{ ...excise, action: "flagged" }, repair(2, 5, "The")])).toBe("XXThe Office of");
  });

  it("applies only the repairs inside a range", () => {
    expect(applyCorrections(text, [excise], 2, 5)).toBe("the");
    expect(applyCorrections(text, [excise], 0, 5)).toBe("the");
    expect(applyCorrections(text, [excise], 1, 5)).toBe("Xthe");
  });

  it("applies a repair that starts or ends exactly on the range's edges", () => {
    expect(applyCorrections(text, [repair(2, 5, "The")], 2, 12)).toBe("The Office");
    expect(applyCorrections(text, [repair(6, 12, "Bureau")], 2, 12)).toBe("the Bureau");
  });

  it("applies an insertion on the text's own edges, but not on a range's inner edges", () => {
    expect(applyCorrections("abc", [repair(0, 0, "<"), repair(3, 3, ">")])).toBe("<abc>");
    expect(applyCorrections("abc", [repair(1, 1, "<"), repair(2, 2, ">")], 1, 2)).toBe("b");
    expect(applyCorrections("abc", [repair(1, 1, "<"), repair(2, 2, ">")], 0, 3)).toBe("a<b>c");
    expect(applyCorrections("abc", [repair(0, 0, "<")], 0, 2)).toBe("<ab");
    expect(applyCorrections("abc", [repair(3, 3, ">")], 1, 3)).toBe("bc>");
  });

  it("sorts the repairs by start, then by end (an insertion before an excision at the same point)", () => {
    const edits = [repair(8, 9, "E"), repair(4, 6, "C"), repair(4, 4, "+"), repair(1, 2, "A")];
    expect(applyCorrections("0123456789", edits)).toBe("0A23+C67E9");
    expect(applyCorrections("0123456789", [repair(4, 6, "x"), repair(4, 4, "+")])).toBe("0123+x6789");
    expect(applyCorrections("0123456789", [repair(5, 6, "b"), repair(1, 2, "a")])).toBe("0a234b6789");
  });

  it("applies a repair that starts where the previous one ended, and skips one that overlaps it", () => {
    expect(applyCorrections("abcdef", [repair(0, 2, "X"), repair(2, 2, "+")])).toBe("X+cdef");
    expect(applyCorrections("abcdef", [repair(0, 2, "X"), repair(2, 4, "Y")])).toBe("XYef");
    expect(applyCorrections("abcdef", [repair(0, 3, "X"), repair(2, 4, "Y")])).toBe("Xdef");
  });

  it("ignores a repair that straddles the range", () => {
    expect(applyCorrections("abcdef", [repair(1, 3, "X")], 2, 6)).toBe("cdef");
    expect(applyCorrections("abcdef", [repair(4, 6, "X")], 0, 5)).toBe("abcde");
  });

  it("counts offsets in code points, beyond the Basic Multilingual Plane", () => {
    const astral = "😀𝒳 the 😀Office";
    // 😀 at 0, 𝒳 at 1, the second 😀 at 7: an insertion, an excision and a replacement of astral characters.
    const edits = [repair(7, 8), repair(1, 2, "𝒴"), repair(3, 3, "🙂")];
    expect(applyCorrections(astral, edits)).toBe("😀𝒴 🙂the Office");
    expect(applyCorrections(astral, edits, 3, 14)).toBe("the Office");
    expect(applyCorrections(astral, edits, 0, 3)).toBe("😀𝒴 ");
  });

  it("accepts a CodePointText as well as a string", () => {
    const t = new CodePointText("😀XXthe");
    expect(applyCorrections(t, [repair(1, 3)])).toBe("😀the");
    expect(applyCorrections(t, [repair(1, 3)], 1, 5)).toBe("th");
  });
});

/** Clean text of ASCII, CJK and astral characters; junk of other characters, so that it is never taken for clean text. */
const cleanChar = fc.constantFrom("a", "b", " ", "缅", "😀", "𝒳");
const junkChar = fc.constantFrom("#", "禁", "🚫");

/**
 * A clean text, and a damaged copy with junk injected at some code point positions and some clean runs
 * replaced: the corrections (in the damaged copy's code points) that repair it, and where each clean code
 * point landed in the damaged copy.
 */
const damaged = fc
  .array(fc.tuple(cleanChar, fc.array(junkChar, { maxLength: 2 })), { maxLength: 20 })
  .chain((parts) => fc.tuple(fc.constant(parts), fc.array(fc.boolean(), { minLength: parts.length, maxLength: parts.length })))
  .map(([parts, flagged]) => {
    let text = "";
    let at = 0;
    const corrections: TextEdit[] = [];
    const position: number[] = []; // damaged code point offset of each clean code point
    parts.forEach(([c, junk], i) => {
      if (junk.length > 0) {
        corrections.push({ start: at, end: at + junk.length, after: "", action: "repaired" });
        // A flagged correction beside it changes nothing.
        if (flagged[i]) corrections.push({ start: at, end: at + junk.length, after: "?", action: "flagged" });
        text += junk.join("");
        at += junk.length;
      }
      position.push(at);
      text += c;
      at += 1;
    });
    return { clean: parts.map(([c]) => c).join(""), text, corrections, position, length: at };
  });

describe("applyCorrections (properties)", () => {
  it("repairs the whole damaged text back to the clean one, in any order of the corrections", () => {
    fc.assert(
      fc.property(damaged, fc.boolean(), ({ clean, text, corrections }, reversed) => {
        expect(applyCorrections(text, reversed ? [...corrections].reverse() : corrections)).toBe(clean);
      }),
    );
  });

  it("reading a span after applying the corrections gives the clean text of that span", () => {
    fc.assert(
      fc.property(damaged, fc.nat(), fc.nat(), ({ clean, text, corrections, position, length }, a, b) => {
        const cps = Array.from(clean);
        // A span of clean code points [i, j), as offsets into the damaged text (starting at a clean code point,
        // ending at one or at the text's end).
        const i = Math.min(a, b) % (cps.length + 1);
        const j = i + (Math.max(a, b) % (cps.length - i + 1));
        const start = i < cps.length ? position[i]! : length;
        const end = j < cps.length ? position[j]! : length;
        expect(applyCorrections(text, corrections, start, end)).toBe(cps.slice(i, j).join(""));
      }),
    );
  });
});
