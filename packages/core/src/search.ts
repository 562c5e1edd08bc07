// @briefings/core/search: the search engine, without the dataset or zod (for browsers): building and
// querying an index, and the sharded form of an index that a static site serves.
export { buildSearchIndex, matchingDocuments, search, searchPage, type IndexOptions, type Searchable, type SearchOptions, type SearchPage } from "./search-engine/engine";
export { segmentedIndex, type SegmentedIndex } from "./search-engine/segments";
export { tokenize } from "./search-engine/tokenize";
export type { SearchDocument, SearchHit, SearchIndex, SearchKind } from "./queries/search";
export { shardSearchIndex, ShardedSearch, shardFile, type ShardHit, type ShardManifest, type ShardOptions } from "./search-engine/shards";
