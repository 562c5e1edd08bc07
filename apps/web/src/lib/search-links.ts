// Where search hits lead, and how their kinds are named.
import type { SearchDocument, SearchKind } from "@briefings/core";
import { recordPath } from "./safe-href";

/** Folder of the search index files written at build time (manifest, key shards, document chunks). */
export const SEARCH_INDEX_PATH = "/search-index/";

/** Headings of the kinds of hit. */
export const KIND_LABELS: Readonly<Record<SearchKind, string>> = {
  meeting: "Briefings",
  person: "People",
  organization: "Organizations",
  quote: "Quotes",
  figure: "Figures",
  statement: "Statements",
};

/** The page (and anchor) of a search hit. */
export function hitHref(doc: Pick<SearchDocument, "kind" | "id" | "meeting">): string {
  switch (doc.kind) {
    case "meeting":
      return recordPath("briefings", doc.id);
    case "person":
      return recordPath("people", doc.id);
    case "organization":
      return recordPath("organizations", doc.id);
    default:
      return doc.meeting === undefined ? "/" : `${recordPath("briefings", doc.meeting)}#${encodeURIComponent(doc.id)}`;
  }
}
