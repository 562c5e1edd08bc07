import { describe, expect, it } from "vitest";
import { dataset } from "@briefings/core";
import type { Dataset } from "@briefings/core";
import { evidenceLink, spanAnchor, spansOfSource } from "./evidence";

const archived = dataset.sources.find((s) => s.archive)!;

describe("evidenceLink", () => {
  it("sends a span to its anchor in the source view", () => {
    const link = evidenceLink(dataset, { kind: "span", source: archived.id, start: 3, end: 9, exact: "x" });
    expect(link.href).toBe(`/sources/${archived.id}/#span-3-9`);
    expect(link.external).toBe(false);
  });

  it("sends a citation to the source's safe URL, else to the source's page", () => {
    const d = structuredClone(dataset) as Dataset;
    const s = d.sources[0]!;
    s.locations = [{ role: "official", url: "https://example.org/a", status: "verified" }];
    expect(evidenceLink(d, { kind: "citation", source: s.id })).toMatchObject({ href: "https://example.org/a", external: true });
    s.locations = [{ role: "official", url: "javascript:alert(1)", status: "verified" }];
    expect(evidenceLink(d, { kind: "citation", source: s.id, locator: "Title" })).toMatchObject({ href: `/sources/${s.id}/`, external: false });
    expect(evidenceLink(d, { kind: "citation", source: s.id, locator: "Title" }).label).toMatch(/\(Title\)$/);
  });

  it("gives no link for an unknown source", () => {
    expect(evidenceLink(dataset, { kind: "citation", source: "no-such-source" }).href).toBeUndefined();
    expect(evidenceLink(dataset, { kind: "span", source: "no-such-source", start: 0, end: 1, exact: "x" }).href).toBeUndefined();
  });
});

describe("spansOfSource", () => {
  it("collects each span of a source once, in text order, from every collection", () => {
    const spans = spansOfSource(dataset, archived.id);
    expect(spans.length).toBeGreaterThan(0);
    const keys = spans.map((s) => spanAnchor(s.start, s.end));
    expect(new Set(keys).size).toBe(keys.length);
    expect([...spans].sort((a, b) => a.start - b.start || b.end - a.end)).toEqual(spans);
    const quoteSpan = dataset.quotes.flatMap((q) => q.evidence).find((e) => e.kind === "span" && e.source === archived.id);
    if (quoteSpan && quoteSpan.kind === "span") expect(keys).toContain(spanAnchor(quoteSpan.start, quoteSpan.end));
  });

  it("keeps each source's spans apart, finds nested evidence, and ignores what sources and corrections hold", () => {
    const span = (source: string, start: number, end: number, exact: string) => ({ kind: "span", source, start, end, exact });
    const d = {
      ...dataset,
      meetings: [{ id: "m", title: { value: "T", evidence: [span("a", 5, 9, "five"), span("b", 1, 2, "b1")] }, sessions: [{ summary: { evidence: [span("a", 1, 4, "one")] } }] }],
      quotes: [{ id: "q", evidence: [span("a", 5, 9, "again"), span("a", 1, 6, "wide")] }],
      sources: [{ id: "s", evidence: [span("a", 0, 1, "in a source")] }],
      corrections: [{ id: "c", evidence: [span("a", 0, 2, "in a correction")] }],
    } as unknown as Dataset;
    expect(spansOfSource(d, "a")).toStrictEqual([
      { start: 1, end: 6, exact: "wide" },
      { start: 1, end: 4, exact: "one" },
      { start: 5, end: 9, exact: "five" },
    ]);
    expect(spansOfSource(d, "b")).toStrictEqual([{ start: 1, end: 2, exact: "b1" }]);
    expect(spansOfSource(d, "none")).toStrictEqual([]);
  });

  it("makes anchors of digits only", () => {
    expect(spanAnchor(1.7, 9)).toBe("span-1-9");
  });
});
