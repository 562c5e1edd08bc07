import { describe, expect, it } from "vitest";
import { buildSearchIndex, matchingDocuments, type Searchable } from "./engine";
import { segmentedIndex } from "./segments";

const WORDS = ["protect", "protection", "pro", "co", "un", "a", "rule", "law", "Café", "cafe", "Meza-Cuadra", "42", "terror", "terrorism"];

/** Documents whose words cycle through WORDS with different strides, so every query word has scattered matches. */
const documents: Searchable[] = Array.from({ length: 250 }, (_, i) => ({
  title: `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]}`,
  text: `${WORDS[(i * 3 + 1) % WORDS.length]} ${WORDS[(i * 5 + 2) % WORDS.length]}`,
}));
const QUERIES = ["pro", "protection", "rule law", "caf", "meza cuadra", "42 terror", "a", "un co", "zzz", "", "  -  "];

describe("segmentedIndex", () => {
  it("answers every query like one index of the same documents, whatever the segment sizes", () => {
    const whole = buildSearchIndex(documents, { minPrefix: 1 });
    for (const sizes of [[250], [1, 2, 3, 100, 200], [17]]) {
      const index = segmentedIndex(documents, { minPrefix: 1 });
      let i = 0;
      while (!index.complete) index.grow(sizes[Math.min(i++, sizes.length - 1)]!);
      expect(index.indexed).toBe(documents.length);
      for (const q of QUERIES) expect([...index.matching(q)], `${q} in segments of ${sizes.join(",")}`).toEqual([...matchingDocuments(whole, q)]);
    }
  });

  it("answers for the documents indexed so far while it grows", () => {
    const index = segmentedIndex(documents, { minPrefix: 1 });
    expect(index.complete).toBe(false);
    expect([...index.matching("pro")]).toEqual([]);
    expect(index.grow(40)).toBe(40);
    const first = buildSearchIndex(documents.slice(0, 40), { minPrefix: 1 });
    expect([...index.matching("pro")]).toEqual([...matchingDocuments(first, "pro")]);
    expect(index.grow(1000)).toBe(210);
    expect(index.grow(10)).toBe(0);
    expect(index.complete).toBe(true);
    expect(index.matching("rule law").length).toBeGreaterThan(0);
  });
});
