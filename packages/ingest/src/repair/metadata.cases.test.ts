import { describe, expect, it } from "vitest";
import { detectMetadata, isMetadataLine } from "./metadata";

const line = (l: string) => `Line "${l}" is content-management metadata, not part of the article.`;
const removal = (s: number, e: number, rationale: string) => ({ kind: "metadata-removed", action: "repaired", s, e, after: "", rationale, confidence: 0.85 });
const apply = (t: string): string => {
  let out = "";
  let pos = 0;
  for (const e of detectMetadata(t)) {
    out += t.slice(pos, e.s) + e.after;
    pos = e.e;
  }
  return out + t.slice(pos);
};

describe("isMetadataLine, its limits", () => {
  it("takes lines of at most 160 characters once trimmed", () => {
    expect(isMetadataLine(`Facebook${" ".repeat(145)}Twitter`)).toBe(true); // 160
    expect(isMetadataLine(`Facebook${" ".repeat(146)}Twitter`)).toBe(false); // 161
    expect(isMetadataLine(`   Share this:   `)).toBe(true);
    expect(isMetadataLine("")).toBe(false);
    expect(isMetadataLine(" \u00a0 ")).toBe(false);
  });
  it("refuses a line ending a sentence, except an ellipsis or a read-more link", () => {
    expect(isMetadataLine("Posted in News.")).toBe(false);
    expect(isMetadataLine("Posted in News!")).toBe(false);
    expect(isMetadataLine("Posted in News?")).toBe(false);
    expect(isMetadataLine("Posted in News...")).toBe(true);
    expect(isMetadataLine("Posted in News…")).toBe(true);
    expect(isMetadataLine("Posted in News")).toBe(true);
    expect(isMetadataLine("Read more.")).toBe(true);
    expect(isMetadataLine("Continue reading.")).toBe(true);
  });
});

describe("detectMetadata, each removal whole", () => {
  it("a line between two lines of text: removes the line and its line break", () => {
    const t = "Body.\nShare this:\nNext.";
    expect(detectMetadata(t)).toEqual([removal(6, 18, line("Share this:"))]);
    expect(apply(t)).toBe("Body.\nNext.");
  });
  it("a line right after text and before a blank line: keeps the blank line", () => {
    const t = "Body.\nShare this:\n\nNext.";
    expect(detectMetadata(t)).toEqual([removal(6, 18, line("Share this:"))]);
    expect(apply(t)).toBe("Body.\n\nNext.");
  });
  it("a paragraph of its own: removes it with the blank lines after it", () => {
    const t = "Body.\n\nShare this:\n\n\nNext.";
    expect(detectMetadata(t)).toEqual([removal(7, 21, line("Share this:"))]);
    expect(apply(t)).toBe("Body.\n\nNext.");
  });
  it("at the start: removes everything up to the first text", () => {
    const t = "\nShare this:\n\nNext.";
    expect(detectMetadata(t)).toEqual([removal(0, 14, line("Share this:"))]);
    expect(apply(t)).toBe("Next.");
  });
  it("at the end: removes it with the blank lines before it, keeping a final line break", () => {
    const t = "Body.\n\nShare this:\n";
    expect(detectMetadata(t)).toEqual([removal(5, 18, line("Share this:"))]);
    expect(apply(t)).toBe("Body.\n");
    const bare = "Body.\nShare this:";
    expect(detectMetadata(bare)).toEqual([removal(5, 17, line("Share this:"))]);
    expect(apply(bare)).toBe("Body.");
  });
  it("alone: removes the whole text, final line break included", () => {
    expect(detectMetadata("Share this:\n")).toEqual([removal(0, 12, line("Share this:"))]);
    expect(detectMetadata("Share this:")).toEqual([removal(0, 11, line("Share this:"))]);
  });
  it("groups lines separated by blank lines only, and names each in the rationale", () => {
    const t = "Body.\n\nTags: CTC\n\n  Share this:  \n\nNext.";
    expect(detectMetadata(t)).toEqual([
      removal(7, 35, 'Lines "Tags: CTC", "Share this:" are content-management metadata, not part of the article.'),
    ]);
    expect(apply(t)).toBe("Body.\n\nNext.");
  });
  it("makes one removal per group when text separates them", () => {
    const t = "A.\nShare this:\nB.\nRead more\nC.";
    expect(detectMetadata(t)).toEqual([removal(3, 15, line("Share this:")), removal(18, 28, line("Read more"))]);
    expect(apply(t)).toBe("A.\nB.\nC.");
  });
  it("finds nothing in a text without such lines", () => {
    expect(detectMetadata("")).toEqual([]);
    expect(detectMetadata("Body.\n\nNext.\n")).toEqual([]);
  });
});

describe("isMetadataLine: sentence ends are read at the end only", () => {
  it("takes a line with a period inside it, and refuses one with an ellipsis or 'read more' inside and a period at the end", () => {
    expect(isMetadataLine("Submitted by admin on 28.06.2019")).toBe(true);
    expect(isMetadataLine("Posted in News... today.")).toBe(false);
    expect(isMetadataLine("Tags: read more.")).toBe(false);
  });
});

describe("detectMetadata: which blank line is kept", () => {
  it("at the very start, followed by a blank line: removes the line and the blank line", () => {
    const t = "Share this:\n\nNext.";
    expect(detectMetadata(t)).toEqual([removal(0, 13, line("Share this:"))]);
    expect(apply(t)).toBe("Next.");
  });
  it("right after text that is not the first line, before a blank line: keeps the blank line", () => {
    const t = "Intro.\nBody.\nShare this:\n\nNext.";
    expect(detectMetadata(t)).toEqual([removal(13, 25, line("Share this:"))]);
    expect(apply(t)).toBe("Intro.\nBody.\n\nNext.");
  });
});
