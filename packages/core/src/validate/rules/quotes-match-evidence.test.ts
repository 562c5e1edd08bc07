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
