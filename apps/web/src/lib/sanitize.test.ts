import { describe, expect, it } from "vitest";
import { codePointLength } from "@briefings/core";
import { hasUnsafeCharacters, sanitizeDeep, sanitizeText } from "./sanitize";

describe("sanitizeText", () => {
  it("replaces control characters and bidi overrides, keeping line feeds", () => {
    expect(sanitizeText("a\u0007b\u001b[31mc\u202ed\u0000e\nf\u0085g")).toBe("a\uFFFDb\uFFFD[31mc\uFFFDd\uFFFDe\nf\uFFFDg");
  });

  it("turns tabs and carriage returns into spaces", () => {
    expect(sanitizeText("a\tb\r\nc")).toBe("a b \nc");
  });

  it("keeps the number of code points, so evidence offsets stay valid", () => {
    const text = "😀\u0007x\u2066y\u{1F600}\r";
    expect(codePointLength(sanitizeText(text))).toBe(codePointLength(text));
  });

  it("leaves clean text (accents, CJK, quotes) untouched", () => {
    const text = "Meza-Cuadra “soft” targets — 缅北 café";
    expect(sanitizeText(text)).toBe(text);
    expect(hasUnsafeCharacters(text)).toBe(false);
    expect(hasUnsafeCharacters("x\u202ey")).toBe(true);
  });
});

describe("sanitizeDeep", () => {
  it("sanitises every string in nested arrays and objects, and leaves other values", () => {
    const input = { a: ["x\u0000", { b: "\u202e" }], n: 3, t: true, z: null };
    expect(sanitizeDeep(input)).toEqual({ a: ["x\uFFFD", { b: "\uFFFD" }], n: 3, t: true, z: null });
    expect(input.a[0]).toBe("x\u0000");
  });
});
