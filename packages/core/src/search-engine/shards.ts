// A search index split into files that a static site serves, and the client that queries it by loading
// only the files a query needs: the manifest, one key shard per query word, and the document chunks of
// the hits it shows. Pure and data-free (the loading function is given).
import { lowerBound, queryWords, rank, wordPostings, type KeyPostings, type SearchIndex, type Searchable, type SearchOptions, type WordPostings } from "./engine";

/** The manifest of a sharded index (`manifest.json`). */
export interface ShardManifest {
  format: "briefings-search/1";
  /** Number of documents. */
  documents: number;
  /** Shortest prefix that is a key (see `SearchIndex.minPrefix`). */
  minPrefix: number;
  /** The documents' kinds, run-length encoded: `[kind, count]` in document order. */
  kinds: [string, number][];
  /** The first key of each key shard (`k<i>.json`), ascending: shard `i` holds the keys from `shards[i]` up to `shards[i + 1]`. */
  shards: string[];
  /** Documents per document chunk (`d<i>.json` holds documents `i × chunk` up to `(i + 1) × chunk`). */
  chunk: number;
}

/** A key shard: its keys, for each key the sizes of its four runs, and the runs' document numbers as gaps. */
export interface KeyShard {
  keys: string[];
  /** Four sizes per key: how many documents in its tier 4, 3, 2 and 1 runs. */
  sizes: number[];
  /** Per run, the first document number, then the gaps to the next ones. */
  gaps: number[];
}

/** Options of `shardSearchIndex`. */
export interface ShardOptions {
  /** Largest key shard, in characters of JSON (a single key larger than this gets a shard of its own). Default 160,000. */
  shardChars?: number;
  /** Documents per document chunk. Default 64. */
  chunk?: number;
}

/** File names of a sharded index. */
export const shardFile = {
  manifest: "manifest.json",
  keys: (i: number) => `k${i}.json`,
  documents: (i: number) => `d${i}.json`,
};

/**
 * Splits an index into files (name → JSON text): the manifest, key shards of at most about
 * `shardChars` characters each, and chunks of `chunk` documents (as `display` gives them: what a hit
 * shows, without the searchable text).
 */
export function shardSearchIndex<D extends Searchable, S>(index: SearchIndex<D>, display: (document: D) => S, options: ShardOptions = {}): Map<string, string> {
  const shardChars = options.shardChars ?? 160_000;
  const chunk = options.chunk ?? 64;
  const files = new Map<string, string>();
  const firsts: string[] = [];
  let shard: KeyShard = { keys: [], sizes: [], gaps: [] };
  let chars = 0;
  const flush = () => {
    if (shard.keys.length === 0) return;
    files.set(shardFile.keys(firsts.length), JSON.stringify(shard));
    firsts.push(shard.keys[0]!);
    shard = { keys: [], sizes: [], gaps: [] };
    chars = 0;
  };
  const { keys, runs, postings } = index;
  for (let k = 0; k < keys.length; k++) {
    const sizes: number[] = [];
    const gaps: number[] = [];
    for (let r = 0; r < 4; r++) {
      const from = runs[4 * k + r]!;
      const to = runs[4 * k + r + 1]!;
      sizes.push(to - from);
      for (let p = from; p < to; p++) gaps.push(p === from ? postings[p]! : postings[p]! - postings[p - 1]!);
    }
    const cost = keys[k]!.length + 4 + sizes.join(",").length + gaps.join(",").length + 4;
    if (chars > 0 && chars + cost > shardChars) flush();
    shard.keys.push(keys[k]!);
    shard.sizes.push(...sizes);
    for (const g of gaps) shard.gaps.push(g);
    chars += cost;
  }
  flush();
  const kinds: [string, number][] = [];
  for (const doc of index.documents) {
    const kind = doc.kind ?? "";
    const last = kinds[kinds.length - 1];
    if (last && last[0] === kind) last[1]++;
    else kinds.push([kind, 1]);
  }
  for (let i = 0; i * chunk < index.documents.length; i++) {
    files.set(shardFile.documents(i), JSON.stringify(index.documents.slice(i * chunk, (i + 1) * chunk).map(display)));
  }
  const manifest: ShardManifest = { format: "briefings-search/1", documents: index.documents.length, minPrefix: index.minPrefix, kinds, shards: firsts, chunk };
  files.set(shardFile.manifest, JSON.stringify(manifest));
  return files;
}

/** A key shard as postings the ranker reads. */
export function decodeKeyShard(shard: KeyShard): KeyPostings {
  const runs = new Uint32Array(shard.sizes.length + 1);
  for (let i = 0; i < shard.sizes.length; i++) runs[i + 1] = runs[i]! + shard.sizes[i]!;
  const postings = new Uint32Array(shard.gaps.length);
  for (let i = 0; i < shard.sizes.length; i++) {
    let previous = 0;
    for (let p = runs[i]!; p < runs[i + 1]!; p++) {
      previous = p === runs[i] ? shard.gaps[p]! : previous + shard.gaps[p]!;
      postings[p] = previous;
    }
  }
  return { keys: shard.keys, runs, postings };
}

/** A hit of a sharded search: the document as the chunks give it, and its score. */
export interface ShardHit<S> {
  document: S;
  score: number;
}

/**
 * Queries a sharded index, loading each file once, when a query first needs it. `load(name)` returns
 * the parsed JSON of a file (for a site: `fetch` of the file next to the manifest).
 */
export class ShardedSearch<S> {
  readonly #load: (name: string) => Promise<unknown>;
  readonly #files = new Map<string, Promise<unknown>>();
  readonly #shards = new Map<number, Promise<KeyPostings>>();
  #manifest: Promise<{ manifest: ShardManifest; kindOf: string[] }> | undefined;

  constructor(load: (name: string) => Promise<unknown>) {
    this.#load = load;
  }

  /** The names of the files loaded so far (for tests and measurements). */
  get loaded(): string[] {
    return [...this.#files.keys()];
  }

  #file(name: string): Promise<unknown> {
    let file = this.#files.get(name);
    if (!file) {
      file = this.#load(name);
      this.#files.set(name, file);
      // A failed load is forgotten, so that a later query tries again.
      file.catch(() => this.#files.delete(name));
    }
    return file;
  }

  #index() {
    this.#manifest ??= this.#file(shardFile.manifest).then((value) => {
      const manifest = value as ShardManifest;
      if (manifest?.format !== "briefings-search/1") throw new Error("not a briefings search manifest");
      const kindOf: string[] = [];
      for (const [kind, count] of manifest.kinds) for (let i = 0; i < count; i++) kindOf.push(kind);
      return { manifest, kindOf };
    });
    this.#manifest.catch(() => (this.#manifest = undefined));
    return this.#manifest;
  }

  #keyShard(i: number): Promise<KeyPostings> {
    let shard = this.#shards.get(i);
    if (!shard) {
      shard = this.#file(shardFile.keys(i)).then((value) => decodeKeyShard(value as KeyShard));
      this.#shards.set(i, shard);
      shard.catch(() => this.#shards.delete(i));
    }
    return shard;
  }

  /** The best `limit` hits of `query` (see `search`) and the number of matches. */
  async search(query: string, options: SearchOptions = {}): Promise<{ hits: ShardHit<S>[]; total: number }> {
    const { manifest, kindOf } = await this.#index();
    const words = queryWords(query);
    // The shard of a word holds its key, if any document has it: the last shard starting at or before it.
    const postings: WordPostings[] = await Promise.all(
      words.map(async (word) => {
        const at = lowerBound(manifest.shards, word);
        const i = manifest.shards[at] === word ? at : at - 1;
        if (i < 0) return wordPostings({ keys: [], runs: new Uint32Array(1), postings: new Uint32Array(0) }, word);
        return wordPostings(await this.#keyShard(i), word);
      }),
    );
    const ranked = rank(manifest.documents, postings, options, (n) => kindOf[n]);
    const chunks = new Map<number, Promise<S[]>>();
    for (const { n } of ranked.hits) {
      const c = Math.floor(n / manifest.chunk);
      if (!chunks.has(c)) chunks.set(c, this.#file(shardFile.documents(c)) as Promise<S[]>);
    }
    const loaded = new Map<number, S[]>();
    await Promise.all([...chunks].map(async ([c, p]) => loaded.set(c, await p)));
    return {
      hits: ranked.hits.map(({ n, score }) => ({ document: loaded.get(Math.floor(n / manifest.chunk))![n % manifest.chunk]!, score })),
      total: ranked.total,
    };
  }
}
