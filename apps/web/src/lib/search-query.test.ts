import { describe, expect, it } from "vitest";
import { dataset, searchDataset } from "@briefings/core";
import { ShardedSearch } from "@briefings/core/search";
import { searchIndexFiles, type SearchHitDocument } from "./search-index";
import { hitHref } from "./search-links";

// The files the build writes, queried the way the browser queries them (core's data-free search entry).
const files = searchIndexFiles(dataset);
const client = () =>
  new ShardedSearch<SearchHitDocument>(async (name) => {
    const text = files.get(name);
    if (text === undefined) throw new Error(`no file ${name}`);
    return JSON.parse(text);
  });

describe("search over the built index files", () => {
  it("finds a speaker by part of the name and links to the person page", async () => {
    const { hits } = await client().search("Skel");
    expect(hits[0]?.document).toMatchObject({ kind: "person", id: "rebecca-skellett" });
    expect(hitHref(hits[0]!.document)).toBe("/people/rebecca-skellett/");
  });

  it("links quotes and figures to their anchor on the briefing page", async () => {
    const quote = (await client().search("safe platform", { kinds: ["quote"] })).hits[0]!.document;
    expect(hitHref(quote)).toBe(`/briefings/${quote.meeting}/#${quote.id}`);
  });

  it("answers as the library's search of the dataset does", async () => {
    for (const query of ["counter terrorism", "un", "protection soft", "2019"]) {
      const page = await client().search(query, { limit: 20 });
      expect(page.hits.map((h) => h.document.id)).toEqual(searchDataset(dataset, query, { limit: 20 }).map((h) => h.document.id));
    }
  });

  it("ships hits without their searchable text", () => {
    const chunk = JSON.parse(files.get("d0.json")!) as Record<string, unknown>[];
    expect(chunk.length).toBeGreaterThan(0);
    for (const doc of chunk) expect(Object.keys(doc).sort()).toEqual(expect.arrayContaining(["detail", "id", "kind", "title"]));
    for (const doc of chunk) expect(doc).not.toHaveProperty("text");
  });
});
