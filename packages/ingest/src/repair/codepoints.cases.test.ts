import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { utf16ToCodePointTable } from "./codepoints";

/** The code point holding UTF-16 offset i: the count of code points before it (a low surrogate of a pair belongs to its pair). */
function oracle(text: string, i: number): number {
  const n = Array.from(text.slice(0, i)).length;
  return isPairAt(text, i - 1) ? n - 1 : n;
}
function isPairAt(text: string, i: number): boolean {
  const hi = text.charCodeAt(i);
  const lo = text.charCodeAt(i + 1);
  return i >= 0 && hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

describe("utf16ToCodePointTable", () => {
  it("maps lone surrogates and the code units next to the surrogate ranges one to one", () => {
    expect([...utf16ToCodePointTable("\ud7ff\udc00")]).toEqual([0, 1, 2]);
    expect([...utf16ToCodePointTable("\udbff\udfff")]).toEqual([0, 0, 1]);
    expect([...utf16ToCodePointTable("\ud800\udbff")]).toEqual([0, 1, 2]);
    expect([...utf16ToCodePointTable("\ud800\ue000")]).toEqual([0, 1, 2]);
    expect([...utf16ToCodePointTable("\ud800\udc00\udc00")]).toEqual([0, 0, 1, 2]);
    expect([...utf16ToCodePointTable("a\ud800")]).toEqual([0, 1, 2]);
    expect([...utf16ToCodePointTable("\udc00\ud800\udfff")]).toEqual([0, 1, 1, 2]);
  });
  it("for any sequence of code units, gives each offset the code point that holds it", () => {
    const unit = fc.oneof(fc.constantFrom("a", "\ud800", "\udbff", "\udc00", "\udfff", "\ud7ff", "\ue000", "𠀀", "😀"), fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        const table = utf16ToCodePointTable(text);
        expect(table).toHaveLength(text.length + 1);
        for (let i = 0; i <= text.length; i++) expect([i, table[i]]).toEqual([i, oracle(text, i)]);
      }),
    );
  });
});
