// The site's search index as files (built once per build process): a manifest, key shards and
// document chunks, so that a query loads a few small files instead of one index of the whole dataset.
import { buildSearchIndex, searchDocuments, shardSearchIndex, type SearchDocument } from "@briefings/core";
import type { Dataset } from "@briefings/core";

/** What a search hit shows (its searchable text stays in the key shards). */
export type SearchHitDocument = Pick<SearchDocument, "kind" | "id" | "meeting" | "title" | "detail">;

const built = new WeakMap<Dataset, Map<string, string>>();

/** The files of the search index of `dataset` (name → JSON text). */
export function searchIndexFiles(dataset: Dataset): Map<string, string> {
  let files = built.get(dataset);
  if (!files) {
    const display = ({ kind, id, meeting, title, detail }: SearchDocument): SearchHitDocument => ({ kind, id, ...(meeting === undefined ? {} : { meeting }), title, detail });
    files = shardSearchIndex(buildSearchIndex(searchDocuments(dataset)), display);
    built.set(dataset, files);
  }
  return files;
}
