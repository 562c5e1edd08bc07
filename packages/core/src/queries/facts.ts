// The attested facts of a meeting as a reader sees them: each value written out, with its confidence, its note, and the
// values other sources give for it (and why the record prefers its own). Front ends show a disputed fact beside its
// value; the terminal lists them all.
import type { Attested } from "../schemas/attested";
import type { Evidence } from "../schemas/evidence";
import type { Meeting } from "../schemas/meeting";
import type { Figure } from "../schemas/speech";
import { formatDateRange, formatNumber, formatSeries, formatVenue } from "../format";
import { MEETING_TYPE_LABELS, type FACTS } from "../vocabulary";

/** A fact of a meeting (`FACTS`). */
export type FactName = (typeof FACTS)[number];

/** A value another source gives for a fact, written out. */
export interface FactAlternative {
  value: string;
  evidence: Evidence[];
  note?: string | undefined;
}

/** One attested fact of a meeting, written out, with its provenance. */
export interface MeetingFact {
  fact: FactName;
  /** The position (from 1) among facts of its kind, where a meeting has several (objectives, other titles, claims). */
  number?: number | undefined;
  /** The session, for a session's title or summary. */
  session?: string | undefined;
  /** The record's value, written out. */
  value: string;
  evidence: Evidence[];
  /** 0..1; `undefined` means certain (for a draft: the ingest's confidence). */
  confidence?: number | undefined;
  note?: string | undefined;
  /** Values other sources give (empty when no source disagrees). */
  alternatives: FactAlternative[];
  /** Why the record's value is preferred over the alternatives. */
  preferred?: string | undefined;
}

/** A fact's value written out: a date range in words, a type by its label, a venue, a series; text as it is. */
export function formatFactValue(fact: FactName, value: unknown): string {
  if (value === null || value === undefined) return "";
  switch (fact) {
    case "dates": {
      const v = value as { start?: unknown; end?: unknown };
      return typeof v.start === "string" && typeof v.end === "string" ? formatDateRange({ start: v.start, end: v.end }) : String(value);
    }
    case "type":
      return Object.hasOwn(MEETING_TYPE_LABELS, String(value)) ? MEETING_TYPE_LABELS[value as keyof typeof MEETING_TYPE_LABELS] : String(value);
    case "venue": {
      const v = value as Parameters<typeof formatVenue>[0];
      return typeof v === "object" && Array.isArray(v.locations) ? formatVenue(v) : String(value);
    }
    case "series": {
      const v = value as Parameters<typeof formatSeries>[0];
      return typeof v === "object" && typeof v.name === "string" ? formatSeries(v) : String(value);
    }
    default:
      return typeof value === "string" ? value : JSON.stringify(value);
  }
}

/** One attested value as a `MeetingFact`. */
export function factOf<T>(fact: FactName, attested: Attested<T>, where: { number?: number; session?: string } = {}): MeetingFact {
  return {
    fact,
    ...where,
    value: formatFactValue(fact, attested.value),
    evidence: attested.evidence ?? [],
    confidence: attested.confidence,
    note: attested.note,
    alternatives: (attested.alternatives ?? []).map((a) => ({ value: formatFactValue(fact, a.value), evidence: a.evidence ?? [], note: a.note })),
    preferred: attested.preferred,
  };
}

/** Every attested fact of a meeting, in reading order: title, other titles, date, time, type, venue, series, summary, objectives, sessions, claims. */
export function meetingFacts(meeting: Meeting): MeetingFact[] {
  const facts: MeetingFact[] = [factOf("title", meeting.title)];
  (meeting.alternateTitles ?? []).forEach((t, i) => facts.push(factOf("alternateTitle", t, { number: i + 1 })));
  facts.push(factOf("dates", meeting.dates));
  if (meeting.startTime) facts.push(factOf("startTime", meeting.startTime));
  facts.push(factOf("type", meeting.type));
  if (meeting.venue) facts.push(factOf("venue", meeting.venue));
  if (meeting.series) facts.push(factOf("series", meeting.series));
  if (meeting.summary) facts.push(factOf("summary", meeting.summary));
  (meeting.objectives ?? []).forEach((o, i) => facts.push(factOf("objective", o, { number: i + 1 })));
  for (const s of meeting.sessions ?? []) {
    if (s.title) facts.push(factOf("sessionTitle", s.title, { session: s.id }));
    if (s.summary) facts.push(factOf("sessionSummary", s.summary, { session: s.id }));
  }
  (meeting.claims ?? []).forEach((c, i) => facts.push(factOf("claim", c, { number: i + 1 })));
  return facts;
}

/** The facts of a meeting that sources disagree on (those with alternatives). */
export function disputedFacts(meeting: Meeting): MeetingFact[] {
  return meetingFacts(meeting).filter((f) => f.alternatives.length > 0);
}

/** The facts of a meeting given with a confidence below certainty (a draft's ingest confidences, a curator's doubts). */
export function uncertainFacts(meeting: Meeting): MeetingFact[] {
  return meetingFacts(meeting).filter((f) => f.confidence !== undefined && f.confidence < 1);
}

/** A figure as a fact: its number as stated (and as a number), and the numbers other sources give. */
export function figureFact(figure: Figure): Omit<MeetingFact, "fact"> {
  const written = (asStated: string, value: number) => (asStated.includes(formatNumber(value)) || asStated.includes(String(value)) ? asStated : `${asStated} (${formatNumber(value)})`);
  return {
    value: written(figure.asStated, figure.value),
    evidence: figure.evidence,
    confidence: figure.confidence,
    note: figure.note,
    alternatives: (figure.alternatives ?? []).map((a) => ({ value: written(a.asStated, a.value), evidence: a.evidence, note: a.note })),
    preferred: figure.preferred,
  };
}
