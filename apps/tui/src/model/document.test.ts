import { CORRECTION_ACTION_LABELS, CORRECTION_KIND_LABELS, dataset, getMeeting, meetingRecord, personAppearances, organizationMeetings } from "@briefings/core";
import { describe, expect, it } from "vitest";
import { sanitizeDataset } from "../lib/sanitize";
import { textWidth } from "../lib/wrap";
import { scrollToShow } from "../lib/windowing";
import { DocumentBuilder, citeMarker, jumpSection, layoutDocument, nearestSelectable, pageBlock, sectionsOf, sourceLines, stepSelectable, type DetailDocument } from "./document";
import { MEETING_SECTIONS, meetingDocument } from "./meeting-document";
import { organizationDocument } from "./organization-document";
import { personDocument } from "./person-document";

const safe = sanitizeDataset(dataset);

describe("meeting document", () => {
  it("has every section, for every briefing, and links speakers to people and organizations", () => {
    for (const m of dataset.meetings) {
      const doc = meetingDocument(safe, m.id)!;
      expect(sectionsOf(doc)).toEqual([...MEETING_SECTIONS]);
      const record = meetingRecord(dataset, m.id)!;
      for (const s of record.speakers) {
        const block = doc.blocks.find((b) => b.section === "Speakers" && b.label?.startsWith(s.name));
        expect(block, s.name).toBeDefined();
        if (s.person) expect(block!.target).toEqual({ kind: "person", id: s.person.id });
      }
      for (const o of record.organizations) expect(doc.blocks.some((b) => b.target?.kind === "organization" && b.target.id === o.id)).toBe(true);
    }
  });

  it("shows a lost media link as lost, and every correction with kind, before → after and rationale", () => {
    for (const m of dataset.meetings) {
      const doc = meetingDocument(safe, m.id)!;
      const text = doc.blocks.map((b) => `${b.label ?? ""} ${b.text}`).join("\n");
      for (const media of m.media.filter((x) => x.status === "target-lost")) expect(text).toMatch(new RegExp(`${media.label.replace(/[()]/g, ".")} \\[LOST`));
      for (const c of dataset.corrections.filter((c) => m.sources.includes(c.source))) {
        expect(text).toContain(`Correction, ${CORRECTION_KIND_LABELS[c.kind].toLowerCase()} (${CORRECTION_ACTION_LABELS[c.action].toLowerCase()})`);
        expect(text).toContain(c.rationale);
      }
    }
  });

  it("is undefined for an unknown id", () => {
    expect(meetingDocument(safe, "nope")).toBeUndefined();
    expect(personDocument(safe, "nope")).toBeUndefined();
    expect(organizationDocument(safe, "nope")).toBeUndefined();
  });
});

describe("person and organization documents", () => {
  it("a person: every appearance links to its briefing", () => {
    for (const p of dataset.people) {
      const doc = personDocument(safe, p.id)!;
      const links = doc.blocks.filter((b) => b.section === "Appearances" && b.target?.kind === "meeting").map((b) => b.target!.id);
      expect(links).toEqual(personAppearances(dataset, p.id).map((a) => a.meeting.id));
    }
  });

  it("an organization: every meeting links to its briefing", () => {
    for (const o of dataset.organizations) {
      const doc = organizationDocument(safe, o.id)!;
      const links = doc.blocks.filter((b) => b.section === "Meetings").flatMap((b) => (b.target ? [b.target.id] : []));
      expect(links).toEqual(organizationMeetings(dataset, o.id).map((m) => m.meeting.id));
    }
  });
});

describe("layout and movement", () => {
  const doc = meetingDocument(safe, dataset.meetings[0]!.id)!;

  it("lays out every block within the width, blocks in order", () => {
    for (const width of [38, 78, 98]) {
      const layout = layoutDocument(doc, width);
      expect(layout.lines.every((l) => textWidth(l.text) <= width)).toBe(true);
      expect(layout.blockStart.length).toBe(doc.blocks.length);
      layout.blockStart.forEach((start, i) => {
        expect(layout.blockEnd[i]).toBeGreaterThan(start);
        expect(layout.lines[start]!.block).toBe(i);
      });
    }
  });

  it("moves over selectable blocks only (headings are skipped), clamped at the ends", () => {
    const first = nearestSelectable(doc, 0);
    expect(doc.blocks[first]!.style).not.toBe("heading");
    const next = stepSelectable(doc, first, 1);
    expect(next).toBeGreaterThan(first);
    expect(doc.blocks[next]!.style).not.toBe("heading");
    expect(stepSelectable(doc, first, -1)).toBe(first);
    const last = stepSelectable(doc, first, 10_000);
    expect(stepSelectable(doc, last, 1)).toBe(last);
  });

  it("tab goes to the first item of the next section, wrapping round", () => {
    let cursor = nearestSelectable(doc, 0);
    const visited = [doc.blocks[cursor]!.section];
    for (let i = 0; i < MEETING_SECTIONS.length; i++) {
      cursor = jumpSection(doc, cursor, 1);
      visited.push(doc.blocks[cursor]!.section);
    }
    expect(visited).toEqual([...MEETING_SECTIONS, MEETING_SECTIONS[0]]);
    expect(doc.blocks[jumpSection(doc, nearestSelectable(doc, 0), -1)]!.section).toBe(MEETING_SECTIONS.at(-1));
  });
});

describe("document builder and citations", () => {
  const seed = getMeeting(dataset, "2019-06-27-protection-of-soft-targets")!;
  const span = seed.title.evidence.find((e) => e.kind === "span")!;
  const citation = { kind: "citation" as const, source: seed.sources[1]!, locator: "Title" };

  it("puts blocks in the section of the last heading, and numbers each piece of evidence once", () => {
    const doc = new DocumentBuilder(safe)
      .heading("A")
      .add({ style: "text", text: "one", evidence: [span] })
      .none([], "Nothing.")
      .heading("B")
      .add({ style: "text", text: "two", evidence: [citation, span, span] })
      .add({ style: "text", text: "three" })
      .build("Test", "T");
    expect(doc.blocks.map((b) => [b.section, b.text, b.cites])).toEqual([
      ["A", "A", undefined],
      ["A", "one", [1]],
      ["A", "Nothing.", undefined],
      ["B", "B", undefined],
      ["B", "two", [2, 1]],
      ["B", "three", undefined],
    ]);
    expect(doc.sources.map((s) => s.locator)).toEqual([`characters ${span.start}–${span.end}`, "Title"]);
  });

  it("shows a block's marker after its text, never the evidence inline", () => {
    const doc = new DocumentBuilder(safe).heading("A").add({ style: "text", label: "Title", text: "x", evidence: [span, citation] }).build("Test", "T");
    expect(citeMarker(doc.blocks[1]!)).toBe(" [1,2]");
    const lines = layoutDocument(doc, 60).lines.map((l) => l.text);
    expect(lines).toContain("Title: x [1,2]");
    expect(lines.join("\n")).not.toContain(span.exact);
  });

  it("describes a source: kind, date and locator, its title, and a passage's words in their context", () => {
    const doc = new DocumentBuilder(safe).heading("A").add({ style: "text", text: "x", evidence: [span, citation] }).build("Test", "T");
    const passage = sourceLines(1, doc.sources[0]!);
    expect(passage[0]).toBe(`[1] Press release · characters ${span.start}–${span.end}`);
    expect(passage[2]).toContain(`«${span.exact}»`);
    const cited = sourceLines(2, doc.sources[1]!);
    expect(cited[0]).toBe("[2] UN Web TV page · 27 June 2019 · Title");
    expect(cited.at(-1)).toMatch(/^ {4}https?:\/\//);
  });

  it("cites the evidence of every fact of a briefing: title, speakers, statements, quotes and figures", () => {
    const doc = meetingDocument(safe, seed.id)!;
    const record = meetingRecord(dataset, seed.id)!;
    const cited = (text: string) => doc.blocks.find((b) => b.text.includes(text))?.cites?.length ?? 0;
    expect(cited(seed.title.value)).toBe(seed.title.evidence.length);
    for (const q of record.quotes) expect(cited(q.text), q.id).toBeGreaterThan(0);
    for (const st of record.statements) expect(cited(st.text), st.id).toBeGreaterThan(0);
    for (const f of record.figures) expect(cited(f.asStated), f.id).toBeGreaterThan(0);
    const speakers = doc.blocks.filter((b) => b.section === "Speakers" && b.style !== "heading");
    expect(speakers.every((b) => (b.cites?.length ?? 0) > 0)).toBe(true);
  });
});

describe("paging", () => {
  /** Every line shown while paging from the top to the bottom (or back), the view scrolled as the app scrolls it. */
  const page = (doc: DetailDocument, width: number, height: number, dir: 1 | -1) => {
    const layout = layoutDocument(doc, width);
    let cursor = dir === 1 ? nearestSelectable(doc, 0) : stepSelectable(doc, doc.blocks.length - 1, 0);
    let offset = dir === 1 ? 0 : Math.max(0, layout.lines.length - height);
    const seen = new Set<number>();
    for (let steps = 0; steps < layout.lines.length; steps++) {
      for (let l = offset; l < Math.min(layout.lines.length, offset + height); l++) seen.add(l);
      const next = pageBlock(doc, layout, cursor, height, dir);
      if (next === cursor) break;
      expect(next * dir).toBeGreaterThan(cursor * dir);
      cursor = next;
      const from = doc.blocks[cursor - 1]?.style === "heading" ? layout.blockStart[cursor - 1]! : layout.blockStart[cursor]!;
      offset = scrollToShow(offset, from, layout.blockEnd[cursor]!, height, layout.lines.length);
    }
    return { seen, total: layout.lines.length };
  };

  it("page down and page up never skip a line, rows of several lines included (the CTC's 100-odd meetings at 60 columns)", () => {
    const doc = organizationDocument(safe, "ctc")!;
    for (const height of [5, 10, 23]) {
      for (const dir of [1, -1] as const) {
        const { seen, total } = page(doc, 60, height, dir);
        expect(total).toBeGreaterThan(200);
        const missing = Array.from({ length: total }, (_, l) => l).filter((l) => !seen.has(l));
        expect(missing, `height ${height}, dir ${dir}`).toEqual([]);
      }
    }
  });
});
