import { describe, expect, it } from "vitest";
import { dataset } from "../dataset";
import type { Dataset } from "../schemas/dataset";
import type { SpanEvidence } from "../schemas/evidence";
import { sliceCodePoints } from "../text/code-points";
import { evidenceOf, resolveEvidence } from "./evidence";
import { sourceUrl } from "./sources";

const SEED = "ctc-2019-06-27-soft-targets-press-release";
const seed = dataset.sources.find((s) => s.id === SEED)!;
const raw = seed.archive!.text;
const injected = dataset.corrections.find((c) => c.source === SEED && c.kind === "injected-text-excised" && c.start === 0)!;

const span = (start: number, end: number): SpanEvidence => ({ kind: "span", source: SEED, start, end, exact: sliceCodePoints(raw, start, end) });

describe("evidenceOf", () => {
  it("gives each quote's span as the quote reads: the repaired source text at the span", () => {
    expect(dataset.quotes.length).toBeGreaterThan(0);
    for (const quote of dataset.quotes) {
      const [first] = evidenceOf(dataset, quote);
      expect(first).toMatchObject({ kind: "span", text: quote.text, source: { id: quote.evidence[0].source } });
    }
  });

  it("repairs the passage (injected spam excised) but keeps the raw text and names the repairs it touches", () => {
    expect(injected.before.length).toBeGreaterThan(0);
    const evidence = span(0, 60);
    const [resolved] = evidenceOf(dataset, { evidence: [evidence] });
    if (resolved?.kind !== "span") throw new Error("expected a span");
    expect(resolved.evidence.exact.startsWith(injected.before)).toBe(true);
    expect(resolved.text).not.toContain(injected.before.trim());
    expect(resolved.text).toBe(sliceCodePoints(raw, injected.end, 60));
    expect(resolved.corrections.map((c) => c.id)).toContain(injected.id);
    expect(resolved.url).toBe(sourceUrl(seed));
  });

  it("names only the corrections that overlap the span", () => {
    const after = span(injected.end + 10, injected.end + 20);
    const resolved = resolveEvidence(dataset, after);
    if (resolved.kind !== "span") throw new Error("expected a span");
    for (const c of resolved.corrections) expect(c.start < after.end && c.end > after.start).toBe(true);
    expect(resolved.corrections.map((c) => c.id)).not.toContain(injected.id);
  });

  it("resolves a citation to its source's address and locator, in the order the fact lists its evidence", () => {
    const cited = dataset.sources.find((s) => s.archive === undefined && sourceUrl(s) !== undefined)!;
    const fact = { evidence: [{ kind: "citation" as const, source: cited.id, locator: "second paragraph" }, span(100, 120)] };
    const [citation, passage] = evidenceOf(dataset, fact);
    expect(citation).toEqual({ kind: "citation", evidence: fact.evidence[0], source: cited, url: sourceUrl(cited), locator: "second paragraph" });
    expect(passage?.kind).toBe("span");
  });

  it("falls back to the recorded text when the source has no archive or is unknown (unvalidated data)", () => {
    const d: Dataset = { ...dataset, sources: dataset.sources.filter((s) => s.id !== SEED) };
    const resolved = resolveEvidence(d, span(0, 10));
    expect(resolved).toMatchObject({ kind: "span", source: undefined, url: undefined, text: sliceCodePoints(raw, 0, 10) });
  });
});
