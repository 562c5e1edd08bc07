// An index that grows a segment at a time: for a front end that must stay responsive while it indexes
// (the terminal UI indexes 10,000 briefings after its first frame, one small segment per turn of the
// event loop). Each segment is an ordinary index (`buildSearchIndex`) of the next documents; a query
// asks every segment and joins their answers, which are already in document order. Nothing is rebuilt
// when a segment is added, and a query before the last segment answers for the documents indexed so far.
import { buildSearchIndex, matchingDocuments, type IndexOptions, type Searchable, type SearchIndex } from "./engine";

/** One segment: an index of `documents[base .. base + index.documents.length)`. */
interface Segment<D extends Searchable> {
  base: number;
  index: SearchIndex<D>;
}

/** An index built in segments over a fixed array of documents. */
export interface SegmentedIndex<D extends Searchable = Searchable> {
  /** Every document, indexed or not yet (position = document number). */
  readonly documents: readonly D[];
  /** How many documents (from the first) are indexed. */
  readonly indexed: number;
  /** Whether every document is indexed. */
  readonly complete: boolean;
  /** Indexes the next `count` documents (at most the rest) as one segment; returns how many it indexed. */
  grow(count: number): number;
  /**
   * The numbers of the indexed documents that match every word of `query` (as `matchingDocuments`),
   * ascending.
   */
  matching(query: string): Uint32Array;
}

/** A segmented index of `documents`, empty until `grow` is called. */
export function segmentedIndex<D extends Searchable>(documents: readonly D[], options: IndexOptions = {}): SegmentedIndex<D> {
  const segments: Segment<D>[] = [];
  let indexed = 0;
  return {
    documents,
    get indexed() {
      return indexed;
    },
    get complete() {
      return indexed >= documents.length;
    },
    grow(count) {
      const n = Math.max(0, Math.min(Math.floor(count), documents.length - indexed));
      if (n === 0) return 0;
      segments.push({ base: indexed, index: buildSearchIndex(documents.slice(indexed, indexed + n), options) });
      indexed += n;
      return n;
    },
    matching(query) {
      const parts = segments.map((s) => matchingDocuments(s.index, query));
      const out = new Uint32Array(parts.reduce((total, p) => total + p.length, 0));
      let at = 0;
      parts.forEach((part, i) => {
        const base = segments[i]!.base;
        for (let k = 0; k < part.length; k++) out[at++] = part[k]! + base;
      });
      return out;
    },
  };
}
