import { describe, expect, it } from "vitest";
import { neutralize, safeJson, unsafeKind } from "./unsafe";

// Each style's replacement for each kind of unsafe character, one case each (the property tests of
// unsafe.test.ts check that nothing unsafe is left, not which character took its place), the kind named
// at each edge of its range, and safeJson on values JSON cannot write.

describe("neutralize: the replacement of each kind of character, per style", () => {
  it("terminal: line and paragraph separators become line feeds, C0 controls their Control Pictures", () => {
    expect(neutralize("a\u2028b\u2029c", "terminal")).toBe("a\nb\nc");
    expect(neutralize("\x00\x1f\x7f", "terminal")).toBe("\u2400\u241f\u2421");
    expect(neutralize("\t\r\u0080\u009f", "terminal")).toBe("  \uFFFD\uFFFD");
  });

  it("plain: line and paragraph separators become line feeds, tab and carriage return spaces, the rest U+FFFD", () => {
    expect(neutralize("a\u2028b\u2029c", "plain")).toBe("a\nb\nc");
    expect(neutralize("a\tb\rc\x1bd", "plain")).toBe("a b c\uFFFDd");
  });

  it("html-attribute: tab, carriage return and both separators become spaces, other unsafe characters U+FFFD", () => {
    expect(neutralize("a\tb\rc\u2028d\u2029e", "html-attribute")).toBe("a b c d e");
    expect(neutralize("a\x1bb\u200bc", "html-attribute")).toBe("a\uFFFDb\uFFFDc");
  });
});

describe("unsafeKind: the name at each edge of each range", () => {
  it.each([
    [0x00, "the control character"],
    [0x1f, "the control character"],
    [0x7f, "the control character"],
    [0x9f, "the control character"],
    [0xd800, "a lone surrogate"],
    [0xdfff, "a lone surrogate"],
    [0x2028, "the line separator"],
    [0x2029, "the line separator"],
    [0x200b, "the zero-width character"],
    [0xfeff, "the zero-width character"],
    [0x200e, "the bidirectional control"],
    [0x061c, "the bidirectional control"],
  ])("U+%s is %s", (codePoint, kind) => {
    expect(unsafeKind(codePoint)).toBe(kind);
  });
});

describe("safeJson: values JSON has no text for", () => {
  it("writes null for undefined and for a function, as JSON.parse reads it back", () => {
    expect(safeJson(undefined)).toBe("null");
    expect(safeJson(() => 1)).toBe("null");
    expect(safeJson({ a: "\u202e" }, 0)).toBe('{"a":"\\u202e"}');
  });
});
