import { codePointLength, getSource, sliceCodePoints, toCodePointOffset } from "@briefings/core";
import { Dataset } from "@briefings/core/schemas";
import { formatPath, validateDataset } from "@briefings/core/validate";
import { describe, expect, it } from "vitest";
import { datasetHeader, generateDataset, generateRecords } from "./generate";
import { peoplePoolSize } from "./pools";

function problemsOf(briefings: number, seed?: number): string[] {
  const result = validateDataset(generateDataset({ briefings, ...(seed !== undefined ? { seed } : {}) }));
  return result.problems.map((p) => `${formatPath(p.path)}: ${p.message} [${p.rule}]`);
}

describe("generateDataset: validity", () => {
  // About 3 s for 1,000 briefings on an idle machine; the timeout leaves room for a busy one.
  it.each([1, 100, 1000])(
    "%i briefings pass the schemas and every rule",
    (n) => {
      expect(problemsOf(n)).toEqual([]);
    },
    120_000,
  );

  it.each([1, 2, 3, 7, 42])("other seeds (%i) give valid data too", (seed) => {
    expect(problemsOf(60, seed)).toEqual([]);
  });

  it("is already in the schema's output form (defaults filled in, keys in the schema's order)", () => {
    const d = generateDataset({ briefings: 20 });
    expect(Dataset.parse(d)).toEqual(d);
    // Key order too, as an export writes it (validateDataset's fast path takes only such data).
    expect(JSON.stringify(Dataset.parse(d))).toBe(JSON.stringify(d));
  });
});

describe("generateDataset: determinism", () => {
  it("gives the same dataset for the same seed", () => {
    expect(generateDataset({ briefings: 50, seed: 7 })).toEqual(generateDataset({ briefings: 50, seed: 7 }));
  });

  it("gives different datasets for different seeds", () => {
    const a = generateDataset({ briefings: 50, seed: 7 });
    const b = generateDataset({ briefings: 50, seed: 8 });
    expect(JSON.stringify(a)).not.toEqual(JSON.stringify(b));
    expect(a.meetings.map((m) => m.id)).not.toEqual(b.meetings.map((m) => m.id));
  });

  it("refuses a count or seed that is not a valid integer", () => {
    expect(() => generateDataset({ briefings: 0 })).toThrow(/positive integer/);
    expect(() => generateDataset({ briefings: 2.5 })).toThrow(/positive integer/);
    expect(() => generateDataset({ briefings: 1, seed: -1 })).toThrow(/seed/);
  });
});

describe("generateDataset: shape", () => {
  const d = generateDataset({ briefings: 400 });

  it("has N meetings, each with 3 to 5 sessions and one archived source", () => {
    expect(d.meetings).toHaveLength(400);
    for (const m of d.meetings) {
      expect(m.sessions.length).toBeGreaterThanOrEqual(3);
      expect(m.sessions.length).toBeLessThanOrEqual(5);
      expect(m.sources.filter((s) => getSource(d, s)?.archive).length).toBe(1);
    }
  });

  it("shares speakers across briefings, from a pool of about N/4 + 20 people", () => {
    expect(d.people.length).toBeLessThanOrEqual(peoplePoolSize(400));
    expect(d.people.length).toBeGreaterThan(20);
    const meetingsPerPerson = new Map<string, Set<string>>();
    for (const p of d.participations) if (p.person) meetingsPerPerson.set(p.person, (meetingsPerPerson.get(p.person) ?? new Set()).add(p.meeting));
    expect(Math.max(...[...meetingsPerPerson.values()].map((s) => s.size))).toBeGreaterThan(5);
  });

  it("gives some people more than one role over time", () => {
    const rolesPerPerson = new Map<string, number>();
    for (const r of d.roles) rolesPerPerson.set(r.person, (rolesPerPerson.get(r.person) ?? 0) + 1);
    expect([...rolesPerPerson.values()].some((n) => n > 1)).toBe(true);
  });

  it("has quotes, figures, statements and every kind of generated correction", () => {
    expect(d.quotes.length).toBeGreaterThan(400);
    expect(d.figures.length).toBeGreaterThan(100);
    expect(d.statements.length).toBeGreaterThan(1000);
    const kinds = new Set(d.corrections.map((c) => `${c.kind}/${c.action}`));
    expect([...kinds].sort()).toEqual(["injected-text-excised/repaired", "lost-link-target/flagged", "typo/repaired", "words-restored/repaired"]);
  });

  it("writes quotes, names and figures into the text, at code point offsets", () => {
    const text = (id: string) => getSource(d, id)!.archive!.text;
    // Some texts hold a code point outside the BMP before the spans, so code points and UTF-16 units differ.
    const astral = d.sources.find((s) => s.archive && /[\u{10000}-\u{10FFFF}]/u.test(s.archive.text))!;
    expect(codePointLength(astral.archive!.text)).toBeLessThan(astral.archive!.text.length);
    for (const q of d.quotes.slice(0, 50)) {
      const span = q.evidence[0];
      const t = text(span.source);
      expect(sliceCodePoints(t, span.start, span.end)).toBe(span.exact);
      expect(toCodePointOffset(t, t.indexOf(span.exact))).toBe(span.start);
    }
    for (const p of d.people.slice(0, 50)) {
      const span = p.evidence[0]!;
      expect(span.kind === "span" && span.exact).toBe(p.name);
    }
    for (const f of d.figures.slice(0, 50)) {
      const span = f.evidence[0]!;
      expect(span.kind === "span" && span.exact.includes(f.asStated)).toBe(true);
    }
  });

  it("repairs a typo inside some quotes: the quote shows the repaired word", () => {
    const typo = d.corrections.find((c) => c.kind === "typo")!;
    const quote = d.quotes.find((q) => q.evidence[0].source === typo.source && q.evidence[0].start <= typo.start && typo.end <= q.evidence[0].end)!;
    expect(quote.evidence[0].exact).toContain(typo.before);
    expect(quote.text).toContain(typo.after);
    expect(quote.text).not.toContain(typo.before);
  });
});

describe("generateRecords", () => {
  it("streams the same records as generateDataset, each briefing's as it is made", () => {
    const whole = generateDataset({ briefings: 30, seed: 5 });
    const streamed: Record<string, unknown[]> = {};
    let firstMeetingAt = -1;
    let n = 0;
    for (const { collection, record } of generateRecords({ briefings: 30, seed: 5 })) {
      (streamed[collection] ??= []).push(record);
      if (collection === "meetings" && firstMeetingAt < 0) firstMeetingAt = n;
      n++;
    }
    for (const c of ["sources", "corrections", "organizations", "people", "roles", "meetings", "participations", "statements", "quotes", "figures"] as const) {
      expect(streamed[c] ?? [], c).toEqual(whole[c]);
    }
    // The first meeting comes out long before the end: records are not held back until the end.
    expect(firstMeetingAt).toBeLessThan(n / 10);
    expect(datasetHeader({ briefings: 30, seed: 5 })).toEqual({ version: whole.version, license: whole.license, citation: whole.citation });
  });
});
