import { formatDate } from "../format";
import type { Dataset } from "../schemas/dataset";
import type { Evidence } from "../schemas/evidence";
import { SOURCE_KIND_LABELS, labelOf } from "../vocabulary";
import { getSource, sourceUrl } from "./sources";

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
    passage: evidence.kind === "span" ? { prefix: evidence.prefix ?? "", exact: evidence.exact, suffix: evidence.suffix ?? "" } : undefined,
    url: source ? sourceUrl(source) : undefined,
  };
}
