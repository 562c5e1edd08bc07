// The entity collections of the dataset and the singular type name of each.
import { COLLECTIONS, citationFormats, datasetCitation, type CollectionName, type CslItem, type Dataset } from "@briefings/core";
import type { TextCache } from "./canonical";

/** Singular type names, one per collection (as used by NDJSON lines and the static API). */
export const ENTITY_TYPES = {
  sources: "source",
  corrections: "correction",
  organizations: "organization",
  people: "person",
  roles: "role",
  meetings: "meeting",
  participations: "participation",
  statements: "statement",
  quotes: "quote",
  figures: "figure",
} as const satisfies Record<CollectionName, string>;

/** The type name of one entity. */
export type EntityType = (typeof ENTITY_TYPES)[CollectionName];

/** One record of a collection. */
export type EntityOf<C extends CollectionName> = Dataset[C][number];

/** Collections in dataset order (sources first: records come after what they refer to). */
export const ENTITY_COLLECTIONS: readonly CollectionName[] = COLLECTIONS;

/** How to cite something, in every style the site offers (core's `citationFormats`). */
export interface CiteFormats {
  /** The plain reference. */
  text: string;
  /** A BibTeX entry. */
  bibtex: string;
  /** A CSL-JSON item. */
  csl: CslItem;
}

/** The dataset's metadata: everything but the collections, and how to cite it (with the site's address when known). */
export function datasetMetadata(dataset: Dataset, siteUrl?: string): { version: string; license: string; citation: string; cite: CiteFormats } {
  return {
    version: dataset.version,
    license: dataset.license,
    citation: dataset.citation,
    cite: citationFormats(datasetCitation(dataset, siteUrl === undefined ? {} : { origin: siteUrl })),
  };
}

/**
 * A text cache (see `compactJson`) for every record of the dataset: the JSON formats of one export then
 * serialise each record once, whichever writes it first, and reuse its text (dataset.json, the NDJSON
 * lines and the API files hold the same records).
 */
export function recordTexts(dataset: Dataset): TextCache {
  const texts: TextCache = new Map();
  for (const collection of ENTITY_COLLECTIONS) for (const record of dataset[collection]) texts.set(record, undefined);
  return texts;
}
