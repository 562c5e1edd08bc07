import { describe, expect, it } from "vitest";
import { detectMetadata, isMetadataLine } from "./metadata";
import { CLEAN_RELEASE } from "../../test/repair-fixtures";

describe("detectMetadata", () => {
  it("recognises CMS lines by shape", () => {
    for (const l of ["Submitted by admin on Fri, 28/06/2019 - 14:05", "Tags: CTC, CTED, soft targets", "Posted in News", "Share this:", "Read more", "Printer-friendly version", "Home » News » CTC"]) {
      expect(isMetadataLine(l)).toBe(true);
    }
    for (const l of ["The Committee posted its report in January.", "Share this knowledge with Member States.", "Tags are important."]) {
      expect(isMetadataLine(l)).toBe(false);
    }
  });
  it("removes metadata lines without piling blank lines", () => {
    const t = "Title\n\nSubmitted by admin on Fri, 28/06/2019 - 14:05\n\nBody text here.\n\nTags: CTC, CTED\nShare this:\n";
    const edits = detectMetadata(t);
    let out = "";
    let pos = 0;
    for (const e of edits) {
      out += t.slice(pos, e.s) + e.after;
      pos = e.e;
    }
    out += t.slice(pos);
    expect(out).toBe("Title\n\nBody text here.\n");
    expect(edits.every((e) => e.kind === "metadata-removed")).toBe(true);
  });
  it("leaves a clean release alone", () => {
    expect(detectMetadata(CLEAN_RELEASE)).toEqual([]);
  });
});
