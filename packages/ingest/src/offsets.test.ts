import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OffsetMap, TextIndex, codePointCount, type TextChange } from "./offsets";

const cps = (s: string) => Array.from(s);
/** Applies repairs (sorted, not overlapping) the way the repair engine and the dataset do. */
function apply(original: string, changes: readonly TextChange[]): string {
  const chars = cps(original);
  let out = "";
  let at = 0;
  for (const c of [...changes].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (c.action !== "repaired") continue;
    out += chars.slice(at, c.start).join("") + c.after;
    at = c.end;
  }
  return out + chars.slice(at).join("");
}
/** The repaired text of the original region [S, E), with the repairs inside it (insertions on its edges included). */
function repairedRegion(original: string, changes: readonly TextChange[], S: number, E: number): string {
  const inside = changes.filter((c) => c.action === "repaired" && c.start >= S && c.end <= E).map((c) => ({ ...c, start: c.start - S, end: c.end - S }));
  return apply(cps(original).slice(S, E).join(""), inside);
}

describe("TextIndex", () => {
  it("converts between UTF-16 and code point offsets, astral characters included", () => {
    const index = new TextIndex("a😀b缅c");
    expect(index.length).toBe(5);
    expect(index.toUnit(2)).toBe(3);
    expect(index.toCodePoint(3)).toBe(2);
    expect(index.toCodePoint(2)).toBe(1); // inside the surrogate pair
    expect(index.slice(1, 3)).toBe("😀b");
    expect(() => index.toUnit(9)).toThrow(RangeError);
  });
});

describe("OffsetMap", () => {
  // The seed's case: a token excised and "United Nations " inserted after it.
  const original = "XXthe 缅北Office of";
  const changes: TextChange[] = [
    { start: 6, end: 8, after: "", action: "repaired", confidence: 0.95 },
    { start: 8, end: 8, after: "United Nations ", action: "repaired", confidence: 0.9 },
  ];
  const repaired = apply(original, changes);
  const map = new OffsetMap(codePointCount(original), changes);

  it("maps an unchanged span to the same text", () => {
    const s = repaired.indexOf("the");
    expect(map.toOriginal(s, s + 3)).toEqual({ start: 2, end: 5, touched: false, repairConfidence: 1 });
  });

  it("maps a span starting inside inserted words to the insertion point, and marks it touched", () => {
    const s = repaired.indexOf("United");
    const e = repaired.length;
    const m = map.toOriginal(s, e);
    expect(cps(original).slice(m.start, m.end).join("")).toBe("Office of");
    expect(m.touched).toBe(true);
    expect(m.repairConfidence).toBe(0.9);
  });

  it("covers an excision inside a span with the excised text", () => {
    const m = map.toOriginal(2, repaired.length);
    expect(cps(original).slice(m.start, m.end).join("")).toBe("the 缅北Office of");
    expect(m.touched).toBe(true);
  });

  it("does not count an excision on the edge of a span", () => {
    const s = repaired.indexOf("the");
    expect(map.toOriginal(s, s + 4).touched).toBe(false); // "the " ends where the token was
  });

  it("refuses a span outside the text and overlapping repairs", () => {
    expect(() => map.toOriginal(0, 999)).toThrow(RangeError);
    expect(() => new OffsetMap(10, [{ start: 2, end: 5, after: "", action: "repaired" }, { start: 4, end: 6, after: "", action: "repaired" }])).toThrow(RangeError);
  });

  it("ignores flagged repairs", () => {
    const flagged = new OffsetMap(5, [{ start: 1, end: 3, after: "zz", action: "flagged" }]);
    expect(flagged.toOriginal(1, 3)).toEqual({ start: 1, end: 3, touched: false, repairConfidence: 1 });
  });

  // Random texts (with astral characters) and random non-overlapping repairs.
  const alphabet = fc.constantFrom("a", "b", " ", "é", "😀", "缅", "\n", "’");
  const textArb = fc.array(alphabet, { minLength: 0, maxLength: 40 }).map((a) => a.join(""));
  const scenario = textArb.chain((original) => {
    const n = codePointCount(original);
    const edit = fc.record({
      start: fc.nat(n),
      length: fc.nat(4),
      after: fc.array(alphabet, { maxLength: 5 }).map((a) => a.join("")),
      confidence: fc.double({ min: 0.1, max: 1, noNaN: true }),
    });
    return fc.tuple(fc.constant(original), fc.array(edit, { maxLength: 6 })).map(([text, edits]) => {
      const changes: TextChange[] = [];
      let last = -1;
      let lastInsertAt = -1;
      for (const e of [...edits].sort((a, b) => a.start - b.start)) {
        const start = e.start;
        const end = Math.min(n, start + e.length);
        if (start < last || (start === end && (start === lastInsertAt || start < last))) continue;
        if (start === end && e.after === "") continue;
        if (start === last && end === start) continue;
        changes.push({ start, end, after: e.after, action: "repaired", confidence: e.confidence });
        last = end;
        if (start === end) lastInsertAt = start;
      }
      return { text, changes };
    });
  });

  it("property: a mapped span lies in the text, equals the repaired text when untouched, and covers it when touched", () => {
    fc.assert(
      fc.property(scenario, fc.nat(), fc.nat(), ({ text, changes }, a, b) => {
        const repaired = apply(text, changes);
        const map = new OffsetMap(codePointCount(text), changes);
        const length = codePointCount(repaired);
        expect(map.repairedLength).toBe(length);
        const s = length === 0 ? 0 : a % (length + 1);
        const e = s + (length - s === 0 ? 0 : b % (length - s + 1));
        const m = map.toOriginal(s, e);
        expect(0 <= m.start && m.start <= m.end && m.end <= codePointCount(text)).toBe(true);
        const wanted = cps(repaired).slice(s, e).join("");
        if (!m.touched) expect(cps(text).slice(m.start, m.end).join("")).toBe(wanted);
        else expect(repairedRegion(text, changes, m.start, m.end)).toContain(wanted);
        expect(m.repairConfidence).toBeLessThanOrEqual(1);
      }),
      { numRuns: 2000 },
    );
  });

  it("property: without repairs, every span maps to itself", () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (text, a, b) => {
        const n = codePointCount(text);
        const map = new OffsetMap(n, []);
        const s = a % (n + 1);
        const e = s + b % (n - s + 1);
        expect(map.toOriginal(s, e)).toEqual({ start: s, end: e, touched: false, repairConfidence: 1 });
      }),
    );
  });
});
