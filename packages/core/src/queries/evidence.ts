import type { Correction } from "../schemas/correction";
import type { Dataset } from "../schemas/dataset";
import type { CitationEvidence, Evidence, SpanEvidence } from "../schemas/evidence";
import type { Source } from "../schemas/source";
import { applyCorrections } from "../text/corrections";
import { getSource, sourceCorrections, sourceUrl } from "./sources";

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
