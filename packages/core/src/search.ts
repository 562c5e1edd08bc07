// @briefings/core/search: querying a prebuilt search index, without the dataset or zod (for browsers).
export { buildSearchIndex, search, tokenize, type SearchDocument, type SearchHit, type SearchIndex, type SearchKind } from "./queries/search";
