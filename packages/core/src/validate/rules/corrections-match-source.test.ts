import { describe, expect, it } from "vitest";
import type { Dataset } from "../../schemas/dataset";
import { correctionsMatchSource } from "./corrections-match-source";
import { copyOfDataset, copyOfSeed, problem } from "../../../test/rule-helpers";

const RULE = "corrections-match-source";
const SOURCE = "synthetic-astral";
/** A synthetic archived text (our own words) with astral characters: 12 code points, 14 UTF-16 units. */
const TEXT = "ab😀cd𝒳efghij";
const CPS = Array.from(TEXT);

type Correction = Dataset["corrections"][number];

/** The seed with the synthetic source archived and only the given corrections (`[start, end)` of it, `before` read from it). */
function withCorrections(...spans: ([number, number] | [number, number, Partial<Correction>])[]): Dataset {
  const d = copyOfSeed();
  const archived = d.sources.find((s) => s.archive)!;
  d.sources.push({ ...structuredClone(archived), id: SOURCE, archive: { ...archived.archive!, text: TEXT } });
  const model = d.corrections[0]!;
  d.corrections = spans.map(([start, end, extra], i) => ({
    ...structuredClone(model),
    id: `synthetic-correction-${i}`,
    source: SOURCE,
    start,
    end,
    before: CPS.slice(start, end).join(""),
    after: "",
    action: "repaired",
    related: undefined,
    ...extra,
  }));
  return d;
}

const at = (i: number, key: string, message: string) => problem(RULE, ["corrections", i, key], message);

describe("corrections-match-source", () => {
  it("accepts the curated dataset and the seed", () => {
    expect(correctionsMatchSource.id).toBe(RULE);
    expect(correctionsMatchSource.check(copyOfDataset())).toStrictEqual([]);
    expect(correctionsMatchSource.check(copyOfSeed())).toStrictEqual([]);
  });

  it("accepts corrections over astral characters, up to the text's end, and insertions", () => {
    const d = withCorrections([0, 3], [5, 6, { after: "X" }], [6, 6, { after: "+" }], [10, 12], [12, 12, { after: "." }]);
    expect(correctionsMatchSource.check(d)).toStrictEqual([]);
  });

  it("reports a before that is not the source text there, quoting both (code point offsets)", () => {
    const d = withCorrections([2, 4, { before: "😀d" }], [5, 6, { before: "e" }]);
    expect(correctionsMatchSource.check(d)).toStrictEqual([
      at(0, "before", 'before "😀d" differs from the source at [2, 4): "😀c"'),
      at(1, "before", 'before "e" differs from the source at [5, 6): "𝒳"'),
    ]);
  });

  it("reports a span ending past the text, and nothing else about it", () => {
    const d = withCorrections([11, 13, { before: "j" }], [11, 12]);
    expect(correctionsMatchSource.check(d)).toStrictEqual([at(0, "end", "span [11, 13) ends past the source's 12 code points")]);
  });

  it("reports a correction of a source with no archived text, and skips an unknown source (references-resolve reports it)", () => {
    const d = withCorrections([0, 1], [0, 1]);
    const cited = d.sources.find((s) => !s.archive)!;
    d.corrections[0]!.source = cited.id;
    d.corrections[1]!.source = "no-such-source";
    expect(correctionsMatchSource.check(d)).toStrictEqual([at(0, "source", `source "${cited.id}" has no archived text to correct`)]);
  });

  it.each([
    ["two excisions that overlap", [[2, 5], [4, 6]], [4, 6]],
    ["an excision inside another", [[2, 8], [3, 4]], [3, 4]],
    ["two excisions of the same span", [[2, 5], [2, 5]], [2, 5]],
    ["an insertion inside an excision", [[2, 5], [3, 3, { after: "+" }]], [3, 3]],
    ["two insertions at the same point", [[3, 3, { after: "+" }], [3, 3, { after: "-" }]], [3, 3]],
  ] as const)("reports %s, at the later one", (_, spans, [start, end]) => {
    const d = withCorrections(...(spans as unknown as [number, number][]));
    const later = d.corrections.findIndex((c, i) => i > 0 && c.start === start && c.end === end);
    const other = later === 1 ? 0 : 1;
    expect(correctionsMatchSource.check(d)).toStrictEqual([at(later, "start", `overlaps the repair at corrections[${other}]`)]);
  });

  it("accepts repairs that touch without overlapping, whatever their order in the dataset", () => {
    const d = withCorrections([4, 6], [2, 4], [6, 6, { after: "+" }], [6, 8], [2, 2, { after: "-" }]);
    expect(correctionsMatchSource.check(d)).toStrictEqual([]);
    // Two insertions next to each other once sorted, at different points.
    expect(correctionsMatchSource.check(withCorrections([5, 5, { after: "+" }], [2, 2, { after: "-" }]))).toStrictEqual([]);
  });

  it("reports an overlap found only once the repairs are sorted by start", () => {
    const d = withCorrections([6, 8], [0, 1], [5, 7]);
    expect(correctionsMatchSource.check(d)).toStrictEqual([at(0, "start", "overlaps the repair at corrections[2]")]);
  });

  it("lets a flagged correction overlap a repair, and keeps the repairs of different sources apart", () => {
    const d = withCorrections([2, 5], [3, 4, { action: "flagged" }]);
    expect(correctionsMatchSource.check(d)).toStrictEqual([]);
    const two = withCorrections([2, 5]);
    const seed = copyOfSeed();
    const repaired = seed.corrections.find((c) => c.action === "repaired" && c.end > 5)!;
    two.corrections.push({ ...repaired, id: "seed-repair" });
    two.corrections.push({ ...two.corrections[0]!, id: "same-span-other-source", source: repaired.source, start: repaired.start, end: repaired.end, before: repaired.before });
    expect(correctionsMatchSource.check(two)).toStrictEqual([at(2, "start", "overlaps the repair at corrections[1]")]);
    two.corrections.pop();
    expect(correctionsMatchSource.check(two)).toStrictEqual([]);
  });
});
