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
});
