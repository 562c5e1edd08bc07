import { describe, expect, it } from "vitest";
import { foldWords, ownTextFields, sharedRuns, shingleIndex } from "./shared-runs";

// Edges of the copy check with short runs (n = 3), synthetic words: a text exactly one run long, runs
// that overlap or only touch, the pages of a merged run, and records without ids.

describe("shingleIndex", () => {
  it("indexes every run of n words, the last one included, and maps a shared run to every text holding it", () => {
    const index = shingleIndex(
      [
        { id: "b", text: "red green blue" },
        { id: "a", text: "Red, green; blue yellow" },
        { id: "c", text: "red green" },
      ],
      3,
    );
    expect([...index.entries()].map(([k, v]) => [k, [...v].sort()])).toStrictEqual([
      ["red green blue", ["a", "b"]],
      ["green blue yellow", ["a"]],
    ]);
  });
});

describe("sharedRuns", () => {
  const index = shingleIndex(
    [
      { id: "p2", text: "one two three four five" },
      { id: "p1", text: "three four five six" },
      { id: "p3", text: "seven eight nine" },
    ],
    3,
  );
  const runs = (text: string, exempt: ReadonlySet<string> = new Set()) => sharedRuns({ path: "x", text }, index, exempt, 3).map((r) => [r.words.join(" "), r.pages]);

  it("finds a text that is exactly one run", () => {
    expect(runs("seven eight nine")).toStrictEqual([["seven eight nine", ["p3"]]]);
    expect(runs("eight nine")).toStrictEqual([]);
  });

  it("merges overlapping hits into one run with the pages of each, sorted", () => {
    expect(runs("one two three four five six")).toStrictEqual([["one two three four five six", ["p1", "p2"]]]);
  });

  it("keeps runs that only touch, or that a miss separates, apart", () => {
    expect(runs("one two three seven eight nine")).toStrictEqual([
      ["one two three", ["p2"]],
      ["seven eight nine", ["p3"]],
    ]);
    expect(runs("one two three zero seven eight nine")).toStrictEqual([
      ["one two three", ["p2"]],
      ["seven eight nine", ["p3"]],
    ]);
  });

  it("skips exempt runs but keeps the rest of a stretch", () => {
    expect(runs("two three four five six", new Set(["two three four"]))).toStrictEqual([["three four five six", ["p1", "p2"]]]);
    expect(runs("seven eight nine", new Set(["seven eight nine"]))).toStrictEqual([]);
  });
});

describe("ownTextFields", () => {
  it("names a record without a string id '?', skips collections that are not arrays, and keeps a value outside a title", () => {
    const fields = ownTextFields({
      statements: [{ text: "no id here" }, { id: 7, text: "numeric id" }],
      quotes: "not an array",
      figures: [{ id: "f", measure: { value: "a measure" } }],
      meetings: [{ id: "m", alternateTitles: ["a plain title", { value: "an object title", reason: "a reason" }] }],
    });
    expect(fields.map((f) => `${f.path}=${f.text}`)).toStrictEqual([
      "meetings[m].alternateTitles[1].reason=a reason",
      "statements[?].text=no id here",
      "statements[?].text=numeric id",
      "figures[f].measure.value=a measure",
    ]);
  });
});

describe("edges the other cases leave open", () => {
  it("splits words at an ideograph glued between two of them (the spam token separates, it does not join)", () => {
    expect(foldWords("counter缅terrorism")).toStrictEqual(["counter", "terrorism"]);
  });

  it("never reports a run shorter than n words, even from an index of shorter runs", () => {
    const index = shingleIndex([{ id: "p", text: "alpha beta" }], 2);
    expect(sharedRuns({ path: "f", text: "one two three alpha beta" }, index, new Set(), 3)).toStrictEqual([]);
  });

  it("walks past null, undefined, numbers and booleans without a field or an error", () => {
    const dataset = { statements: [{ id: "s", text: "own words", note: null, extra: undefined, n: 3, ok: true, deep: { x: null } }] };
    expect(ownTextFields(dataset)).toStrictEqual([{ path: "statements[s].text", text: "own words" }]);
  });
});
