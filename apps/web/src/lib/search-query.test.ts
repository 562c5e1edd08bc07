import { describe, expect, it } from "vitest";
import { dataset, searchDocuments } from "@briefings/core";
import { buildSearchIndex, search } from "@briefings/core/search";
import { hitHref } from "./search-links";

// The index the build writes, queried the way the browser queries it (core's data-free search entry).
const index = JSON.parse(JSON.stringify(buildSearchIndex(searchDocuments(dataset)))) as ReturnType<typeof buildSearchIndex>;

describe("search over the built index", () => {
  it("finds a speaker by part of the name and links to the person page", () => {
    const hits = search(index, "Skel");
    expect(hits[0]?.document).toMatchObject({ kind: "person", id: "rebecca-skellett" });
    expect(hitHref(hits[0]!.document)).toBe("/people/rebecca-skellett/");
  });

  it("links quotes and figures to their anchor on the briefing page", () => {
    const quote = search(index, "safe platform", { kinds: ["quote"] })[0]!.document;
    expect(hitHref(quote)).toBe(`/briefings/${quote.meeting}/#${quote.id}`);
  });
});
