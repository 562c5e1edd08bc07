import { describe, expect, it } from "vitest";
import { codePointLength, sliceCodePoints, toCodePointOffset, toUtf16Offset } from "./code-points";

describe("code points", () => {
  const text = "a😀b缅c"; // 😀 is two UTF-16 units, one code point
  it("counts code points, not UTF-16 units", () => {
    expect(text.length).toBe(6);
    expect(codePointLength(text)).toBe(5);
  });
  it("slices by code point", () => {
    expect(sliceCodePoints(text, 1, 3)).toBe("😀b");
    expect(sliceCodePoints(text, 3, 5)).toBe("缅c");
  });
  it("converts between code point and UTF-16 offsets", () => {
    expect(toUtf16Offset(text, 2)).toBe(3);
    expect(toCodePointOffset(text, 3)).toBe(2);
  });
  it("throws on a span outside the text", () => {
    expect(() => sliceCodePoints(text, 2, 9)).toThrow(RangeError);
    expect(() => sliceCodePoints(text, 3, 2)).toThrow(RangeError);
  });
});
