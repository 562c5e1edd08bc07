// The search engine: an inverted index whose keys are the words of the documents and their prefixes,
// each with its documents already in rank order, and a ranker that intersects the words of a query.
// Pure and data-free: it runs in Node and in browsers (the site loads parts of an index, see shards.ts).
import { tokenize } from "./tokenize";

/** What the engine indexes: a title (matches there rank higher) and more text. */
export interface Searchable {
  /** Text whose words rank a document first. */
  title: string;
  /** Further text the document is found by. */
  text: string;
  /** A line of context (indexed like `text`). */
  detail?: string;
  /** A category that queries can filter on. */
  kind?: string;
}

/**
 * How well a document matches one query word: 4 the word is a whole word of its title, 3 it starts a
 * word of its title, 2 it is a whole word elsewhere, 1 it starts a word elsewhere. A document's score
 * is the sum over the words of the query.
 */
export type Tier = 1 | 2 | 3 | 4;

/** Tiers in the order their runs are stored: best first. */
const TIERS = [4, 3, 2, 1] as const;

/**
 * Keys and their documents. The documents of key `k` are `postings[runs[4k] .. runs[4k + 4])`, in four
 * runs, one per tier (4, 3, 2, 1), each in ascending document order: so they are in rank order.
 */
export interface KeyPostings {
  /** Sorted unique keys. */
  keys: readonly string[];
  /** `4 × keys.length + 1` offsets into `postings`. */
  runs: Uint32Array;
  /** Document numbers. */
  postings: Uint32Array;
}

/** An index over `documents` (position in the array = document number). Build it once; it is read-only. */
export interface SearchIndex<D extends Searchable = Searchable> extends KeyPostings {
  documents: readonly D[];
  /**
   * Shortest prefix that is a key: query words shorter than this match whole words only (as
   * prefixes they would match most of the index).
   */
  minPrefix: number;
}

/** One hit: a document and its score (higher is better). */
export interface SearchHit<D extends Searchable = Searchable> {
  document: D;
  score: number;
}

/** Options of a query. */
export interface SearchOptions {
  /** At most this many hits (the best ones); all by default. */
  limit?: number;
  /** Only documents of these kinds. */
  kinds?: readonly string[];
}

/** The best hits of a query and how many documents match in all. */
export interface SearchPage<D extends Searchable = Searchable> {
  hits: SearchHit<D>[];
  total: number;
}

/** Options of `buildSearchIndex`. */
export interface IndexOptions {
  /** Shortest prefix a query word may be (default 3); shorter words match whole words only. At least 1. */
  minPrefix?: number;
}

/** A growable array of unsigned 32-bit integers. */
class U32List {
  data = new Uint32Array(4096);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
}

/** An Int32Array that grows (filled with -1). */
function grown(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  if (size <= array.length) return array;
  const bigger = new Int32Array(Math.max(size, array.length * 2)).fill(-1);
  bigger.set(array);
  return bigger;
}

/**
 * Builds the index of `documents`: every word of a title, text and detail (see `tokenize`) and every
 * prefix of it from `minPrefix` letters is a key; a key lists the documents that have it with their
 * tier. Linear in the text. The index keeps the documents array.
 */
export function buildSearchIndex<D extends Searchable>(documents: readonly D[], options: IndexOptions = {}): SearchIndex<D> {
  const minPrefix = Math.max(1, Math.floor(options.minPrefix ?? 3));
  // Keys, and for each distinct token the keys it has: [key, exact (1) or prefix (0)] pairs.
  const keyIds = new Map<string, number>();
  const keys: string[] = [];
  const keyOf = (key: string) => {
    let id = keyIds.get(key);
    if (id === undefined) keyIds.set(key, (id = keys.push(key) - 1));
    return id;
  };
  const tokenKeys = new Map<string, Int32Array>();
  const keysOf = (token: string): Int32Array => {
    let list = tokenKeys.get(token);
    if (list) return list;
    const chars = [...token];
    const prefixes = chars.length < minPrefix ? [token] : Array.from({ length: chars.length - minPrefix + 1 }, (_, i) => chars.slice(0, minPrefix + i).join(""));
    list = new Int32Array(prefixes.length * 2);
    prefixes.forEach((p, i) => {
      list![2 * i] = keyOf(p);
      list![2 * i + 1] = p.length === token.length ? 1 : 0;
    });
    tokenKeys.set(token, list);
    return list;
  };
  // (key, document, tier) triples, one per key and document (the best tier).
  let lastDoc = new Int32Array(4096).fill(-1);
  let lastAt = new Int32Array(4096).fill(-1);
  const keyList = new U32List();
  const docList = new U32List();
  let tiers = new Uint8Array(4096);
  const add = (token: string, doc: number, title: boolean) => {
    const list = keysOf(token);
    for (let i = 0; i < list.length; i += 2) {
      const key = list[i]!;
      const tier = 1 + list[i + 1]! + (title ? 2 : 0);
      if (key >= lastDoc.length) {
        lastDoc = grown(lastDoc, key + 1);
        lastAt = grown(lastAt, key + 1);
      }
      if (lastDoc[key] === doc) {
        const at = lastAt[key]!;
        if (tier > tiers[at]!) tiers[at] = tier;
        continue;
      }
      lastDoc[key] = doc;
      lastAt[key] = keyList.length;
      if (keyList.length === tiers.length) {
        const bigger = new Uint8Array(tiers.length * 2);
        bigger.set(tiers);
        tiers = bigger;
      }
      tiers[keyList.length] = tier;
      keyList.push(key);
      docList.push(doc);
    }
  };
  documents.forEach((doc, d) => {
    for (const token of tokenize(doc.title)) add(token, d, true);
    for (const token of tokenize(doc.text)) add(token, d, false);
    if (doc.detail) for (const token of tokenize(doc.detail)) add(token, d, false);
  });
  // Counting sort of the triples by (key, tier descending); documents stay ascending within a run.
  const order = keys.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : 1));
  const rank = new Uint32Array(keys.length);
  order.forEach((id, r) => (rank[id] = r));
  const runs = new Uint32Array(4 * keys.length + 1);
  const bucket = (i: number) => 4 * rank[keyList.data[i]!]! + (4 - tiers[i]!);
  for (let i = 0; i < keyList.length; i++) runs[bucket(i) + 1]!++;
  for (let b = 0; b < 4 * keys.length; b++) runs[b + 1]! += runs[b]!;
  const next = runs.slice(0, 4 * keys.length);
  const postings = new Uint32Array(keyList.length);
  for (let i = 0; i < keyList.length; i++) postings[next[bucket(i)]!++] = docList.data[i]!;
  return { documents, minPrefix, keys: order.map((id) => keys[id]!), runs, postings };
}

/** The first position in sorted `keys` whose key is not below `key`. */
export function lowerBound(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The words of a query: its tokens, each once, at most 32. */
export function queryWords(query: string): string[] {
  return [...new Set(tokenize(query))].slice(0, 32);
}

/**
 * Where a query word's documents are: `postings[bounds[0] .. bounds[4])`, the runs of tiers 4, 3, 2
 * and 1 starting at `bounds[0..3]`. Empty when no document has the word.
 */
export interface WordPostings {
  postings: Uint32Array;
  bounds: readonly [number, number, number, number, number];
}

const NONE: WordPostings = { postings: new Uint32Array(0), bounds: [0, 0, 0, 0, 0] };

/** A query word's postings in `index` (an index, or a loaded part of one that holds the word's key). */
export function wordPostings(index: KeyPostings, word: string): WordPostings {
  const k = lowerBound(index.keys, word);
  if (index.keys[k] !== word) return NONE;
  const r = index.runs;
  return { postings: index.postings, bounds: [r[4 * k]!, r[4 * k + 1]!, r[4 * k + 2]!, r[4 * k + 3]!, r[4 * k + 4]!] };
}

function size(w: WordPostings): number {
  return w.bounds[4] - w.bounds[0];
}

/** Work arrays of the ranker, one slot per document, kept between queries (all zero between queries). */
const work = { scores: new Uint8Array(0), tier: new Uint8Array(0), candidates: new Uint32Array(0), perScore: new Uint32Array(256) };

function prepare(documentCount: number): void {
  if (work.scores.length >= documentCount) return;
  work.scores = new Uint8Array(documentCount);
  work.tier = new Uint8Array(documentCount);
  work.candidates = new Uint32Array(documentCount);
}

/** The tier of document `d` for a word (0: the word is not in it): a binary search in each run. */
function probe(w: WordPostings, d: number): number {
  const { postings, bounds } = w;
  for (let r = 0; r < 4; r++) {
    let lo = bounds[r]!;
    const end = bounds[r + 1]!;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (postings[mid]! < d) lo = mid + 1;
      else hi = mid;
    }
    if (lo < end && postings[lo] === d) return TIERS[r]!;
  }
  return 0;
}

/**
 * Finds the documents that have every word and scores them (the sum of their tiers). Leaves the
 * matches in `work.candidates[0..count)` in ascending order, their scores in `work.scores`; the caller
 * must `release(count)` them.
 */
function collect(words: readonly WordPostings[], documentCount: number): number {
  if (words.length === 0 || words.some((w) => size(w) === 0)) return 0;
  prepare(documentCount);
  const { scores, tier, candidates } = work;
  const sorted = [...words].sort((a, b) => size(a) - size(b));
  // Candidates: the documents of the rarest word, in document order.
  const first = sorted[0]!;
  let count = 0;
  {
    const { postings, bounds } = first;
    for (let r = 0; r < 4; r++) for (let p = bounds[r]!; p < bounds[r + 1]!; p++) scores[postings[p]!] = TIERS[r]!;
    const n = size(first);
    if (n > documentCount >>> 4) {
      for (let d = 0; d < documentCount; d++) if (scores[d] !== 0) candidates[count++] = d;
    } else {
      for (let p = bounds[0]; p < bounds[4]; p++) candidates[count++] = postings[p]!;
      candidates.subarray(0, count).sort();
    }
  }
  for (let k = 1; k < sorted.length && count > 0; k++) {
    const w = sorted[k]!;
    let kept = 0;
    if (count * 4 * Math.log2(size(w) + 2) < size(w)) {
      // Few candidates: look each one up in the word's runs.
      for (let c = 0; c < count; c++) {
        const d = candidates[c]!;
        const v = probe(w, d);
        if (v > 0) {
          scores[d]! += v;
          candidates[kept++] = d;
        } else scores[d] = 0;
      }
    } else {
      // Many: mark the word's documents, keep the candidates that are marked, unmark.
      const { postings, bounds } = w;
      for (let r = 0; r < 4; r++) for (let p = bounds[r]!; p < bounds[r + 1]!; p++) tier[postings[p]!] = TIERS[r]!;
      for (let c = 0; c < count; c++) {
        const d = candidates[c]!;
        const v = tier[d]!;
        if (v > 0) {
          scores[d]! += v;
          candidates[kept++] = d;
        } else scores[d] = 0;
      }
      for (let p = bounds[0]; p < bounds[4]; p++) tier[postings[p]!] = 0;
    }
    count = kept;
  }
  return count;
}

/** Clears the work arrays after `collect`. */
function release(count: number): void {
  const { scores, candidates } = work;
  for (let c = 0; c < count; c++) scores[candidates[c]!] = 0;
}

/** Drops the matches whose kind (by `kindOf`) is not one of `kinds`; returns the new count. */
function keepKinds(kindOf: (n: number) => string | undefined, kinds: readonly string[], count: number): number {
  const wanted = new Set(kinds);
  const { scores, candidates } = work;
  let kept = 0;
  for (let c = 0; c < count; c++) {
    const d = candidates[c]!;
    if (wanted.has(kindOf(d) ?? "")) candidates[kept++] = d;
    else scores[d] = 0;
  }
  return kept;
}

/** The best `limit` of the `count` matches: higher scores first, then the earlier document (a counting sort). */
function best(count: number, limit: number): number[] {
  const { scores, candidates, perScore } = work;
  const n = Math.min(limit, count);
  perScore.fill(0);
  for (let c = 0; c < count; c++) perScore[scores[candidates[c]!]!]!++;
  let at = 0;
  for (let s = 255; s >= 1; s--) {
    const k = perScore[s]!;
    perScore[s] = at;
    at += k;
  }
  const out = new Array<number>(n);
  for (let c = 0; c < count; c++) {
    const d = candidates[c]!;
    const pos = perScore[scores[d]!]!++;
    if (pos < n) out[pos] = d;
  }
  return out;
}

/** A ranked query: the numbers of the best documents with their scores, and how many match in all. */
export interface Ranked {
  hits: { n: number; score: number }[];
  total: number;
}

/** One word: its runs are already in rank order, so the best hits are its first postings. */
function rankOne(w: WordPostings, limit: number, kinds: Set<string> | undefined, kindOf: ((n: number) => string | undefined) | undefined): Ranked {
  const { postings, bounds } = w;
  const hits: Ranked["hits"] = [];
  if (kinds === undefined) {
    for (let r = 0; r < 4 && hits.length < limit; r++) {
      for (let p = bounds[r]!; p < bounds[r + 1]! && hits.length < limit; p++) hits.push({ n: postings[p]!, score: TIERS[r]! });
    }
    return { hits, total: size(w) };
  }
  let total = 0;
  for (let r = 0; r < 4; r++) {
    for (let p = bounds[r]!; p < bounds[r + 1]!; p++) {
      const n = postings[p]!;
      if (!kinds.has(kindOf?.(n) ?? "")) continue;
      total++;
      if (hits.length < limit) hits.push({ n, score: TIERS[r]! });
    }
  }
  return { hits, total };
}

/**
 * Ranks the documents that have every word of a query, given each word's postings (from an index or
 * from loaded shards): the best `limit` hits, and the number of matches. `kindOf` gives a document's
 * kind when `options.kinds` filters on it.
 */
export function rank(documentCount: number, words: readonly WordPostings[], options: SearchOptions = {}, kindOf?: (n: number) => string | undefined): Ranked {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const kinds = options.kinds === undefined ? undefined : new Set(options.kinds);
  if (words.length === 1) return rankOne(words[0]!, limit, kinds, kindOf);
  let count = collect(words, documentCount);
  try {
    if (kinds !== undefined) count = keepKinds(kindOf ?? (() => undefined), [...kinds], count);
    const top = best(count, Math.min(limit, count));
    return { hits: top.map((n) => ({ n, score: work.scores[n]! })), total: count };
  } finally {
    release(count);
  }
}

/** The numbers of the documents that have every word of a query, in ascending order. */
export function matching(documentCount: number, words: readonly WordPostings[]): Uint32Array {
  const count = collect(words, documentCount);
  const out = work.candidates.slice(0, count);
  release(count);
  return out;
}

/** The postings of every word of `query` in `index`. */
function postingsOf(index: SearchIndex, query: string): WordPostings[] {
  return queryWords(query).map((word) => wordPostings(index, word));
}

/**
 * Finds the documents that contain every word of `query`, each as the start of a word ("skel" finds
 * "Skellett"); words shorter than the index's `minPrefix` ("un", "a") match whole words only. Title
 * matches and whole-word matches rank higher; ties keep the index order. Returns the best `limit`
 * hits and the number of matches.
 */
export function searchPage<D extends Searchable>(index: SearchIndex<D>, query: string, options: SearchOptions = {}): SearchPage<D> {
  const { documents } = index;
  const ranked = rank(documents.length, postingsOf(index, query), options, (n) => documents[n]!.kind);
  return { hits: ranked.hits.map(({ n, score }) => ({ document: documents[n]!, score })), total: ranked.total };
}

/** `searchPage`'s hits alone (without the count, a limited query of a few words stops at its best hits). */
export function search<D extends Searchable>(index: SearchIndex<D>, query: string, options: SearchOptions = {}): SearchHit<D>[] {
  const { documents } = index;
  const words = postingsOf(index, query);
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  if (options.kinds === undefined && words.length >= 2 && words.length <= MAX_TOP_WORDS && Number.isFinite(limit)) {
    return rankTop(words, limit).map(({ n, score }) => ({ document: documents[n]!, score }));
  }
  return searchPage(index, query, options).hits;
}

/** Most words a query may have for `rankTop` (it visits up to 4^words combinations of tiers). */
const MAX_TOP_WORDS = 4;

/** Tier combinations (one run index 0..3 per word) grouped by score, best score first; cached per word count. */
const combinations = new Map<number, number[][][]>();

function combinationsOf(words: number): number[][][] {
  let levels = combinations.get(words);
  if (levels) return levels;
  levels = Array.from({ length: 3 * words + 1 }, () => [] as number[][]);
  for (let c = 0; c < 4 ** words; c++) {
    const runs = Array.from({ length: words }, (_, i) => Math.floor(c / 4 ** i) % 4);
    // Run r holds tier 4 - r: the score is 4 per word less the run numbers.
    levels[runs.reduce((a, r) => a + r, 0)]!.push(runs);
  }
  combinations.set(words, levels);
  return levels;
}

/** The first position in `postings[from, end)` whose document is not below `d` (galloping, then binary search). */
function seek(postings: Uint32Array, from: number, end: number, d: number): number {
  let step = 1;
  let lo = from;
  let hi = from;
  while (hi < end && postings[hi]! < d) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  if (hi > end) hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (postings[mid]! < d) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Appends to `out` the first `needed` documents (ascending) that are in every run `[starts[i], ends[i])`
 * of `lists[i]`: the shortest run is walked, the others searched from where the last search stopped.
 */
function intersectRuns(lists: readonly Uint32Array[], starts: number[], ends: number[], needed: number, out: number[]): void {
  let shortest = 0;
  for (let i = 1; i < lists.length; i++) if (ends[i]! - starts[i]! < ends[shortest]! - starts[shortest]!) shortest = i;
  const walk = lists[shortest]!;
  let found = 0;
  next: for (let p = starts[shortest]!; p < ends[shortest]! && found < needed; p++) {
    const d = walk[p]!;
    for (let i = 0; i < lists.length; i++) {
      if (i === shortest) continue;
      const at = seek(lists[i]!, starts[i]!, ends[i]!, d);
      starts[i] = at;
      if (at === ends[i]) return;
      if (lists[i]![at] !== d) continue next;
    }
    out.push(d);
    found++;
  }
}

/**
 * The best `limit` documents that have every word, as `rank` orders them (score, then document), without
 * the count. A document is in exactly one run (tier) of each word, so the documents of one score are those
 * of the tier combinations that sum to it: the scores are visited from the best, each combination's runs
 * intersected only as far as the hits still missing, and the walk stops once `limit` hits are found.
 */
export function rankTop(words: readonly WordPostings[], limit: number): Ranked["hits"] {
  const hits: Ranked["hits"] = [];
  if (limit <= 0 || words.some((w) => size(w) === 0)) return hits;
  const levels = combinationsOf(words.length);
  const lists = words.map((w) => w.postings);
  const level: number[] = [];
  for (let l = 0; l < levels.length && hits.length < limit; l++) {
    const needed = limit - hits.length;
    level.length = 0;
    for (const runs of levels[l]!) {
      const starts = runs.map((r, i) => words[i]!.bounds[r]!);
      const ends = runs.map((r, i) => words[i]!.bounds[r + 1]!);
      if (starts.some((start, i) => start === ends[i])) continue;
      intersectRuns(lists, starts, ends, needed, level);
    }
    // The combinations of a score hold different documents: in document order, the first ones missing.
    level.sort((a, b) => a - b);
    const score = 4 * words.length - l;
    for (let i = 0; i < level.length && i < needed; i++) hits.push({ n: level[i]!, score });
  }
  return hits;
}

/** The numbers of the documents that match every word of `query` (as `search` matches), in index order. */
export function matchingDocuments(index: SearchIndex, query: string): Uint32Array {
  return matching(index.documents.length, postingsOf(index, query));
}
