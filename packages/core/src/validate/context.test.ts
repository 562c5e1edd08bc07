import { describe, expect, it } from "vitest";
import { CodePointText } from "../text/code-points";
import { RULES } from "./rules";
import { copyOfDataset } from "../../test/rule-helpers";
import { validateDataset } from "./validate-dataset";
import { ruleContext } from "./context";
import type { Dataset } from "../schemas/dataset";

describe("rules sharing one context", () => {
  it("report in validateDataset exactly what each rule reports alone", () => {
    const d = copyOfDataset();
    d.people.push({ ...d.people[0]! });
    d.quotes[0]!.participation = "nobody";
    d.quotes[0]!.evidence[0].start += 1;
    d.meetings[0]!.sessions.push({ ...d.meetings[0]!.sessions[0]! });
    d.meetings[0]!.sources.push("no-such-source");
    d.meetings[0]!.title.value = "A <b>title</b>";
    const alone = RULES.flatMap((rule) => rule.check(structuredClone(d)));
    const result = validateDataset(d);
    expect(alone.length).toBeGreaterThan(5);
    expect(result.problems).toEqual(alone);
  });
});

describe("CodePointText", () => {
  it("slices by code points, with and without characters beyond the BMP", () => {
    const plain = new CodePointText("abcdef");
    expect([plain.length, plain.slice(1, 3)]).toEqual([6, "bc"]);
    const astral = new CodePointText("a😀bc");
    expect([astral.length, astral.slice(1, 2), astral.slice(2, 4)]).toEqual([4, "😀", "bc"]);
    expect(() => astral.slice(2, 5)).toThrow(RangeError);
    expect([...astral.offsets]).toEqual([0, 1, 3, 4, 5]);
  });
});

describe("ruleContext's walk", () => {
  // A hand-made object (cast): the walk reads any shape, so each case is one field.
  const contextOf = (value: unknown) => ruleContext(value as Dataset);

  it("collects spans and citations with a string source, not other kinds or sources", () => {
    const span = { kind: "span" as const, source: "s1", start: 0, end: 1 };
    const citation = { kind: "citation" as const, source: "s2" };
    const context = contextOf({ quotes: [{ evidence: [span, { kind: "span", source: 5 }, { kind: "note", source: "s3" }, citation] }] });
    expect(context.evidence()).toEqual([span, citation]);
    expect(context.pathOf(span)).toEqual(["quotes", 0, "evidence", 0]);
    expect(context.pathOf(citation)).toEqual(["quotes", 0, "evidence", 3]);
  });

  it("does not enter archives: no evidence and no display-text defect is found there", () => {
    const context = contextOf({ sources: [{ archive: { text: "a\u0007b", note: { kind: "span", source: "s1" } } }] });
    expect(context.evidence()).toEqual([]);
    expect(context.textDefects()).toEqual([]);
  });

  it("throws when asked the path of an object that is no evidence of the dataset", () => {
    const other = { kind: "span" as const, source: "elsewhere" };
    const quote = { title: "plain", evidence: [{ kind: "span", source: "s1" }] };
    const context = contextOf({ quotes: [quote] });
    expect(() => context.pathOf(other)).toThrow("pathOf: not an evidence object of this dataset");
    // An object of the dataset that is no evidence has no path either.
    expect(() => context.pathOf(quote as never)).toThrow("pathOf: not an evidence object of this dataset");
  });

  it("checks strings in arrays as display text, except under a raw key", () => {
    const context = contextOf({ people: [{ names: ["fine", "bad\u0007"], exact: ["raw\u0007"], prefix: { parts: ["raw\u0007"] } }] });
    expect(context.textDefects().map((d) => d.path)).toEqual([["people", 0, "names", 1]]);
  });

  it("treats a flagged correction's after as raw and an applied one's as display text", () => {
    const context = contextOf({ corrections: [{ action: "flagged", after: "x\u0007" }, { action: "applied", after: "y\u0007" }] });
    expect(context.textDefects().map((d) => d.path)).toEqual([["corrections", 1, "after"]]);
  });
});
