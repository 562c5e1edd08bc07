import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalise, paragraphs } from "./paragraphs";

describe("paragraphs", () => {
  it("gives each block of non-blank lines its trimmed span and text", () => {
    const t = "  First line  \nsecond line \n\n \u00a0 \nThird";
    expect(paragraphs(t)).toEqual([
      { s: 2, e: 26, text: "First line  \nsecond line" },
      { s: 33, e: 38, text: "Third" },
    ]);
  });
  it("treats lines of spaces, tabs or NBSP as blank, and keeps a carriage return inside", () => {
    expect(paragraphs("a\n\t\nb")).toEqual([
      { s: 0, e: 1, text: "a" },
      { s: 4, e: 5, text: "b" },
    ]);
    expect(paragraphs("a\r\nb\r\n")).toEqual([{ s: 0, e: 4, text: "a\r\nb" }]);
    expect(paragraphs("one\n\ntwo\n\nthree")).toEqual([
      { s: 0, e: 3, text: "one" },
      { s: 5, e: 8, text: "two" },
      { s: 10, e: 15, text: "three" },
    ]);
  });
  it("finds nothing in an empty or blank text", () => {
    expect(paragraphs("")).toEqual([]);
    expect(paragraphs("\n\n \n\u00a0")).toEqual([]);
  });
  it("for any text: spans in order, text = the slice, no blank line inside, every visible character in one", () => {
    const unit = fc.constantFrom("a", "b", " ", "\t", "\n", "\u00a0", "\r", "é", "𠀀");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (t) => {
        const ps = paragraphs(t);
        let prevEnd = -1;
        for (const p of ps) {
          expect(p.text).toBe(t.slice(p.s, p.e));
          expect(p.s).toBeGreaterThan(prevEnd);
          expect(p.text.trim()).toBe(p.text.replace(/^[\s\u00a0]+/u, "").replace(/[\s\u00a0]+$/u, ""));
          expect(p.text.length).toBeGreaterThan(0);
          expect(p.text).not.toMatch(/\n[\s\u00a0]*\n/u);
          prevEnd = p.e;
        }
        for (let i = 0; i < t.length; i++) {
          if (/[\s\u00a0]/u.test(t[i] ?? "")) continue;
          expect(ps.filter((p) => p.s <= i && i < p.e)).toHaveLength(1);
        }
      }),
    );
  });
});

describe("normalise", () => {
  it("collapses every run of whitespace or NBSP to one space and trims", () => {
    expect(normalise("  a \n\u00a0 b\t\tc  ")).toBe("a b c");
    expect(normalise("a\u00a0b")).toBe("a b");
    expect(normalise("")).toBe("");
  });
});
