import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEdits, resolveEdits, toRepairs } from "./merge";
import type { Edit, RepairKind } from "./types";

// The merge of the detectors' proposals: which edits are kept (range, no-op, priority, conflicts), in what
// order, and how they apply and become code-point repairs. (New cases beside `compose.test.ts`, which only
// uses the merge on its way.)

/** Detector priority, highest first (the order `resolveEdits` documents). Restated on purpose, not imported: the tests check merge.ts's list against this one, so a change to the order must be made twice. */
const PRIORITY: readonly RepairKind[] = [
  "injected-text-excised",
  "words-restored",
  "mis-encoding",
  "markup-removed",
  "metadata-removed",
  "duplicate-text",
  "lost-characters",
  "doubled-word",
  "unbalanced-quotes",
  "lost-link-target",
  "date-mismatch",
  "typo",
  "name-variant",
  "orphaned-caption",
];

const edit = (s: number, e: number, after: string, kind: RepairKind = "typo", action: Edit["action"] = "repaired"): Edit => ({
  kind,
  action,
  s,
  e,
  after,
  rationale: `${kind} at ${s}-${e}`,
  confidence: 0.5,
});

const TEXT = "abcdefghij"; // 10 units

describe("resolveEdits: edits outside the text or changing nothing are dropped", () => {
  it("drops a negative start, an end past the text and an end before the start; keeps edits touching both ends", () => {
    const kept = resolveEdits(TEXT, [edit(-1, 2, "X"), edit(8, 11, "X"), edit(5, 4, "X"), edit(0, 1, "A"), edit(9, 10, "J"), edit(10, 10, "!")]);
    expect(kept.map((e) => [e.s, e.e, e.after])).toStrictEqual([
      [0, 1, "A"],
      [9, 10, "J"],
      [10, 10, "!"],
    ]);
  });

  it("drops a repair whose replacement equals the text it replaces, but keeps a flag on the same text", () => {
    expect(resolveEdits(TEXT, [edit(2, 4, "cd")])).toStrictEqual([]);
    expect(resolveEdits(TEXT, [edit(2, 2, "")])).toStrictEqual([]);
    const flag = edit(2, 4, "cd", "lost-link-target", "flagged");
    expect(resolveEdits(TEXT, [flag])).toStrictEqual([flag]);
    // A dropped no-op does not block a lower-priority edit over the same text.
    expect(resolveEdits(TEXT, [edit(2, 4, "cd", "injected-text-excised"), edit(3, 5, "DE", "typo")]).map((e) => e.kind)).toStrictEqual(["typo"]);
  });

  it("keeps nothing of an empty text but an insertion at 0", () => {
    expect(resolveEdits("", [edit(0, 1, ""), edit(0, 0, "x")]).map((e) => [e.s, e.e])).toStrictEqual([[0, 0]]);
  });
});

describe("resolveEdits: detector priority, then earlier start", () => {
  it("keeps the higher-priority kind of every pair of overlapping edits, in either input order", () => {
    for (let hi = 0; hi < PRIORITY.length; hi++) {
      for (let lo = hi + 1; lo < PRIORITY.length; lo++) {
        const a = edit(2, 6, "A", PRIORITY[lo]);
        const b = edit(4, 8, "B", PRIORITY[hi]);
        expect(resolveEdits(TEXT, [a, b]), `${PRIORITY[hi]} over ${PRIORITY[lo]}`).toStrictEqual([b]);
        expect(resolveEdits(TEXT, [b, a]), `${PRIORITY[hi]} over ${PRIORITY[lo]}`).toStrictEqual([b]);
      }
    }
  });

  it("between two edits of one kind, keeps the one that starts first, whatever the input order", () => {
    const early = edit(2, 6, "A");
    const late = edit(4, 8, "B");
    expect(resolveEdits(TEXT, [late, early])).toStrictEqual([early]);
    expect(resolveEdits(TEXT, [early, late])).toStrictEqual([early]);
  });

  it("keeps the first proposed of two edits of one kind at one start", () => {
    const one = edit(2, 6, "A");
    const two = edit(2, 4, "B");
    expect(resolveEdits(TEXT, [one, two])).toStrictEqual([one]);
    expect(resolveEdits(TEXT, [two, one])).toStrictEqual([two]);
  });
});

describe("resolveEdits: conflicts between spans and insertions", () => {
  it("keeps spans that touch end to start, drops one that overlaps by a single unit", () => {
    const kept = resolveEdits(TEXT, [edit(0, 3, "X", "markup-removed"), edit(3, 6, "Y", "typo"), edit(5, 9, "Z", "name-variant")]);
    expect(kept.map((e) => e.after)).toStrictEqual(["X", "Y"]);
  });

  it("keeps one insertion per position: the higher-priority one", () => {
    const kept = resolveEdits(TEXT, [edit(4, 4, "low", "typo"), edit(4, 4, "high", "words-restored"), edit(5, 5, "next", "typo")]);
    expect(kept.map((e) => [e.s, e.after])).toStrictEqual([
      [4, "high"],
      [5, "next"],
    ]);
  });

  it("drops an insertion strictly inside a kept span, keeps one at its start, at its end and between two spans", () => {
    const kept = resolveEdits(TEXT, [
      edit(2, 5, "S", "injected-text-excised"),
      edit(5, 8, "T", "injected-text-excised"),
      edit(3, 3, "inside", "typo"),
      edit(7, 7, "inside too", "typo"),
      edit(2, 2, "at start", "typo"),
      edit(5, 5, "between", "typo"),
      edit(8, 8, "at end", "typo"),
    ]);
    expect(kept.map((e) => [e.s, e.e, e.after])).toStrictEqual([
      [2, 2, "at start"],
      [2, 5, "S"],
      [5, 5, "between"],
      [5, 8, "T"],
      [8, 8, "at end"],
    ]);
  });

  it("drops a span over a kept insertion strictly inside it, keeps one with the insertion at its start or end", () => {
    const kept = resolveEdits(TEXT, [edit(4, 4, "+", "words-restored"), edit(2, 6, "over", "typo"), edit(4, 7, "from", "typo")]);
    expect(kept.map((e) => [e.s, e.e, e.after])).toStrictEqual([
      [4, 4, "+"],
      [4, 7, "from"],
    ]);
    const ending = resolveEdits(TEXT, [edit(4, 4, "+", "words-restored"), edit(1, 4, "to", "typo")]);
    expect(ending.map((e) => [e.s, e.e, e.after])).toStrictEqual([
      [1, 4, "to"],
      [4, 4, "+"],
    ]);
  });

  it("sees conflicts at the very end of the text (insertions and spans on the last unit)", () => {
    expect(resolveEdits(TEXT, [edit(10, 10, "a", "words-restored"), edit(10, 10, "b", "typo")]).map((e) => e.after)).toStrictEqual(["a"]);
    expect(resolveEdits(TEXT, [edit(9, 10, "J", "words-restored"), edit(8, 10, "IJ", "typo")]).map((e) => e.after)).toStrictEqual(["J"]);
    expect(resolveEdits(TEXT, [edit(0, 10, "all", "words-restored"), edit(9, 9, "x", "typo")]).map((e) => e.after)).toStrictEqual(["all"]);
  });
});

/** The merge by its definition, checking each edit against every kept one (quadratic: an oracle for tests). */
function naiveResolve(text: string, edits: readonly Edit[]): Edit[] {
  const rank = (e: Edit) => PRIORITY.indexOf(e.kind);
  const ranked = [...edits].sort((a, b) => rank(a) - rank(b) || a.s - b.s);
  const conflict = (a: Edit, b: Edit): boolean => {
    const ai = a.s === a.e;
    const bi = b.s === b.e;
    if (ai && bi) return a.s === b.s;
    if (ai) return b.s < a.s && a.s < b.e;
    if (bi) return a.s < b.s && b.s < a.e;
    return a.s < b.e && b.s < a.e;
  };
  const kept: Edit[] = [];
  for (const e of ranked) {
    if (e.s < 0 || e.e > text.length || e.e < e.s) continue;
    if (e.action === "repaired" && e.after === text.slice(e.s, e.e)) continue;
    if (kept.some((k) => conflict(k, e))) continue;
    kept.push(e);
  }
  return kept.sort((a, b) => a.s - b.s || (a.s === a.e ? 0 : 1) - (b.s === b.e ? 0 : 1));
}

const editArb = (n: number) =>
  fc.record({
    kind: fc.constantFrom(...PRIORITY),
    action: fc.constantFrom("repaired" as const, "flagged" as const),
    s: fc.integer({ min: -1, max: n + 1 }),
    len: fc.integer({ min: -1, max: 5 }),
    after: fc.constantFrom("", "x", "yz"),
  }).map(({ kind, action, s, len, after }): Edit => ({ kind, action, s, e: s + len, after, rationale: "r", confidence: 1 }));

describe("resolveEdits (fast-check)", () => {
  it("keeps exactly the edits the quadratic definition keeps, in the same order", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "b", "c"), maxLength: 12 }).chain((text) => fc.tuple(fc.constant(text), fc.array(editArb(text.length), { maxLength: 12 }))),
        ([text, edits]) => {
          expect(resolveEdits(text, edits)).toStrictEqual(naiveResolve(text, edits));
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe("applyEdits", () => {
  it("replaces repaired spans, leaves flagged ones as they are, and inserts at a point", () => {
    const edits = resolveEdits(TEXT, [edit(0, 2, "AB"), edit(3, 5, "ignored", "lost-link-target", "flagged"), edit(6, 6, "+"), edit(8, 10, "")]);
    expect(applyEdits(TEXT, edits)).toBe("ABcdef+gh");
    expect(applyEdits(TEXT, [])).toBe(TEXT);
  });
});

describe("toRepairs", () => {
  it("gives code-point offsets and the text each replaces, past characters outside the BMP", () => {
    const text = "a😀b😀cd"; // UTF-16: a 0, 😀 1-2, b 3, 😀 4-5, c 6, d 7; code points: a 0, 😀 1, b 2, 😀 3, c 4, d 5
    const edits = resolveEdits(text, [edit(1, 3, "", "injected-text-excised"), edit(4, 7, "C", "typo"), edit(8, 8, "!", "words-restored")]);
    expect(toRepairs(text, edits)).toStrictEqual([
      { kind: "injected-text-excised", action: "repaired", start: 1, end: 2, before: "😀", after: "", rationale: "injected-text-excised at 1-3", confidence: 0.5 },
      { kind: "typo", action: "repaired", start: 3, end: 5, before: "😀c", after: "C", rationale: "typo at 4-7", confidence: 0.5 },
      { kind: "words-restored", action: "repaired", start: 6, end: 6, before: "", after: "!", rationale: "words-restored at 8-8", confidence: 0.5 },
    ]);
  });

  it("writes a flag's after as its before (the text stays)", () => {
    const [flag] = toRepairs(TEXT, [edit(2, 5, "anything", "lost-link-target", "flagged")]);
    expect(flag).toMatchObject({ action: "flagged", start: 2, end: 5, before: "cde", after: "cde" });
  });
});

describe("resolveEdits: the order of a long list of kept edits", () => {
  it("puts every insertion before the span starting at its position, whatever kept it first", () => {
    // 300 one-unit spans of a high-priority detector and, at each span's start, an insertion of a low-priority one:
    // kept in priority order (all spans, then all insertions), returned in text order
    const text = "x".repeat(600);
    const spans = Array.from({ length: 300 }, (_, k) => edit(2 * k, 2 * k + 1, "S", "injected-text-excised"));
    const inserts = Array.from({ length: 300 }, (_, k) => edit(2 * k, 2 * k, "+", "typo"));
    const kept = resolveEdits(text, [...inserts, ...spans]);
    expect(kept).toHaveLength(600);
    expect(kept.map((e) => [e.s, e.e])).toStrictEqual(Array.from({ length: 300 }, (_, k) => [[2 * k, 2 * k], [2 * k, 2 * k + 1]]).flat());
    expect(applyEdits(text, kept)).toBe("+Sx".repeat(300));
  });
});
