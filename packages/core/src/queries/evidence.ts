import { formatDate } from "../format";
import type { Correction } from "../schemas/correction";
import type { Dataset } from "../schemas/dataset";
import type { CitationEvidence, Evidence, SpanEvidence } from "../schemas/evidence";
import type { Source } from "../schemas/source";
import { CodePointText, codePointLength } from "../text/code-points";
import { applyCorrections } from "../text/corrections";
import { SOURCE_KIND_LABELS, labelOf } from "../vocabulary";
import { perDataset } from "./lookup";
import { getSource, sourceCorrections, sourceUrl } from "./sources";

/** A piece of evidence described for a reader: what the source is, where in it, and the words. */
export interface EvidenceDescription {
  /** Identity of the evidence (same source and place, same key): to number each piece once. */
  key: string;
  /** The id of the source. */
  sourceId: string;
  /** Is the source in the dataset? */
  known: boolean;
  /** Is its text archived (so a passage can be shown highlighted in it)? */
  archived: boolean;
  /** The source's title (its id when the source is unknown). */
  sourceTitle: string;
  /** The kind of source, in words ("Press release"; "Source" when unknown). */
  kindLabel: string;
  /** When the source was published, in words; "" when unknown. */
  published: string;
  /** Where in the source: "characters 2458–2554" for a passage, a citation's locator, or "" for a whole source. */
  locator: string;
  /** For a passage: the exact words, with the context before and after them (up to 32 characters each). */
  passage?: { prefix: string; exact: string; suffix: string } | undefined;
  /** The source's address (official first), as the data gives it: check it before making a link of it. */
  url?: string | undefined;
}

/** The identity of a piece of evidence: its source and place. */
export function evidenceKey(evidence: Evidence): string {
  return evidence.kind === "span"
    ? `span:${evidence.source}:${Math.trunc(evidence.start)}-${Math.trunc(evidence.end)}`
    : `citation:${evidence.source}:${evidence.locator ?? ""}`;
}

/** Describes one piece of evidence for a reader (see `EvidenceDescription`). */
export function describeEvidence(dataset: Dataset, evidence: Evidence): EvidenceDescription {
  const source = getSource(dataset, evidence.source);
  return {
    key: evidenceKey(evidence),
    sourceId: evidence.source,
    known: source !== undefined,
    archived: source?.archive !== undefined,
    sourceTitle: source?.title ?? evidence.source,
    kindLabel: source ? labelOf(SOURCE_KIND_LABELS, source.kind) : "Source",
    published: source?.published ? formatDate(source.published) : "",
    locator: evidence.kind === "span" ? `characters ${Math.trunc(evidence.start)}–${Math.trunc(evidence.end)}` : (evidence.locator ?? ""),
    passage: evidence.kind === "span" ? passageOf(dataset, source, evidence) : undefined,
    url: source ? sourceUrl(source) : undefined,
  };
}

/** Each archived source's text, indexed by code point once per dataset (a page cites the same sources many times). */
const archivedTexts = perDataset(() => new Map<string, CodePointText>());

/**
 * A span's words with the words around it as a reader sees them. The context is the archived text next to the span,
 * as long as the recorded prefix and suffix, with the source's repairs applied: the recorded context is the raw text
 * (it anchors the span), where injected text or mis-decoded characters must not be shown as the source's words. A
 * repair that reaches past an end of the context cuts the context there. Offsets that do not fit the text (data that
 * was not validated) leave the recorded context as it is.
 */
function passageOf(dataset: Dataset, source: Source | undefined, evidence: SpanEvidence): NonNullable<EvidenceDescription["passage"]> {
  const recorded = { prefix: evidence.prefix ?? "", exact: evidence.exact, suffix: evidence.suffix ?? "" };
  if (source?.archive === undefined) return recorded;
  const cache = archivedTexts(dataset);
  let text = cache.get(source.id);
  if (text === undefined) cache.set(source.id, (text = new CodePointText(source.archive.text)));
  const { start, end } = evidence;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) return recorded;
  const corrections = sourceCorrections(dataset, source.id);
  return {
    prefix: repairedContext(text, corrections, Math.max(0, start - codePointLength(recorded.prefix)), start),
    exact: recorded.exact,
    suffix: repairedContext(text, corrections, end, Math.min(text.length, end + codePointLength(recorded.suffix))),
  };
}

/** The code points `[from, to)` of `text` with the repairs inside applied, cut short of any repair that crosses an end. */
function repairedContext(text: CodePointText, corrections: readonly Correction[], from: number, to: number): string {
  // Corrections come in text order: `from` moves forward past each one that crosses it, `to` back before each.
  for (const c of corrections) if (c.start < from && c.end > from) from = c.end;
  for (let i = corrections.length - 1; i >= 0; i--) {
    const c = corrections[i]!;
    if (c.start < to && c.end > to) to = c.start;
  }
  return from >= to ? "" : applyCorrections(text, corrections, from, to);
}

/** What every resolved piece of evidence says about its source. */
interface ResolvedSource {
  /** The source record (`undefined` only for an unknown id, which validated data never has). */
  source: Source | undefined;
  /** Where to read the source: its official address, else its first address with a URL. */
  url: string | undefined;
}

/** A character span of an archived source, with the passage as it reads once repaired. */
export interface ResolvedSpan extends ResolvedSource {
  kind: "span";
  /** The evidence as recorded (offsets in code points into the raw archived text, and its exact raw text). */
  evidence: SpanEvidence;
  /**
   * The passage as a reader should see it: the archived text at the span with the source's repairs applied
   * (injected text excised, mis-decoded text restored). Without an archive, the recorded `exact` text.
   */
  text: string;
  /** The repairs and flagged defects of the source that touch the span, in text order. */
  corrections: Correction[];
}

/** A citation of a whole source (no archived text), with where in it, in words. */
export interface ResolvedCitation extends ResolvedSource {
  kind: "citation";
  /** The evidence as recorded. */
  evidence: CitationEvidence;
  /** Where in the source the fact is ("Programme", "second paragraph"), when recorded. */
  locator: string | undefined;
}

/** One piece of evidence resolved against its source. */
export type ResolvedEvidence = ResolvedSpan | ResolvedCitation;

/** Anything that carries evidence: an attested meeting fact (`meeting.title`, `meeting.dates`...), a quote, a statement, a figure, a role, a participation, a person. */
export interface Fact {
  readonly evidence: readonly Evidence[];
}

/** The evidence of a fact, each piece resolved to its source: the passage (repaired) for a span, the address and locator for a citation. */
export function evidenceOf(dataset: Dataset, fact: Fact): ResolvedEvidence[] {
  return fact.evidence.map((evidence) => resolveEvidence(dataset, evidence));
}

/** One piece of evidence resolved to its source. */
export function resolveEvidence(dataset: Dataset, evidence: Evidence): ResolvedEvidence {
  const source = getSource(dataset, evidence.source);
  const url = source === undefined ? undefined : sourceUrl(source);
  if (evidence.kind === "citation") return { kind: "citation", evidence, source, url, locator: evidence.locator };
  const all = sourceCorrections(dataset, evidence.source);
  const touching = all.filter((c) => c.start < evidence.end && c.end > evidence.start);
  const text = source?.archive ? applyCorrections(source.archive.text, all, evidence.start, evidence.end) : evidence.exact;
  return { kind: "span", evidence, source, url, text, corrections: touching };
}
