import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { composeEdits } from "./compose";
import { applyEdits, resolveEdits } from "./merge";
import type { Edit, RepairKind } from "./types";

// Composing two passes of edits into one log on the input: exact offsets past each kind of first-pass edit
// (replacement, insertion, excision, flag), absorption of first-pass edits a second-pass edit reaches
// into, and a property: the composed log applied to the input gives what the two passes give.

const edit = (s: number, e: number, after: string, kind: RepairKind = "doubled-word", action: Edit["action"] = "repaired"): Edit => ({
  kind,
  action,
  s,
  e,
  after,
  rationale: "r",
  confidence: 1,
});
const markup = (s: number, e: number, after = "") => edit(s, e, after, "markup-removed");
const spans = (edits: readonly Edit[]) => edits.map((e) => [e.kind, e.s, e.e, e.after]);

/** Pass 1 resolved on `input`, its result, and the composition with `second` (on that result). */
function passes(input: string, first: readonly Edit[], second: readonly Edit[]) {
  const one = resolveEdits(input, first);
  const mid = applyEdits(input, one);
  const two = resolveEdits(mid, second);
  return { mid, all: composeEdits(input, one, mid, two), expected: applyEdits(mid, two) };
}

describe("composeEdits: offsets of second-pass edits in text the first pass left alone", () => {
  it("shifts past first-pass excisions before the edit", () => {
    const input = "<b>ab</b> cd cd"; // tags at 0-3 and 5-9
    const { mid, all, expected } = passes(input, [markup(0, 3), markup(5, 9)], [edit(5, 8, "")]);
    expect(mid).toBe("ab cd cd");
    expect(spans(all)).toStrictEqual([
      ["markup-removed", 0, 3, ""],
      ["markup-removed", 5, 9, ""],
      ["doubled-word", 12, 15, ""],
    ]);
    expect(applyEdits(input, all)).toBe(expected);
    expect(expected).toBe("ab cd");
  });

  it("shifts past a first-pass replacement that grew or shrank the text", () => {
    const grow = passes("a&b x x", [markup(1, 2, "and")], [edit(5, 7, "")]); // mid "aandb x x"
    expect(spans(grow.all)).toStrictEqual([
      ["markup-removed", 1, 2, "and"],
      ["doubled-word", 3, 5, ""],
    ]);
    const shrink = passes("a&amp;b x x", [markup(1, 6, "&")], [edit(3, 5, "")]); // mid "a&b x x"
    expect(spans(shrink.all)).toStrictEqual([
      ["markup-removed", 1, 6, "&"],
      ["doubled-word", 7, 9, ""],
    ]);
    expect(applyEdits("a&amp;b x x", shrink.all)).toBe("a&b x");
  });

  it("keeps a second-pass edit next to a first-pass excision outside it, on either side", () => {
    // "x<br>y": the tag excised; pass 2 replaces the "x" before it and, apart, the "y" after it.
    const input = "x<br>y";
    const before = passes(input, [markup(1, 5)], [edit(0, 1, "X")]);
    expect(spans(before.all)).toStrictEqual([
      ["doubled-word", 0, 1, "X"],
      ["markup-removed", 1, 5, ""],
    ]);
    const after = passes(input, [markup(1, 5)], [edit(1, 2, "Y")]);
    expect(spans(after.all)).toStrictEqual([
      ["markup-removed", 1, 5, ""],
      ["doubled-word", 5, 6, "Y"],
    ]);
    expect(applyEdits(input, after.all)).toBe("xY");
  });

  it("maps a second-pass insertion after a first-pass excision to the end of the excision", () => {
    const input = "ab<i>cd";
    const { all } = passes(input, [markup(2, 5)], [edit(2, 2, "+", "words-restored")]);
    expect(spans(all)).toStrictEqual([
      ["markup-removed", 2, 5, ""],
      ["words-restored", 5, 5, "+"],
    ]);
    expect(applyEdits(input, all)).toBe("ab+cd");
  });

  it("keeps first-pass flags as they are, and shifts nothing past them", () => {
    const input = "see . x x";
    const { all } = passes(input, [edit(0, 5, "", "lost-link-target", "flagged")], [edit(5, 7, "")]);
    expect(all.map((e) => [e.kind, e.action, e.s, e.e])).toStrictEqual([
      ["lost-link-target", "flagged", 0, 5],
      ["doubled-word", "repaired", 5, 7],
    ]);
  });
});

describe("composeEdits: second-pass edits reaching into first-pass rewrites", () => {
  it("grows over a first-pass replacement it overlaps, absorbs it and writes its result", () => {
    const input = "the &amp; the end"; // "&amp;" → "&" at 4-9
    const { mid, all, expected } = passes(input, [markup(4, 9, "&")], [edit(3, 5, "")]); // mid "the & the end": cut " &"
    expect(mid).toBe("the & the end");
    expect(all).toStrictEqual([{ ...edit(3, 9, ""), rationale: "r (Markup within it is removed too.)" }]);
    expect(applyEdits(input, all)).toBe(expected);
    const partial = passes(input, [markup(4, 9, "&")], [edit(2, 4, "E")]); // "e " → "E", up to the "&"
    expect(spans(partial.all)).toStrictEqual([
      ["doubled-word", 2, 4, "E"],
      ["markup-removed", 4, 9, "&"],
    ]);
  });

  it("keeps the rewritten text it covers but does not change", () => {
    const input = "a <b>b</b> c"; // tags at 2-5 and 6-10; mid "a b c"
    const { all, expected } = passes(input, [markup(2, 5), markup(6, 10)], [edit(0, 3, "A B")]);
    expect(spans(all)).toStrictEqual([
      ["doubled-word", 0, 6, "A B"],
      ["markup-removed", 6, 10, ""],
    ]);
    expect(applyEdits(input, all)).toBe(expected);
    expect(expected).toBe("A B c");
  });

  it("drops a second-pass flag that would swallow a first-pass change, keeps one that does not", () => {
    const input = "x <b>y</b> z"; // mid "x y z"
    const swallowing = passes(input, [markup(2, 5), markup(6, 10)], [edit(0, 5, "x y z", "lost-link-target", "flagged")]);
    expect(swallowing.all.map((e) => e.kind)).toStrictEqual(["markup-removed", "markup-removed"]);
    const apart = passes(input, [markup(2, 5), markup(6, 10)], [edit(0, 1, "x", "lost-link-target", "flagged")]);
    expect(apart.all.map((e) => [e.kind, e.s, e.e])).toStrictEqual([
      ["lost-link-target", 0, 1],
      ["markup-removed", 2, 5],
      ["markup-removed", 6, 10],
    ]);
  });
});

describe("composeEdits: second-pass edits inside the text a first-pass replacement wrote", () => {
  it("an insertion inside a replacement absorbs it, at its place in the written text", () => {
    // "x<p>y": pass 1 writes a paragraph break for <p>; pass 2 inserts "Q" between the two newlines.
    const r = passes("x<p>y", [markup(1, 4, "\n\n")], [edit(2, 2, "Q", "words-restored")]);
    expect(r.mid).toBe("x\n\ny");
    expect(spans(r.all)).toStrictEqual([["words-restored", 1, 4, "\nQ\n"]]);
    expect(applyEdits("x<p>y", r.all)).toBe("x\nQ\ny");
  });

  it("two edits reaching into the same replacement become one edit, neither dropped", () => {
    // "a<br>b": pass 1 writes two spaces for <br>; pass 2 rewrites "a " and " b", each reaching into one of them.
    const r = passes("a<br>b", [markup(1, 5, "  ")], [edit(0, 2, "A", "typo"), edit(2, 4, "B", "typo")]);
    expect(r.mid).toBe("a  b");
    expect(spans(r.all)).toStrictEqual([["typo", 0, 6, "AB"]]);
    expect(applyEdits("a<br>b", r.all)).toBe(r.expected);
  });
});

// Pass 1 is markup removal (`repairText`): it replaces or removes tags and entities, it never inserts
// (two insertions at one input point, one per pass, could not both be logged).
const PASS1: readonly RepairKind[] = ["markup-removed"];
const PASS2: readonly RepairKind[] = ["doubled-word", "duplicate-text", "words-restored", "lost-link-target", "typo"];
const editsOn = (n: number, kinds: readonly RepairKind[], flags: boolean, minLength: number) =>
  fc.array(
    fc
      .record({
        kind: fc.constantFrom(...kinds),
        flagged: flags ? fc.boolean() : fc.constant(false),
        s: fc.integer({ min: 0, max: Math.max(0, n - minLength) }),
        len: fc.integer({ min: minLength, max: 4 }),
        after: fc.constantFrom("", "X", "YZ"),
      })
      .map(({ kind, flagged, s, len, after }): Edit => ({ kind, action: flagged ? "flagged" : "repaired", s, e: Math.min(n, s + len), after, rationale: "r", confidence: 1 })),
    { maxLength: n < minLength ? 0 : 6 },
  );

describe("composeEdits (fast-check)", () => {
  it("gives one log on the input that reproduces both passes, with sorted, disjoint edits", () => {
    fc.assert(
      fc.property(
        fc
          .string({ unit: fc.constantFrom("a", "b", " ", "<", ">"), maxLength: 14 })
          .chain((input) => fc.tuple(fc.constant(input), editsOn(input.length, PASS1, false, 1)))
          .chain(([input, first]) => {
            const mid = applyEdits(input, resolveEdits(input, first));
            return fc.tuple(fc.constant(input), fc.constant(first), editsOn(mid.length, PASS2, true, 0));
          }),
        ([input, first, second]) => {
          // Every second-pass edit, including an insertion strictly inside the text a first-pass replacement
          // wrote and two edits reaching into the same replacement (both once left out of this property).
          const { all, expected } = passes(input, first, second);
          expect(applyEdits(input, all)).toBe(expected);
          for (let k = 1; k < all.length; k++) expect(all[k]!.s).toBeGreaterThanOrEqual(all[k - 1]!.e);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("composeEdits: the rationale of edits made one", () => {
  it("joins the rationales of two pass-2 edits reaching into one replacement with a space, markup note last", () => {
    const one = resolveEdits("a<br>b", [markup(1, 5, "  ")]);
    const mid = applyEdits("a<br>b", one);
    const two = resolveEdits(mid, [
      { ...edit(0, 2, "A", "typo"), rationale: "First fix." },
      { ...edit(2, 4, "B", "typo"), rationale: "Second fix." },
    ]);
    const [all] = composeEdits("a<br>b", one, mid, two);
    expect(all?.rationale).toBe("First fix. Second fix. (Markup within it is removed too.)");
  });
});
