// Where a fact's evidence leads: a span to its mark in the source view, a citation to the source's URL.
import { SOURCE_KIND_LABELS, describeEvidence, getSource, labelOf, perDataset, sourceUrl } from "@briefings/core";
import type { Dataset, Evidence, EvidenceDescription, Source } from "@briefings/core";
import { recordPath, safeHref } from "./safe-href";

/** The DOM id of an evidence span's mark in the source view (digits only, so always a safe fragment). */
export function spanAnchor(start: number, end: number): string {
  return `span-${Math.trunc(start)}-${Math.trunc(end)}`;
}

/** How to name a kind of source (core's label; the kind itself when data outside the vocabulary has another). */
export function sourceKindLabel(kind: string): string {
  return labelOf(SOURCE_KIND_LABELS, kind);
}

/** A piece of evidence ready to show: a label and, when it can be followed safely, where it leads. */
export interface EvidenceLink {
  /** Short visible text ("Press release, passage"). */
  label: string;
  /** Longer description for assistive technology and tooltips. */
  description: string;
  /** Site path or external http(s) URL; `undefined` when there is nowhere safe to go. */
  href?: string | undefined;
  /** `true` for an external link. */
  external: boolean;
}

/**
 * Resolves one piece of evidence against the dataset: a span leads to its mark in the source view (when the source
 * is archived); a citation to the source's http(s) URL, else to the source's page on this site.
 */
export function evidenceLink(dataset: Dataset, evidence: Evidence, sources?: ReadonlyMap<string, Source>): EvidenceLink {
  const source = sources ? sources.get(evidence.source) : getSource(dataset, evidence.source);
  const kind = source ? sourceKindLabel(source.kind) : "Source";
  const title = source?.title ?? evidence.source;
  if (evidence.kind === "span") {
    const archived = source?.archive !== undefined;
    return {
      label: `${kind}, passage`,
      description: `The passage “${evidence.exact}” in ${title}`,
      href: archived ? `${recordPath("sources", evidence.source)}#${spanAnchor(evidence.start, evidence.end)}` : undefined,
      external: false,
    };
  }
  const url = source ? safeHref(sourceUrl(source)) : undefined;
  const locator = evidence.locator ? ` (${evidence.locator})` : "";
  // A cited source without a safe address leads to its page here (where its locations and defects are listed).
  return {
    label: `${kind}${locator}`,
    description: `${title}${locator}`,
    href: url ?? (source ? recordPath("sources", source.id) : undefined),
    external: url !== undefined,
  };
}

/** Everything a reader is shown about one piece of evidence: core's description, and where its links lead here. */
export interface EvidenceDetail extends EvidenceLink, EvidenceDescription {
  /** The source's page on this site (its locations, defects and, when archived, its text). */
  sourcePage?: string | undefined;
}

/** Resolves one piece of evidence for a reader (see `EvidenceDetail`). */
export function evidenceDetail(dataset: Dataset, evidence: Evidence): EvidenceDetail {
  const description = describeEvidence(dataset, evidence);
  return {
    ...description,
    ...evidenceLink(dataset, evidence),
    sourcePage: description.known ? recordPath("sources", description.sourceId) : undefined,
  };
}

/** A span of an archived source that some fact cites. */
export interface CitedSpan {
  start: number;
  end: number;
  /** The span's recorded text (the first citation's, when two record the same offsets). */
  exact: string;
}

/** Every span evidence anywhere in the dataset that points into `sourceId`, each (start, end) once, in text order. */
export function spansOfSource(dataset: Dataset, sourceId: string): readonly CitedSpan[] {
  return spansBySource(dataset).get(sourceId) ?? [];
}

/**
 * The cited spans of every source, from one walk over the dataset (every collection but the sources and their
 * corrections, at any depth), built once per dataset: a source's page needs its own, and there is a page per source.
 */
const spansBySource = perDataset((dataset) => {
  const bySource = new Map<string, Map<string, CitedSpan>>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const v of value) visit(v);
      return;
    }
    if (value === null || typeof value !== "object") return;
    const v = value as Record<string, unknown>;
    if (v.kind === "span" && typeof v.source === "string" && typeof v.start === "number" && typeof v.end === "number") {
      let seen = bySource.get(v.source);
      if (!seen) bySource.set(v.source, (seen = new Map()));
      const key = `${v.start}-${v.end}`;
      if (!seen.has(key)) seen.set(key, { start: v.start, end: v.end, exact: typeof v.exact === "string" ? v.exact : "" });
      return;
    }
    for (const child of Object.values(v)) visit(child);
  };
  for (const [key, collection] of Object.entries(dataset)) if (key !== "sources" && key !== "corrections") visit(collection);
  const sorted = new Map<string, CitedSpan[]>();
  for (const [source, seen] of bySource) sorted.set(source, [...seen.values()].sort((a, b) => a.start - b.start || b.end - a.end));
  return sorted;
});
