import { describe, expect, it } from "vitest";
import { evidenceMatchesSource } from "./evidence-matches-source";
import { copyOfDataset, described } from "../../../test/rule-helpers";

describe("evidence-matches-source", () => {
  it("accepts the curated dataset", () => {
    expect(evidenceMatchesSource.check(copyOfDataset())).toEqual([]);
  });

  it("reports a span shifted by one code point", () => {
    const d = copyOfDataset();
    const span = d.quotes[0]!.evidence[0];
    span.start += 1;
    span.end += 1;
    const lines = described(evidenceMatchesSource.check(d));
    expect(lines[0]).toMatch(/^quotes\.0\.evidence\.0\.exact: exact text .* differs from the source/);
    expect(lines.some((l) => l.startsWith("quotes.0.evidence.0.prefix"))).toBe(true);
  });

  it("reports a span past the end of the text", () => {
    const d = copyOfDataset();
    const span = d.quotes[0]!.evidence[0];
    span.end = 10_000_000;
    expect(described(evidenceMatchesSource.check(d))).toEqual([expect.stringMatching(/^quotes\.0\.evidence\.0\.end: span .* ends past/)]);
  });

  it("reports a span into a source that has no archived text", () => {
    const d = copyOfDataset();
    const cited = d.sources.find((s) => !s.archive)!;
    d.quotes[1]!.evidence[0].source = cited.id;
    expect(described(evidenceMatchesSource.check(d))).toEqual([expect.stringContaining("has no archived text")]);
  });
});
