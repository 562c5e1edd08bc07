import { describe, expect, it } from "vitest";
import { buildSearchIndex, matchingDocuments, search, searchPage, type Searchable } from "./engine";
import { tokenize } from "./tokenize";

/** The ranking the engine promises, computed the slow and obvious way. */
function reference(documents: readonly Searchable[], query: string, minPrefix = 3) {
  const words = [...new Set(tokenize(query))];
  if (words.length === 0) return [];
  const scored: { n: number; score: number }[] = [];
  documents.forEach((doc, n) => {
    const title = new Set(tokenize(doc.title));
    const all = new Set([...title, ...tokenize(doc.text), ...tokenize(doc.detail ?? "")]);
    let score = 0;
    for (const word of words) {
      let tier = 0;
      for (const token of all) {
        const whole = token === word;
        const starts = [...word].length >= minPrefix && token.startsWith(word);
        if (!whole && !starts) continue;
        tier = Math.max(tier, 1 + (whole ? 1 : 0) + (title.has(token) ? 2 : 0));
      }
      if (tier === 0) return;
      score += tier;
    }
    scored.push({ n, score });
  });
  return scored.sort((a, b) => b.score - a.score || a.n - b.n);
}

/** A small seeded generator (mulberry32), so the random documents are the same on every run. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ["protect", "protection", "protections", "pro", "co", "un", "a", "rule", "rules", "law", "lawful", "Café", "cafe", "Meza-Cuadra", "42", "zz", "terror", "terrorism"];

function randomDocuments(count: number, seed: number): Searchable[] {
  const next = rng(seed);
  const phrase = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)]).join(next() < 0.5 ? " " : ", ");
  return Array.from({ length: count }, (_, i) => ({ title: phrase(1 + Math.floor(next() * 3)), text: phrase(Math.floor(next() * 6)), detail: i % 3 === 0 ? phrase(2) : "", kind: i % 2 ? "odd" : "even" }));
}

describe("tokenize", () => {
  it("splits on everything but letters and digits, without case or accents", () => {
    expect(tokenize("Michèle CONINSX, Meza-Cuadra")).toEqual(["michele", "coninsx", "meza", "cuadra"]);
    expect(tokenize("UN's 2,5 ﬁnal")).toEqual(["un", "s", "2", "5", "final"]);
    expect(tokenize(" -- ")).toEqual([]);
  });
  it("gives the same tokens on the ASCII shortcut as on the Unicode path", () => {
    const next = rng(7);
    for (let i = 0; i < 500; i++) {
      const text = Array.from({ length: Math.floor(next() * 30) }, () => String.fromCharCode(Math.floor(next() * 128))).join("");
      // A trailing "é" forces the Unicode path; its own token is dropped from the comparison.
      const unicode = tokenize(`${text} é`);
      expect(tokenize(text)).toEqual(unicode.slice(0, -1));
    }
  });
});

describe("search engine", () => {
  const documents = randomDocuments(400, 1);
  const index = buildSearchIndex(documents);
  const queries = ["protect", "pro", "prot", "co", "un a", "rule law", "rules lawful", "cafe", "CAFÉ", "meza cuadra", "42", "terror rule pro", "zz", "nothing", "", "p", "protections zz co"];

  it.each(queries)("ranks %j as the reference does (every match, in order)", (query) => {
    const expected = reference(documents, query);
    const page = searchPage(index, query);
    expect(page.hits.map((h) => [h.document, h.score])).toEqual(expected.map((e) => [documents[e.n], e.score]));
    expect(page.total).toBe(expected.length);
  });

  it.each(queries)("gives the best hits of %j first when limited, and the full count", (query) => {
    const expected = reference(documents, query);
    const page = searchPage(index, query, { limit: 5 });
    expect(page.hits.map((h) => h.document)).toEqual(expected.slice(0, 5).map((e) => documents[e.n]));
    expect(page.total).toBe(expected.length);
  });

  it.each(queries)("lists the documents matching %j in index order", (query) => {
    const expected = reference(documents, query).map((e) => e.n).sort((a, b) => a - b);
    expect([...matchingDocuments(index, query)]).toEqual(expected);
  });

  it("filters by kind, and counts only that kind", () => {
    for (const query of ["protect", "rule law"]) {
      const expected = reference(documents, query).filter((e) => documents[e.n]!.kind === "odd");
      const page = searchPage(index, query, { kinds: ["odd"], limit: 3 });
      expect(page.hits.map((h) => h.document)).toEqual(expected.slice(0, 3).map((e) => documents[e.n]));
      expect(page.total).toBe(expected.length);
    }
  });

  it("matches shorter words as prefixes when the index is built for it", () => {
    const short = buildSearchIndex(documents, { minPrefix: 1 });
    for (const query of ["p", "pr", "c la", "z"]) {
      const expected = reference(documents, query, 1);
      expect(search(short, query).map((h) => h.document)).toEqual(expected.map((e) => documents[e.n]));
    }
  });

  it("ranks a title match above a text match, and a whole word above a prefix", () => {
    const small = buildSearchIndex([
      { title: "other", text: "protection" },
      { title: "protections", text: "" },
      { title: "protection", text: "" },
      { title: "x", text: "protections" },
    ]);
    expect(search(small, "protection").map((h) => h.document.title)).toEqual(["protection", "protections", "other", "x"]);
  });

  it("keeps working after a query on a larger index (its work arrays are reset)", () => {
    const bigDocuments = randomDocuments(3000, 2);
    const big = buildSearchIndex(bigDocuments);
    search(big, "pro rule");
    const expected = reference(documents, "protect");
    const page = searchPage(index, "protect");
    expect(page.hits.map((h) => [h.document, h.score])).toEqual(expected.map((e) => [documents[e.n], e.score]));
    expect(page.total).toBe(expected.length);
    // And the larger index again, after the smaller one (its count against the reference, not against itself).
    const co = reference(bigDocuments, "co");
    expect(co.length).toBeGreaterThan(0);
    expect(searchPage(big, "co").total).toBe(co.length);
    expect(search(big, "co", { limit: 3 }).map((h) => h.document)).toEqual(co.slice(0, 3).map((e) => bigDocuments[e.n]));
  });
});

describe("search with a limit (the best hits without the count)", () => {
  const documents = randomDocuments(1500, 3);
  const index = buildSearchIndex(documents);
  const short = buildSearchIndex(documents, { minPrefix: 1 });
  const queries = ["rule law", "pro co", "terror rule pro", "cafe 42 un a", "protections zz", "meza cuadra rule", "a un", "law law rule", "pro prot protect protection"];

  it.each(queries)("gives %j the hits searchPage ranks first, at every limit", (query) => {
    for (const limit of [0, 1, 3, 10, 100, 5000]) {
      const expected = reference(documents, query).slice(0, limit);
      expect(search(index, query, { limit }).map((h) => [h.document, h.score]), `limit ${limit}`).toEqual(expected.map((e) => [documents[e.n], e.score]));
      expect(search(index, query, { limit })).toEqual(searchPage(index, query, { limit }).hits);
    }
    expect(search(short, `${query} p`, { limit: 7 })).toEqual(searchPage(short, `${query} p`, { limit: 7 }).hits);
  });
});
