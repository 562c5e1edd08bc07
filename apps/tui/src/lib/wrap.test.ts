import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { ONE_COLUMN } from "./one-column";
import { fit, textWidth, truncate, wrapText } from "./wrap";

/** Every character `ONE_COLUMN` accepts. */
const oneColumnChars = Array.from({ length: 0x2600 }, (_, c) => String.fromCharCode(c)).filter((c) => ONE_COLUMN.test(c));

/** `truncate` measured the slow way: grapheme by grapheme, each by string-width. */
function referenceTruncate(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  let out = "";
  let used = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)) {
    const w = stringWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

describe("wrapText", () => {
  it("breaks at spaces so that no line is wider than the width", () => {
    const text = "It is essential to build effective cooperation and coordination between national and local governments";
    for (const width of [12, 20, 40, 80]) {
      const lines = wrapText(text, width);
      expect(lines.every((l) => textWidth(l) <= width)).toBe(true);
      expect(lines.join(" ")).toBe(text);
    }
    expect(wrapText(text, 40)).toEqual(["It is essential to build effective", "cooperation and coordination between", "national and local governments"]);
  });

  it("indents continuation lines and keeps them within the width", () => {
    const lines = wrapText("Date: one two three four five six seven", 14, "      ");
    expect(lines[0]).toBe("Date: one two");
    expect(lines.slice(1).every((l) => l.startsWith("      ") && textWidth(l) <= 14)).toBe(true);
  });

  it("splits a word longer than the line, counting wide characters as two columns", () => {
    const url = "http://webtv.un.org/watch/open-briefing-of-the-counter-terrorism-committee";
    const lines = wrapText(url, 20);
    expect(lines.every((l) => textWidth(l) <= 20)).toBe(true);
    expect(lines.join("")).toBe(url);
    const cjk = wrapText("缅北禁地缅北禁地缅北禁地", 7);
    expect(cjk.every((l) => textWidth(l) <= 7)).toBe(true);
    expect(cjk.join("")).toBe("缅北禁地缅北禁地缅北禁地");
  });

  it("starts a new line at each line feed", () => {
    expect(wrapText("a b\nc", 80)).toEqual(["a b", "c"]);
  });
});

describe("truncate and fit", () => {
  it("cuts with an ellipsis only when needed", () => {
    expect(truncate("Protection of soft targets", 12)).toBe("Protection …");
    expect(truncate("short", 12)).toBe("short");
    expect(textWidth(truncate("缅北禁地缅北禁地", 5))).toBeLessThanOrEqual(5);
    expect(truncate("x", 0)).toBe("");
  });

  it("pads to an exact width", () => {
    expect(fit("ab", 4)).toBe("ab  ");
    expect(textWidth(fit("a very long title", 6))).toBe(6);
  });
});

describe("long unbroken words (issue 15: a 200,000-character title never finished)", () => {
  // Linear work finishes in seconds; the quadratic segmentation took 4 s at 100k and ~400 s at 1M.
  it("wraps, measures and truncates a 1,000,000-character word in linear time", { timeout: 60_000 }, () => {
    for (const word of ["x".repeat(1_000_000), "é".repeat(100_000) + "缅".repeat(100_000)]) {
      const lines = wrapText(word, 80, "  ");
      expect(lines.join("").replace(/ /g, "")).toBe(word);
      expect(lines.every((l) => textWidth(l) <= 80)).toBe(true);
      expect(textWidth(truncate(word, 80))).toBeLessThanOrEqual(80);
    }
    expect(textWidth("缅".repeat(300_000))).toBe(600_000);
    expect(textWidth("e\u0301".repeat(100_000))).toBe(100_000);
  });

  it("keeps grapheme clusters whole across the pieces it segments in (emoji with modifiers, combining marks)", () => {
    const cluster = "👍🏽";
    const word = `${"a".repeat(4095)}${cluster}${"e\u0301".repeat(3000)}`;
    const lines = wrapText(word, 50);
    expect(lines.join("")).toBe(word);
    expect(lines.some((l) => l.includes(cluster))).toBe(true);
    expect(lines.every((l) => !l.startsWith("\u0301"))).toBe(true);
  });

  it("cuts text of one-column characters by its length, as grapheme by grapheme measuring gives", () => {
    // The characters are single graphemes of one column each (string-width's default, ambiguous ones narrow).
    expect(oneColumnChars.length).toBeGreaterThan(200);
    for (const c of oneColumnChars) expect([...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(`a${c}${c}`)], JSON.stringify(c)).toHaveLength(3);
    for (const c of oneColumnChars) expect(stringWidth(c), JSON.stringify(c)).toBe(1);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...oneColumnChars), { maxLength: 200 }), fc.integer({ min: 1, max: 220 }), (chars, width) => {
        const text = chars.join("");
        expect(truncate(text, width)).toBe(referenceTruncate(text, width));
        expect(textWidth(fit(text, width))).toBe(width);
      }),
    );
  });
});
