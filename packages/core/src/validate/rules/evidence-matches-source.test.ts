import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../schemas/dataset";
import type { SpanEvidence } from "../../schemas/evidence";
import { evidenceMatchesSource } from "./evidence-matches-source";
import { copyOfDataset, copyOfSeed, problem } from "../../../test/rule-helpers";

const RULE = "evidence-matches-source";
const SOURCE = "synthetic-astral";

/**
 * A synthetic archived text (our own words) whose code points are all different: ASCII, astral characters
 * (U+1F600, U+1D4B3), both ends of the astral range (U+10000, U+10FFFF), a lone low surrogate and a lone
 * high one. 20 code points.
 */
const TEXT = "ab😀cd𝒳ef\uD800\uDC00gh\uDBFF\uDFFFij\uDC00kl\uD83Dmn";
const CPS = Array.from(TEXT);

/** The seed with the synthetic source archived, and `people[0]`'s evidence replaced by `spans`. */
function withSpans(...spans: object[]): Dataset {
  const d = copyOfSeed();
  const archived = d.sources.find((s) => s.archive)!;
  d.sources.push({ ...structuredClone(archived), id: SOURCE, archive: { ...archived.archive!, text: TEXT } });
  d.people[0]!.evidence = spans as Dataset["people"][number]["evidence"];
  return d;
}

/** A span of the synthetic text `[start, end)` with `before` code points of prefix and `after` of suffix. */
function span(start: number, end: number, before = 0, after = 0): SpanEvidence {
  const s: SpanEvidence = { kind: "span", source: SOURCE, start, end, exact: CPS.slice(start, end).join("") };
  if (before > 0) s.prefix = CPS.slice(start - before, start).join("");
  if (after > 0) s.suffix = CPS.slice(end, end + after).join("");
  return s;
}

const at = (i: number, key: string, message: string) => problem(RULE, ["people", 0, "evidence", i, key], message);

describe("evidence-matches-source", () => {
  it("accepts the curated dataset and the seed", () => {
    expect(evidenceMatchesSource.check(copyOfDataset())).toStrictEqual([]);
    expect(evidenceMatchesSource.check(copyOfSeed())).toStrictEqual([]);
  });

  it("has a stable id", () => {
    expect(evidenceMatchesSource.id).toBe(RULE);
    expect(CPS).toHaveLength(20);
  });

  it.each<[string, ...SpanEvidence[]]>([
    ["ASCII around astral characters", span(3, 5, 2, 2)],
    ["a prefix holding U+10000 and an astral character", span(9, 10, 4)],
    ["a prefix and a suffix holding U+10FFFF", span(12, 13, 2, 0), span(10, 11, 0, 2)],
    ["a prefix ending in a lone low surrogate", span(15, 16, 2, 1)],
    ["a prefix with a lone high surrogate", span(19, 20, 2)],
    ["a prefix from the text's start and a suffix to its end", span(2, 5, 2, 15)],
    ["a span of the whole text", span(0, 20)],
  ])("accepts a span with %s", (_, ...spans) => {
    expect(evidenceMatchesSource.check(withSpans(...spans))).toStrictEqual([]);
  });

  it("counts as two code points a low surrogate after a character above the surrogates, and a lone high surrogate before one", () => {
    // U+E000 then a lone low surrogate; a lone high surrogate then U+E000: no pair in either.
    const d = withSpans();
    const text = "a\uE000\uDC00b\uD800\uE000c";
    d.sources.at(-1)!.archive!.text = text;
    d.people[0]!.evidence = [
      { kind: "span", source: SOURCE, start: 3, end: 4, exact: "b", prefix: "\uE000\uDC00", suffix: "\uD800\uE000" },
      { kind: "span", source: SOURCE, start: 6, end: 7, exact: "c", prefix: "\uD800\uE000" },
    ];
    expect(evidenceMatchesSource.check(d)).toStrictEqual([]);
  });

  it("accepts any span of the text with any prefix and suffix that fit (property)", () => {
    const d = withSpans();
    fc.assert(
      fc.property(fc.nat(19), fc.nat(19), fc.nat(4), fc.nat(4), (a, b, before, after) => {
        const start = Math.min(a, b);
        const end = Math.max(a, b) + 1;
        d.people[0]!.evidence = [span(start, end, Math.min(before, start), Math.min(after, 20 - end))];
        expect(evidenceMatchesSource.check(d)).toStrictEqual([]);
      }),
    );
  });

  it("reports any span moved by some code points, at its exact text, prefix and suffix (property)", () => {
    const d = withSpans();
    fc.assert(
      fc.property(fc.nat(15), fc.nat(3), fc.integer({ min: -3, max: 3 }).filter((n) => n !== 0), (start, length, shift) => {
        const moved = span(start, start + length + 1, Math.min(1, start), 1);
        const s = { ...moved, start: moved.start + shift, end: moved.end + shift };
        if (s.start < 0) return; // not a span: the schema rejects it
        d.people[0]!.evidence = [s];
        const paths = evidenceMatchesSource.check(d).map((p) => `${p.rule} ${p.path.join(".")}`);
        if (s.end > 20) expect(paths).toStrictEqual([`${RULE} people.0.evidence.0.end`]);
        else expect(paths).toStrictEqual([`${RULE} people.0.evidence.0.exact`, ...(s.prefix ? [`${RULE} people.0.evidence.0.prefix`] : []), `${RULE} people.0.evidence.0.suffix`]);
      }),
    );
  });

  it("reports an exact text that differs from the source, quoting both", () => {
    const d = withSpans({ ...span(3, 5), exact: "cX" });
    expect(evidenceMatchesSource.check(d)).toStrictEqual([at(0, "exact", 'exact text "cX" differs from the source at [3, 5): "cd"')]);
  });

  it("reports a prefix that is not right before the span", () => {
    const d = withSpans(span(3, 4, 1), { ...span(3, 4), prefix: "a😀" }, { ...span(3, 4), prefix: "😀" + "c" });
    expect(evidenceMatchesSource.check(d)).toStrictEqual([
      at(1, "prefix", 'prefix "a😀" does not come right before the span'),
      at(2, "prefix", 'prefix "😀c" does not come right before the span'),
    ]);
  });

  it("reports a prefix longer than the text before the span, and accepts one exactly as long", () => {
    const d = withSpans({ ...span(1, 2), prefix: "Za" }, span(2, 3, 2), { ...span(0, 1), prefix: "Z" });
    expect(evidenceMatchesSource.check(d)).toStrictEqual([
      at(0, "prefix", 'prefix "Za" does not come right before the span'),
      at(2, "prefix", 'prefix "Z" does not come right before the span'),
    ]);
  });

  it("reports a suffix that is not right after the span (the suffix check is not the prefix check)", () => {
    const d = withSpans({ ...span(3, 4, 1), suffix: "e" }, { ...span(3, 4, 1), suffix: "d𝒳f" });
    expect(evidenceMatchesSource.check(d)).toStrictEqual([
      at(0, "suffix", 'suffix "e" does not come right after the span'),
      at(1, "suffix", 'suffix "d𝒳f" does not come right after the span'),
    ]);
  });

  it("reports a suffix running past the text's end, and accepts one ending on it", () => {
    const d = withSpans({ ...span(18, 19), suffix: "nZ" }, span(18, 19, 0, 1), { ...span(19, 20), suffix: "Z" });
    expect(evidenceMatchesSource.check(d)).toStrictEqual([
      at(0, "suffix", 'suffix "nZ" does not come right after the span'),
      at(2, "suffix", 'suffix "Z" does not come right after the span'),
    ]);
  });

  it("reports a span ending past the text (and nothing else about it), and accepts one ending on its last code point", () => {
    const d = withSpans({ ...span(19, 20, 1, 0), end: 21, suffix: "Z" }, span(19, 20));
    expect(evidenceMatchesSource.check(d)).toStrictEqual([at(0, "end", "span [19, 21) ends past the source's 20 code points")]);
  });

  it("reports the exact text, prefix and suffix of one span, in that order", () => {
    const d = withSpans({ ...span(5, 6), exact: "x", prefix: "y", suffix: "z" });
    expect(evidenceMatchesSource.check(d).map((p) => p.path.at(-1))).toStrictEqual(["exact", "prefix", "suffix"]);
  });

  it("reports a span into a source that has no archived text, at its source", () => {
    const d = withSpans(span(3, 5));
    const cited = d.sources.find((s) => !s.archive)!;
    (d.people[0]!.evidence[0] as SpanEvidence).source = cited.id;
    expect(evidenceMatchesSource.check(d)).toStrictEqual([at(0, "source", `source "${cited.id}" has no archived text to point into; cite it instead`)]);
  });

  it("skips citations, spans into unknown sources (references-resolve reports them) and spans without offsets (the schema does)", () => {
    const d = withSpans(
      { kind: "citation", source: SOURCE, start: 0, end: 1, exact: "not the text" },
      { ...span(3, 5), source: "no-such-source", exact: "x" },
      { kind: "span", source: SOURCE, exact: "x" },
    );
    expect(evidenceMatchesSource.check(d)).toStrictEqual([]);
  });

  it("finds spans anywhere in the dataset (a quote's)", () => {
    const d = copyOfSeed();
    const evidence = d.quotes[0]!.evidence[0] as SpanEvidence;
    evidence.exact = `${evidence.exact}!`;
    expect(evidenceMatchesSource.check(d).map((p) => [p.rule, p.path.join(".")])).toStrictEqual([[RULE, "quotes.0.evidence.0.exact"]]);
  });
});
