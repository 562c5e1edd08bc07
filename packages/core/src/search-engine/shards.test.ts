import { describe, expect, it } from "vitest";
import { buildSearchIndex, searchPage, type Searchable } from "./engine";
import { decodeKeyShard, shardFile, shardSearchIndex, ShardedSearch, type KeyShard, type ShardManifest } from "./shards";

const WORDS = ["protect", "protection", "pro", "co", "un", "rule", "rules", "law", "cafe", "meza", "cuadra", "terror", "zeta", "alpha"];
const documents: (Searchable & { id: string })[] = Array.from({ length: 300 }, (_, i) => ({
  id: `d${i}`,
  kind: ["meeting", "person", "quote"][i % 3]!,
  title: `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]}`,
  text: `${WORDS[(i * 3) % WORDS.length]} ${WORDS[(i * 5 + 1) % WORDS.length]} word${i}`,
  detail: "",
}));
const index = buildSearchIndex(documents);
// Small shards, so that queries span several of them.
const files = shardSearchIndex(index, (d) => ({ id: d.id }), { shardChars: 600, chunk: 16 });
const client = () => new ShardedSearch<{ id: string }>(async (name) => {
  const text = files.get(name);
  if (text === undefined) throw new Error(`no file ${name}`);
  return JSON.parse(text);
});

describe("sharded search index", () => {
  it("splits keys into several shards and documents into chunks", () => {
    const manifest = JSON.parse(files.get(shardFile.manifest)!) as ShardManifest;
    expect(manifest.shards.length).toBeGreaterThan(5);
    expect(manifest.documents).toBe(300);
    expect(files.has(shardFile.documents(18))).toBe(true);
    const keys = manifest.shards.flatMap((_, i) => (JSON.parse(files.get(shardFile.keys(i))!) as KeyShard).keys);
    expect(keys).toEqual(index.keys);
  });

  it("decodes a shard back to the same postings", () => {
    const shard = decodeKeyShard(JSON.parse(files.get(shardFile.keys(0))!) as KeyShard);
    const k = index.keys.indexOf(shard.keys[0]!);
    expect([...shard.postings.subarray(0, shard.runs[4])]).toEqual([...index.postings.subarray(index.runs[4 * k], index.runs[4 * k + 4])]);
  });

  // Queries no document answers (no document has all their words), and the rest, which find documents.
  const misses = ["cafe meza", "zeta alpha co", "nothing", "aaa", "zzzz", ""];
  it.each(["protect", "pro", "un", "rule law", "word12", "word1", ...misses])("answers %j as the whole index does", async (query) => {
    const whole = searchPage(index, query, { limit: 10 });
    const sharded = await client().search(query, { limit: 10 });
    // Not two empty answers: every query but the misses finds documents.
    expect(whole.hits.length > 0).toBe(!misses.includes(query));
    expect(sharded.hits.map((h) => [h.document.id, h.score])).toEqual(whole.hits.map((h) => [h.document.id, h.score]));
    expect(sharded.total).toBe(whole.total);
  });

  it("filters by kind from the manifest, without loading documents it does not show", async () => {
    const c = client();
    const page = await c.search("pro", { kinds: ["quote"], limit: 3 });
    expect(page.total).toBe(searchPage(index, "pro", { kinds: ["quote"] }).total);
    expect(page.hits.every((h) => documents.find((d) => d.id === h.document.id)!.kind === "quote")).toBe(true);
    expect(c.loaded.filter((f) => f.startsWith("d")).length).toBeLessThanOrEqual(3);
  });

  it("loads the manifest, one shard per word and the chunks of the hits, each once", async () => {
    const c = client();
    await c.search("rule", { limit: 2 });
    await c.search("rule", { limit: 2 });
    expect(c.loaded.filter((f) => f.startsWith("k"))).toHaveLength(1);
    expect(c.loaded).toContain(shardFile.manifest);
  });

  it("tries a file again after a failed load", async () => {
    let fail = true;
    const c = new ShardedSearch<{ id: string }>(async (name) => {
      if (fail) throw new Error("offline");
      return JSON.parse(files.get(name)!);
    });
    await expect(c.search("rule")).rejects.toThrow("offline");
    fail = false;
    expect((await c.search("rule", { limit: 1 })).total).toBe(searchPage(index, "rule").total);
  });
});
