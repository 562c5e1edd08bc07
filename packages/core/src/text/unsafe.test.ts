import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codePointLength } from "./code-points";
import { firstUnsafe, hasUnsafe, NEUTRALIZE_STYLES, neutralize, neutralizeDeep, safeJson, stripUnsafe } from "./unsafe";

/** Every kind of unsafe character, one each. */
const UNSAFE_SAMPLES = [
  "\x1b", "\x07", "\b", "\t", "\r", "\x00", "\x7f", "\u0085", "\u009b", "\u061c", "\u200e", "\u200f", "\u202a", "\u202e",
  "\u2066", "\u2069", "\u2028", "\u2029", "\u200b", "\u200c", "\u200d", "\u2060", "\u2065", "\ufeff", "\u180e", "\ud800", "\udfff",
];

/** Text as an attacker writes it: any UTF-16 unit (lone surrogates included), escape sequences, and plain words. */
const hostileText = fc
  .array(
    fc.oneof(
      fc.string({ unit: "grapheme" }),
      fc.constantFrom(...UNSAFE_SAMPLES, "\x1b[31m", "\x1b]8;;https://evil.example/\x07", "\x1b]52;c;SGk=\x07", "\u009b2J", "😀", "\n"),
      fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

const VISIBLE_UNSAFE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("the unsafe characters", () => {
  it.each(UNSAFE_SAMPLES)("%j is unsafe", (ch) => {
    expect(hasUnsafe(`a${ch}b`)).toBe(true);
    expect(firstUnsafe(`a${ch}b`)).toEqual({ index: 1, codePoint: ch.codePointAt(0) });
  });

  it("keeps line feeds, accents, CJK, paired surrogates (emoji) and typographic punctuation", () => {
    const text = "Meza-Cuadra — “soft” targets\n缅北 café 👍 d’Ivoire";
    expect(hasUnsafe(text)).toBe(false);
    for (const style of NEUTRALIZE_STYLES.filter((s) => s !== "html-attribute")) expect(neutralize(text, style)).toBe(text);
  });
});

describe("neutralize", () => {
  it("terminal: escape sequences lose their ESC visibly; C1, bidi and zero-width become U+FFFD", () => {
    expect(neutralize("\x1b[31mred\x1b[0m \x1b]8;;https://evil.example/\x07click", "terminal")).toBe("␛[31mred␛[0m ␛]8;;https://evil.example/␇click");
    expect(neutralize("safe\b\bEVIL a\tb\u007fc ok\rX", "terminal")).toBe("safe␈␈EVIL a b␡c ok X");
    expect(neutralize("\u009b31m\u202Eevil\u200Bx\uD800", "terminal")).toBe("\uFFFD31m\uFFFDevil\uFFFDx\uFFFD");
    expect(neutralize("a\u2028b", "terminal")).toBe("a\nb");
  });

  it("plain: one replacement character per unsafe character, tabs and carriage returns as spaces", () => {
    expect(neutralize("a\u0007b\u001b[31mc\u202ed\te\r\nf\u0085g\u200d", "plain")).toBe("a\uFFFDb\uFFFD[31mc\uFFFDd e \nf\uFFFDg\uFFFD");
  });

  it("html-attribute: one line, markup characters as references", () => {
    expect(neutralize(`a"b'c<d>e&f\ng\x1bh`, "html-attribute")).toBe("a&quot;b&#39;c&lt;d&gt;e&amp;f g\uFFFDh");
  });

  it("no output of any style holds an unsafe character, from any input", () => {
    fc.assert(
      fc.property(hostileText, fc.constantFrom(...NEUTRALIZE_STYLES), (text, style) => {
        const out = neutralize(text, style);
        expect(out).not.toMatch(VISIBLE_UNSAFE);
        expect(hasUnsafe(out)).toBe(false);
        if (style === "html-attribute") expect(out).not.toMatch(/[<>"'\n]/);
      }),
      { numRuns: 2000 },
    );
  });

  it("terminal and plain keep every offset: as many UTF-16 units and code points as the input", () => {
    fc.assert(
      fc.property(hostileText, fc.constantFrom("terminal" as const, "plain" as const), (text, style) => {
        const out = neutralize(text, style);
        expect(out.length).toBe(text.length);
        expect(codePointLength(out)).toBe(codePointLength(text));
      }),
      { numRuns: 1000 },
    );
  });

  it("stripUnsafe leaves only safe characters, and clean text as it is", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const out = stripUnsafe(text);
        expect(hasUnsafe(out)).toBe(false);
        if (!hasUnsafe(text)) expect(out).toBe(text);
      }),
    );
    expect(stripUnsafe("so\x1b[2Jft\u200b")).toBe("so[2Jft");
  });

  it("is idempotent, and clean text comes back as it is", () => {
    fc.assert(
      fc.property(hostileText, fc.constantFrom("terminal" as const, "plain" as const), (text, style) => {
        const once = neutralize(text, style);
        expect(neutralize(once, style)).toBe(once);
        if (!hasUnsafe(text)) expect(once).toBe(text);
      }),
    );
  });
});

describe("neutralizeDeep and safeJson", () => {
  it("neutralizeDeep copies nested values with every string and key neutralised, others kept", () => {
    const input = { a: ["x\x1b[2J", { b: "\u202Eevil", n: 3, t: true, u: null }], ["k\x07"]: "v" };
    expect(neutralizeDeep(input, "terminal")).toEqual({ a: ["x␛[2J", { b: "\uFFFDevil", n: 3, t: true, u: null }], ["k␇"]: "v" });
    expect(input.a[0]).toBe("x\x1b[2J");
  });

  it("neutralizeDeep copies on write: clean parts are shared, clean data comes back as it is", () => {
    const clean = { c: ["ok", { d: "fine" }] };
    const input = { clean, dirty: ["x\x07"], n: 1 };
    const out = neutralizeDeep(input, "terminal");
    expect(out).not.toBe(input);
    expect(out.clean).toBe(clean);
    expect(out.dirty).toEqual(["x␇"]);
    expect(input.dirty).toEqual(["x\x07"]);
    expect(neutralizeDeep(clean, "terminal")).toBe(clean);
    expect(Object.keys(neutralizeDeep({ a: "1", ["b\x07"]: "2", c: "3" }, "plain"))).toEqual(["a", "b\uFFFD", "c"]);
  });

  it("safeJson is JSON with no unsafe character that parses back to the value", () => {
    fc.assert(
      fc.property(fc.dictionary(hostileText, fc.oneof(hostileText, fc.integer(), fc.array(hostileText, { maxLength: 3 }))), (value) => {
        const json = safeJson(value);
        expect(json).not.toMatch(VISIBLE_UNSAFE);
        expect(JSON.parse(json)).toEqual(value);
      }),
      { numRuns: 500 },
    );
  });
});
