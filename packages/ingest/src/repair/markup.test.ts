import { describe, expect, it } from "vitest";
import { detectMarkup } from "./markup";
import type { Edit } from "./types";
import { CLEAN_RELEASE } from "./test-fixtures";

const apply = (text: string, edits: readonly Edit[]): string => {
  let out = "";
  let pos = 0;
  for (const e of edits) {
    out += text.slice(pos, e.s) + e.after;
    pos = e.e;
  }
  return out + text.slice(pos);
};
const strip = (t: string): string => apply(t, detectMarkup(t));

describe("detectMarkup", () => {
  it("removes tags and turns paragraphs into blank lines", () => {
    expect(strip('<div class="body"><p>First para.</p>\n<p>Second <a href="x">link</a> para.</p></div>')).toBe("First para.\n\nSecond link para.");
    expect(strip("Line one<br/>Line two")).toBe("Line one\nLine two");
    expect(strip('Photo <img src="a.jpg" alt="x"> here')).toBe("Photo here");
    expect(strip("A<!-- comment -->B")).toBe("AB");
  });
  it("removes escaped markup and decodes entities", () => {
    expect(strip("&lt;p&gt;Text&lt;/p&gt;&lt;p&gt;More&lt;/p&gt;")).toBe("Text\n\nMore");
    expect(strip("CTED&#8217;s role &amp; tasks &rsquo; &#x2014;")).toBe("CTED’s role & tasks ’ —");
  });
  it("leaves clean text and non-markup alone", () => {
    expect(detectMarkup(CLEAN_RELEASE)).toEqual([]);
    expect(detectMarkup("Fewer than <5 cases; a < b > c; AT&T; R&D & more; <unknown>")).toEqual([]);
  });
  // Linear scans: a backtracking pattern would not finish these within the (generous) timeout.
  it("finishes on hostile input, with ordered edits inside the text", () => {
    const inputs = ["<".repeat(1_000_000), "<a ".repeat(300_000), "<div>".repeat(200_000), "&lt;p ".repeat(200_000), "<script>".repeat(100_000), "&".repeat(1_000_000)];
    for (const t of inputs) {
      let pos = 0;
      const misplaced = detectMarkup(t).filter((e) => {
        const bad = e.s < pos || e.e < e.s || e.e > t.length;
        pos = e.e;
        return bad;
      });
      expect(misplaced).toEqual([]);
    }
    expect(strip("<div>".repeat(200_000))).toBe("");
  }, 120_000);
});
