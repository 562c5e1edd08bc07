import { describe, expect, it } from "vitest";
import { quotesMatchEvidence } from "./quotes-match-evidence";
import { copyOfDataset, described } from "../../../test/rule-helpers";

describe("quotes-match-evidence", () => {
  it("accepts the curated dataset", () => {
    expect(quotesMatchEvidence.check(copyOfDataset())).toEqual([]);
  });

  it("reports a quote whose words were edited", () => {
    const d = copyOfDataset();
    d.quotes[0]!.text = d.quotes[0]!.text.replace("essential", "vital");
    expect(described(quotesMatchEvidence.check(d))).toEqual([expect.stringMatching(/^quotes\.0\.text: quote text differs/)]);
    expect(quotesMatchEvidence.check(d).map((p) => p.rule)).toEqual(["quotes-match-evidence"]);
  });

  it("applies recorded repairs inside a quote's span", () => {
    const d = copyOfDataset();
    const q = d.quotes[0]!;
    const span = q.evidence[0];
    // A typo repair inside the quote: the quote must then show the repaired word.
    const offset = Array.from(span.exact).join("").indexOf("essential");
    d.corrections.push({
      id: "test-typo",
      source: span.source,
      kind: "typo",
      action: "repaired",
      start: span.start + offset,
      end: span.start + offset + "essential".length,
      before: "essential",
      after: "vital",
      rationale: "test",
      confidence: 1,
    });
    expect(quotesMatchEvidence.check(d).map((p) => [p.rule, p.path])).toEqual([["quotes-match-evidence", ["quotes", 0, "text"]]]);
    q.text = q.text.replace("essential", "vital");
    expect(quotesMatchEvidence.check(d)).toEqual([]);
  });
});

describe("quotes-match-evidence: what it leaves to other rules, and its message", () => {
  it("says what the source reads at the span, as JSON", () => {
    const d = copyOfDataset();
    const original = d.quotes[0]!.text;
    d.quotes[0]!.text = `${original} (edited)`;
    expect(quotesMatchEvidence.check(d)).toStrictEqual([
      { rule: "quotes-match-evidence", path: ["quotes", 0, "text"], message: `quote text differs from the repaired source at its span: expected ${JSON.stringify(original)}` },
    ]);
  });

  it("reports each quote that differs at its own index, and only those", () => {
    const d = copyOfDataset();
    const last = d.quotes.length - 1;
    d.quotes[last]!.text = "not what the source says";
    expect(quotesMatchEvidence.check(d).map((p) => [p.rule, p.path])).toStrictEqual([["quotes-match-evidence", ["quotes", last, "text"]]]);
  });

  it("leaves a span out of the source's range, and a source without text, to evidence-matches-source", () => {
    const d = copyOfDataset();
    const span = d.quotes[0]!.evidence[0];
    span.start = 10_000_000;
    span.end = 10_000_010;
    expect(quotesMatchEvidence.check(d)).toStrictEqual([]);
    const e = copyOfDataset();
    e.quotes[0]!.evidence[0].source = "no-such-source";
    e.quotes[0]!.text = "anything";
    expect(quotesMatchEvidence.check(e)).toStrictEqual([]);
  });
});

describe("quotes-match-evidence: a source without recorded repairs", () => {
  it("compares the quote with the source text as it is", () => {
    const d = copyOfDataset();
    const source = d.quotes[0]!.evidence[0].source;
    d.corrections = d.corrections.filter((c) => c.source !== source);
    const span = d.quotes[0]!.evidence[0];
    const archive = d.sources.find((s) => s.id === source)!.archive!.text;
    const raw = Array.from(archive).slice(span.start, span.end).join("");
    d.quotes[0]!.text = raw;
    expect(quotesMatchEvidence.check(d).filter((p) => p.path[1] === 0)).toStrictEqual([]);
    d.quotes[0]!.text = `${raw}!`;
    expect(quotesMatchEvidence.check(d).filter((p) => p.path[1] === 0)).toStrictEqual([
      { rule: "quotes-match-evidence", path: ["quotes", 0, "text"], message: `quote text differs from the repaired source at its span: expected ${JSON.stringify(raw)}` },
    ]);
  });
  it("checks a document's quote against its span like anyone's (its words are still the page's)", () => {
    const d = copyOfDataset();
    const q = d.quotes[0]!;
    delete q.participation;
    delete q.statement;
    q.document = { title: "the communiqué" };
    expect(quotesMatchEvidence.check(d)).toEqual([]);
    const expected = q.text;
    q.text = `${q.text} (edited)`;
    expect(quotesMatchEvidence.check(d)).toEqual([
      { rule: "quotes-match-evidence", path: ["quotes", 0, "text"], message: `quote text differs from the repaired source at its span: expected ${JSON.stringify(expected)}` },
    ]);
  });
});
