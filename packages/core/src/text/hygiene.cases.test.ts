import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { displaySafe, textDefect } from "./hygiene";
import { normalizeName } from "./names";

// Exact messages of the display-text check (what, which code point, where), the order of its checks, and
// the rewrite that makes a description of damage showable. Synthetic texts.

describe("textDefect: the message says what and where", () => {
  it.each([
    ["ok \u0007", "contains the control character U+0007 at offset 3"],
    ["\u007f", "contains the control character U+007F at offset 0"],
    ["ab\u200Bc", "contains the zero-width character U+200B at offset 2"],
    ["x\u202Ey", "contains the bidirectional control U+202E at offset 1"],
    ["x\u2029", "contains the line separator U+2029 at offset 1"],
    ["é\uDC00", "contains a lone surrogate U+DC00 at offset 1"],
    ["a <br/> b", 'contains markup "<br/>"'],
    ["x &#x2019; y", 'contains markup "&#x2019;"'],
    ["é 缅北 é", 'contains "缅", a script foreign to the text: injected spam?'],
    ["d\u00e2\u20ac\u2122Ivoire", 'contains "â€", a sign of mis-decoded text (mojibake)'],
    ["Â\u00a0x", 'contains "Â\u00a0", a sign of mis-decoded text (mojibake)'],
  ])("%j → %s", (text, message) => expect(textDefect(text)).toBe(message));

  it("reports the first kind of defect in this order: unsafe characters, markup, foreign script, mojibake", () => {
    expect(textDefect("â€ 缅 <b> \u0007")).toMatch(/^contains the control character U\+0007/);
    expect(textDefect("â€ 缅 <b>")).toBe('contains markup "<b>"');
    expect(textDefect("â€ 缅")).toMatch(/script foreign/);
  });

  it("accepts plain ASCII with < or & that is not markup, and non-ASCII letters", () => {
    for (const text of ["a < b and c > d", "R&D, AT&T", "3 <4", "Zürich – “quoted” — ½"]) expect(textDefect(text)).toBeUndefined();
  });
});

describe("displaySafe", () => {
  it("writes mis-decoded runs and unsafe characters in code point notation, and markup with look-alikes", () => {
    expect(displaySafe("was â€™ and \u0007")).toBe("was [U+00E2 U+20AC]™ and U+0007");
    expect(displaySafe("a &amp; b & c <i>")).toBe("a ＆amp; b & c ‹i›");
    expect(displaySafe("&#8217;")).toBe("＆#8217;");
  });

  it("writes a mis-decoding sign that a look-alike bracket completes in code point notation (“Ã<b>” once came back as “Ã‹b›”, still mojibake)", () => {
    expect(displaySafe("Ã<b>")).toBe("[U+00C3 U+2039]b›");
    expect(textDefect(displaySafe("Ã<b> Ã>"))).toBeUndefined();
  });

  it("always gives text that passes the check, and leaves clean text as it is (fast-check)", () => {
    const unit = fc.constantFrom("a", " ", "<", ">", "&", "#", ";", "b", "\u0007", "\u200B", "\u202E", "缅", "â€", "Ã©", "\uFFFD", "é", "\n", "\uD800", "Ã", "Â");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
        const safe = displaySafe(text);
        expect(textDefect(safe)).toBeUndefined();
        if (textDefect(text) === undefined) expect(safe).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe("normalizeName", () => {
  it("drops any number of leading honorifics, keeps digits and letters of every script, and folds the rest", () => {
    expect(normalizeName("Professor Sir Dame Ada Lovelace")).toBe("ada lovelace");
    expect(normalizeName("His Excellency Mr. Jean-Luc O’Neil 2nd")).toBe("jean luc o neil 2nd");
    expect(normalizeName("Mrs Ambassador Ngozi")).toBe("ngozi");
    expect(normalizeName("Mister Smith")).toBe("mister smith");
    expect(normalizeName("Drake Ms")).toBe("drake ms");
    expect(normalizeName("Χρήστος Παπαδόπουλος")).toBe("χρηστος παπαδοπουλος");
    expect(normalizeName("  -- ")).toBe("");
  });
});
