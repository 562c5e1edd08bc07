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

  it("makes anchors of digits only", () => {
    expect(spanAnchor(1.7, 9)).toBe("span-1-9");
  });
});
