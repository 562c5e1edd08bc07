// The seed press release, ingested, against its curated record in @briefings/core. Every
// expectation is computed from the curated data; nothing is hard-coded beyond finding the seed.
import { dataset, indexById } from "@briefings/core";
import type { Evidence } from "@briefings/core";
import { beforeAll, describe, expect, it } from "vitest";
import { ingestBytes, type IngestResult } from "../src";
import { seed } from "./helpers";

const spanOf = (evidence: readonly Evidence[]) => {
  const span = evidence.find((e) => e.kind === "span");
  return span?.kind === "span" ? { start: span.start, end: span.end, exact: span.exact } : undefined;
};
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

describe("ingest: the seed against its curated record", () => {
  const { source, meeting, bytes } = seed();
  const curatedParticipations = dataset.participations.filter((p) => p.meeting === meeting.id);
  let result: IngestResult;
  beforeAll(() => {
    const out = ingestBytes(bytes);
    if (!out.ok) throw new Error(out.error.message);
    result = out.result;
  });
  const curatedParticipation = (id: string | undefined) => (id === undefined ? undefined : indexById(curatedParticipations).get(id));
  const draftParticipation = (id: string | undefined) => (id === undefined ? undefined : indexById(result.draft.participations).get(id));

  it("produces a valid draft that keeps the original text byte for byte", () => {
    expect(result.problems).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.draft.source.archive?.text).toBe(source.archive!.text);
    expect(result.draft.source.archive?.sha256).toBe(source.archive!.sha256);
    expect(result.draft.source.archive?.bytes).toBe(source.archive!.bytes);
  });

  it("links the meeting to the curated one (same id)", () => {
    expect(result.draft.meeting.id).toBe(meeting.id);
    expect(result.draft.links.meeting).toEqual({ id: meeting.id, existing: true });
  });

  it("reads the date, the title and the type with the curated evidence", () => {
    expect(result.draft.meeting.dates?.value).toEqual(meeting.dates.value);
    expect(spanOf(result.draft.meeting.dates!.evidence)).toEqual(spanOf(meeting.dates.evidence));
    expect(result.draft.meeting.title?.value).toBe(meeting.title.value);
    expect(spanOf(result.draft.meeting.title!.evidence)).toEqual(spanOf(meeting.title.evidence));
    expect(result.draft.meeting.type?.value).toBe(meeting.type.value);
  });

  it("finds every named speaker with their post and organization, linked to the existing person and role", () => {
    const named = curatedParticipations.filter((p) => p.person !== undefined);
    expect(named.length).toBeGreaterThan(0);
    for (const curated of named) {
      const draft = result.draft.participations.find((p) => p.person === curated.person);
      expect(draft, curated.person).toBeDefined();
      expect(draft!.organization).toBe(curated.organization);
      expect(draft!.capacity).toBe(curated.capacity);
      expect(draft!.roles).toEqual(curated.roles);
      if (curated.session) expect(draft!.session).toBe(curated.session);
      expect(result.draft.links.people).toContainEqual(expect.objectContaining({ id: curated.person, existing: true }));
    }
    // The posts are linked, so none is added; each linked post is the curated one (title as stated, organization).
    expect(result.draft.roles).toEqual([]);
    expect(result.draft.people).toEqual([]);
  });

  it("finds the unnamed speaker (the acting CTC Chair) as a participation with a description", () => {
    const unnamed = curatedParticipations.filter((p) => p.person === undefined && p.description !== undefined);
    expect(unnamed.length).toBeGreaterThan(0);
    for (const curated of unnamed) {
      const words = curated.description!.replace(/\s*\(.*$/u, "").toLowerCase();
      const draft = result.draft.participations.find((p) => p.person === undefined && p.description?.toLowerCase().startsWith(words));
      expect(draft, curated.description).toBeDefined();
      expect(draft!.organization).toBe(curated.organization);
      expect(draft!.capacity).toBe(curated.capacity);
      expect(draft!.session).toBe(curated.session);
    }
  });

  it("finds every organization represented, linked to its existing id, with the curated span", () => {
    const represented = curatedParticipations.filter((p) => p.capacity === "participant" && p.organization !== undefined && p.person === undefined);
    expect(represented.length).toBeGreaterThan(0);
    for (const curated of represented) {
      const draft = result.draft.participations.find((p) => p.capacity === "participant" && p.organization === curated.organization);
      expect(draft, curated.organization).toBeDefined();
      expect(spanOf(draft!.evidence)).toEqual(spanOf(curated.evidence));
    }
    expect(result.draft.organizations).toEqual([]);
    expect(result.draft.links.organizations.every((o) => o.existing)).toBe(true);
  });

  it("finds every quote with its exact span, text and speaker", () => {
    const curatedQuotes = dataset.quotes.filter((q) => q.meeting === meeting.id);
    expect(curatedQuotes.length).toBeGreaterThan(0);
    expect(result.draft.quotes).toHaveLength(curatedQuotes.length);
    for (const curated of curatedQuotes) {
      const span = spanOf(curated.evidence)!;
      const draft = result.draft.quotes.find((q) => q.evidence[0].start === span.start && q.evidence[0].end === span.end);
      expect(draft, curated.id).toBeDefined();
      expect(draft!.evidence[0].exact).toBe(span.exact);
      expect(draft!.text).toBe(curated.text);
      const person = curatedParticipation(curated.participation)!.person;
      expect(draftParticipation(draft!.participation)!.person).toBe(person);
    }
  });

  it("finds both figures: value, approximation, period, speaker and evidence", () => {
    const curatedFigures = dataset.figures.filter((f) => f.meeting === meeting.id);
    expect(curatedFigures.length).toBeGreaterThan(0);
    for (const curated of curatedFigures) {
      const draft = result.draft.figures.find((f) => f.value === curated.value);
      expect(draft, curated.id).toBeDefined();
      expect(draft!.approximate).toBe(curated.approximate);
      expect(draft!.period).toEqual(curated.period);
      expect(draft!.asOf).toBe(curated.asOf);
      expect(spanOf(draft!.evidence)).toEqual(spanOf(curated.evidence));
      const person = curatedParticipation(curated.participation)?.person;
      expect(draftParticipation(draft!.participation)?.person).toBe(person);
    }
  });

  it("excises the injected tokens and restores “United Nations”, as the curated corrections do", () => {
    const curated = dataset.corrections.filter((c) => c.source === source.id && (c.kind === "injected-text-excised" || c.kind === "words-restored"));
    expect(curated.length).toBeGreaterThan(0);
    for (const c of curated.filter((x) => x.kind === "injected-text-excised")) {
      expect(result.draft.corrections).toContainEqual(expect.objectContaining({ kind: c.kind, action: c.action, start: c.start, end: c.end, before: c.before, after: c.after }));
    }
    // A restoration is an insertion next to the excised token it replaces: before it or after it.
    for (const c of curated.filter((x) => x.kind === "words-restored")) {
      const token = curated.find((x) => c.related?.includes(x.id))!;
      const draft = result.draft.corrections.find((d) => d.kind === "words-restored" && d.after === c.after);
      expect(draft, c.id).toBeDefined();
      expect([token.start, token.end]).toContain(draft!.start);
      expect(draft!.end).toBe(draft!.start);
    }
    expect(result.draft.corrections.map((c) => c.id)).toEqual(result.draft.corrections.map((_, i) => `${meeting.id}-correction-${i + 1}`));
    expect(result.repairedText).toContain("the United Nations Office of Counter-Terrorism");
  });

  it("reports every curated statement, by the same speaker, at an overlapping span", () => {
    for (const curated of dataset.statements.filter((s) => s.meeting === meeting.id)) {
      const c = curatedParticipation(curated.participation)!;
      const span = spanOf(curated.evidence)!;
      const found = result.draft.statements.find((s) => {
        const p = draftParticipation(s.participation)!;
        const same = c.person ? p.person === c.person : p.description !== undefined && p.organization === c.organization;
        return same && overlaps(spanOf(s.evidence)!, span);
      });
      expect(found, curated.id).toBeDefined();
    }
  });

  it("infers the curated topics, sessions and objectives", () => {
    expect(result.draft.meeting.topics).toEqual(expect.arrayContaining(meeting.topics));
    expect(result.draft.meeting.sessions!.map((s) => s.id)).toEqual(meeting.sessions.map((s) => s.id));
    for (const s of meeting.sessions.filter((x) => x.summary)) {
      const draft = result.draft.meeting.sessions!.find((d) => d.id === s.id)!;
      expect(spanOf(draft.summary!.evidence)).toEqual(spanOf(s.summary!.evidence));
    }
    for (const o of meeting.objectives.filter((x) => spanOf(x.evidence))) {
      expect(result.draft.meeting.objectives!.map((d) => spanOf(d.evidence))).toContainEqual(spanOf(o.evidence));
    }
  });

  it("leaves the venue empty: the press release does not state it (the curators took it from another source)", () => {
    expect(meeting.venue?.evidence.some((e) => e.kind === "span" && e.source === source.id)).not.toBe(true);
    expect(result.draft.meeting.venue).toBeUndefined();
    expect(result.gaps.some((g) => g.startsWith("venue"))).toBe(true);
  });

  it("gives every fact's evidence the original text at its span", () => {
    const text = Array.from(source.archive!.text);
    for (const f of result.facts) for (const e of f.evidence) expect(text.slice(e.start, e.end).join("")).toBe(e.exact);
  });

  it("lowers the confidence of a fact whose span crosses a repair", () => {
    const unoct = result.draft.participations.find((p) => p.capacity === "participant" && p.organization === "unoct")!;
    const other = result.draft.participations.find((p) => p.capacity === "participant" && p.organization !== "unoct")!;
    expect(unoct.confidence!).toBeLessThan(other.confidence!);
  });
});
