import { describe, expect, it } from "vitest";
import { detectMarkup } from "./markup";
import { applyEdits } from "./merge";
import { CLEAN_RELEASE } from "../../test/repair-fixtures";

const strip = (t: string): string => applyEdits(t, detectMarkup(t));

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
  // Linear expressions finish these in seconds; a backtracking one never would (the generous timeout bounds it).
  it("finishes on hostile input, finding what is markup and nothing else", () => {
    expect(detectMarkup("<".repeat(1_000_000))).toEqual([]);
    expect(detectMarkup("<a ".repeat(300_000))).toEqual([]);
    expect(detectMarkup("&".repeat(1_000_000))).toEqual([]);
    // A run of tags is one removal covering it all.
    expect(detectMarkup("<div>".repeat(200_000))).toMatchObject([{ s: 0, e: 1_000_000, after: "" }]);
    expect(detectMarkup("<script>".repeat(100_000))).toMatchObject([{ s: 0, e: 800_000, after: "" }]);
    // Every escaped "<" is decoded.
    const entities = detectMarkup("&lt;p ".repeat(200_000));
    expect(entities).toHaveLength(200_000);
    expect(entities[0]).toMatchObject({ s: 0, e: 4, after: "<" });
  }, 120_000);
});
