import { describe, expect, it } from "vitest";
import { dataset, getMeeting } from "@briefings/core";
import type { Evidence } from "@briefings/core";
import { SEED_ID } from "../../test/seed";
import { SectionNotes } from "./notes";

const seed = getMeeting(dataset, SEED_ID)!;
const span = seed.title.evidence.find((e) => e.kind === "span")!;
const citation: Evidence = { kind: "citation", source: seed.sources[1]!, locator: "Title" };

describe("SectionNotes", () => {
  it("numbers sources in the order they are cited, each source once, every use with its own marker", () => {
    const notes = new SectionNotes(dataset, "Statements & quotes");
    const a = notes.cite([span]);
    const b = notes.cite([citation, span]);
    expect(notes.notes.map((n) => n.n)).toEqual([1, 2]);
    expect(a.map((r) => r.note.n)).toEqual([1]);
    expect(b.map((r) => r.note.n)).toEqual([2, 1]);
    expect([...a, ...b].map((r) => r.id)).toEqual(["cite-Statements-quotes-1-1", "cite-Statements-quotes-2-1", "cite-Statements-quotes-1-2"]);
    expect(notes.notes[0]!.uses).toEqual(["cite-Statements-quotes-1-1", "cite-Statements-quotes-1-2"]);
    expect(notes.notes[0]!.id).toBe("note-Statements-quotes-1");
    expect(notes.listId).toBe("notes-Statements-quotes");
  });

  it("tells apart two passages of one source, and two locators of one cited source", () => {
    const notes = new SectionNotes(dataset, "s");
    notes.cite([span, { ...span, start: span.start + 1 }, citation, { ...citation, locator: "Date" }, { ...citation }]);
    expect(notes.notes).toHaveLength(4);
  });

  it("describes a passage by its source, locator and words, and a citation by its locator", () => {
    const notes = new SectionNotes(dataset, "s");
    const [p, c] = notes.cite([span, citation]);
    expect(p!.note.detail).toMatchObject({ kindLabel: "Press release", locator: `characters ${span.start}–${span.end}`, passage: { exact: span.exact } });
    expect(p!.note.detail.href).toBe(`/sources/${span.source}/#span-${span.start}-${span.end}`);
    expect(c!.note.detail).toMatchObject({ locator: "Title", passage: undefined });
  });

  it("cites nothing for a fact without evidence", () => {
    const notes = new SectionNotes(dataset, "s");
    expect(notes.cite(undefined)).toEqual([]);
    expect(notes.cite([])).toEqual([]);
    expect(notes.notes).toEqual([]);
  });
});
