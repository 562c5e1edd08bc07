import { dataset, meetingRecord, personAppearances, organizationMeetings } from "@briefings/core";
import { describe, expect, it } from "vitest";
import { sanitizeDataset } from "../lib/sanitize";
import { textWidth } from "../lib/wrap";
import { jumpSection, layoutDocument, nearestSelectable, sectionsOf, stepSelectable } from "./document";
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
        expect(text).toContain(`Correction, ${c.kind.replace(/-/g, " ")} (${c.action})`);
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
