import { describe, expect, it } from "vitest";
import { nestSegments, segmentText, type SegmentNode, type TextRange } from "./segments";

/** Renders nodes as a bracket string: [id ... ] for ranges (id* for a continuation), ^id for points. */
function show(nodes: SegmentNode[], text: string): string {
  return nodes
    .map((n) => {
      if (n.type === "text") return text.slice(n.start, n.end);
      if (n.type === "point") return `^${n.id}`;
      return `[${n.id}${n.first ? "" : "*"}${n.last ? "" : "+"} ${show(n.children, text)}]`;
    })
    .join("");
}

describe("segmentText", () => {
  it("covers the whole text, in order, without gaps, when there are no ranges", () => {
    expect(segmentText(5, [])).toEqual([{ type: "text", start: 0, end: 5, covering: [] }]);
  });

  it("splits at every boundary of overlapping ranges and lists the covering ranges outermost first", () => {
    const ranges: TextRange[] = [
      { id: "a", start: 2, end: 8 },
      { id: "b", start: 5, end: 10 },
      { id: "c", start: 0, end: 10 },
    ];
    const segments = segmentText(12, ranges);
    expect(segments).toEqual([
      { type: "text", start: 0, end: 2, covering: ["c"] },
      { type: "text", start: 2, end: 5, covering: ["c", "a"] },
      { type: "text", start: 5, end: 8, covering: ["c", "a", "b"] },
      { type: "text", start: 8, end: 10, covering: ["c", "b"] },
      { type: "text", start: 10, end: 12, covering: [] },
    ]);
  });

  it("puts insertion points before the text at their offset, and at the very end", () => {
    const segments = segmentText(4, [
      { id: "ins", start: 2, end: 2 },
      { id: "tail", start: 4, end: 4 },
      { id: "del", start: 2, end: 3 },
    ]);
    expect(segments).toEqual([
      { type: "text", start: 0, end: 2, covering: [] },
      { type: "point", at: 2, ids: ["ins"] },
      { type: "text", start: 2, end: 3, covering: ["del"] },
      { type: "text", start: 3, end: 4, covering: [] },
      { type: "point", at: 4, ids: ["tail"] },
    ]);
  });

  it("clips ranges to the text and drops impossible ones", () => {
    const segments = segmentText(3, [
      { id: "over", start: 1, end: 99 },
      { id: "outside", start: 7, end: 9 },
      { id: "reversed", start: 2, end: 1 },
      { id: "nan", start: Number.NaN, end: 2 },
    ]);
    expect(segments).toEqual([
      { type: "text", start: 0, end: 1, covering: [] },
      { type: "text", start: 1, end: 3, covering: ["over"] },
    ]);
  });

  it("returns nothing but end points for an empty text", () => {
    expect(segmentText(0, [{ id: "p", start: 0, end: 0 }])).toEqual([{ type: "point", at: 0, ids: ["p"] }]);
  });
});

describe("nestSegments", () => {
  const text = "abcdefghijkl";
  const nest = (ranges: TextRange[]) => show(nestSegments(segmentText(text.length, ranges), ranges), text);

  it("keeps nested ranges whole, the longer outside", () => {
    expect(
      nest([
        { id: "in", start: 2, end: 4 },
        { id: "out", start: 1, end: 6 },
      ]),
    ).toBe("a[out b[in cd]ef]ghijkl");
  });

  it("opens ranges that start together longest first", () => {
    expect(
      nest([
        { id: "short", start: 0, end: 2 },
        { id: "long", start: 0, end: 4 },
      ]),
    ).toBe("[long [short ab]cd]efghijkl");
  });

  it("cuts a crossing range into a first and a continuation piece", () => {
    expect(
      nest([
        { id: "a", start: 0, end: 6 },
        { id: "b", start: 3, end: 9 },
      ]),
    ).toBe("[a abc[b+ def]][b* ghi]jkl");
  });

  it("places insertion points inside the ranges that are open", () => {
    expect(
      nest([
        { id: "outer", start: 0, end: 5 },
        { id: "p", start: 2, end: 2 },
      ]),
    ).toBe("[outer ab^pcde]fghijkl");
  });

  it("reproduces the text exactly, whatever the ranges", () => {
    const flatten = (nodes: SegmentNode[]): string =>
      nodes.map((n) => (n.type === "text" ? text.slice(n.start, n.end) : n.type === "range" ? flatten(n.children) : "")).join("");
    const ranges: TextRange[] = [];
    for (let i = 0; i < 40; i++) {
      const s = (i * 7) % text.length;
      const e = Math.min(text.length, s + ((i * 5) % 6));
      ranges.push({ id: `r${i}`, start: s, end: e });
    }
    const nodes = nestSegments(segmentText(text.length, ranges), ranges);
    expect(flatten(nodes)).toBe(text);
    const firsts = new Map<string, number>();
    const walk = (ns: SegmentNode[]) =>
      ns.forEach((n) => {
        if (n.type === "range") {
          if (n.first) firsts.set(n.id, (firsts.get(n.id) ?? 0) + 1);
          walk(n.children);
        }
      });
    walk(nodes);
    for (const r of ranges.filter((r) => r.start < r.end)) expect(firsts.get(r.id)).toBe(1);
  });
});
