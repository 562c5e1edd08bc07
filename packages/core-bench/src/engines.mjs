// The search engines the benchmark compares, each behind the same two calls: `build(documents)` and
// `query(q)` → ids of the best `LIMIT` hits. Every engine indexes the same fields (title, text, detail)
// with core's word splitting (`tokenize`), matches every word of a query (AND) as a word prefix, and
// ranks title matches higher, as closely as its options allow.
import { Index as FlexIndex } from "flexsearch";
import MiniSearch from "minisearch";
import { create, insertMultiple, search as oramaSearch } from "@orama/orama";
import { buildSearchIndex, search, tokenize } from "@briefings/core/search";

/** Hits a query returns (the site shows this many). */
export const LIMIT = 100;

/** @typedef {{ title: string, text: string, detail: string }} Doc */

export const ENGINES = {
  /** @briefings/core's own index. */
  core: {
    label: "@briefings/core",
    build(documents) {
      const index = buildSearchIndex(documents);
      return (q) => search(index, q, { limit: LIMIT }).map((h) => h.document);
    },
  },
  /** flexsearch: forward (prefix) tokenization, one field with the title first (its score favours early words). */
  flexsearch: {
    label: "flexsearch (Index, tokenize: forward)",
    build(documents) {
      const index = new FlexIndex({ tokenize: "forward", encode: tokenize, resolution: 9 });
      documents.forEach((d, i) => index.add(i, `${d.title} ${d.text} ${d.detail}`));
      return (q) => index.search(q, { limit: LIMIT }).map((i) => documents[i]);
    },
  },
  /** MiniSearch: three fields, prefix search, AND, title boosted. */
  minisearch: {
    label: "MiniSearch (prefix, AND, title boost 2)",
    build(documents) {
      const index = new MiniSearch({
        fields: ["title", "text", "detail"],
        idField: "n",
        tokenize,
        processTerm: (t) => t,
        searchOptions: { prefix: true, combineWith: "AND", boost: { title: 2 } },
      });
      index.addAll(documents.map((d, n) => ({ n, title: d.title, text: d.text, detail: d.detail })));
      return (q) => index.search(q).slice(0, LIMIT).map((r) => documents[r.id]);
    },
  },
  /** Orama: three string fields, all terms required (threshold 0), title boosted. */
  orama: {
    label: "Orama (threshold 0, title boost 2)",
    build(documents) {
      const db = create({
        schema: { title: "string", text: "string", detail: "string", n: "number" },
        components: { tokenizer: { language: "english", normalizationCache: new Map(), tokenize: (raw) => tokenize(raw) } },
      });
      insertMultiple(
        db,
        documents.map((d, n) => ({ n, title: d.title, text: d.text, detail: d.detail })),
        documents.length,
      );
      return (q) => oramaSearch(db, { term: q, limit: LIMIT, threshold: 0, boost: { title: 2 } }).hits.map((h) => documents[h.document.n]);
    },
  },
};
