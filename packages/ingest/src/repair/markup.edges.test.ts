import { describe, expect, it } from "vitest";
import { detectMarkup } from "./markup";

// Edges of the markup repair, each removal whole (start, end, what replaces it, rationale): escaped tags with
// attributes and escaped ">" that open nothing, comment ends before and inside a comment, unclosed tags, the 2,000-
// character bound counted from the tag's own start, stray closing tags of script and style, the end of a script found
// by its closing tag only, the 100,000-character bound on a script's content, and tags at the text's edges. The texts
// are our own.

const tags = (names: string, para = false) => `HTML markup (${names}) left in the text is removed${para ? " and kept as a paragraph break" : ""}.`;
const removal = (s: number, e: number, after: string, rationale: string) => ({ kind: "markup-removed", action: "repaired", s, e, after, rationale, confidence: 0.95 });
const entity = (s: number, raw: string, after: string) => removal(s, s + raw.length, after, `The HTML entity "${raw}" is decoded to the character it stands for.`);

describe("detectMarkup: escaped markup", () => {
  it("removes an escaped tag with attributes up to its escaped '>'", () => {
    expect(detectMarkup('x&lt;span class="a"&gt;y')).toEqual([removal(1, 23, "", tags("<span>"))]);
  });
  it("reads an escaped '>' before a tag name as an entity, not the start of a tag", () => {
    expect(detectMarkup("x&gt;b&gt;y")).toEqual([entity(1, "&gt;", ">"), entity(6, "&gt;", ">")]);
  });
});

describe("detectMarkup: comments", () => {
  it("opens no comment at an escaped tag or a plain tag followed by a comment's end", () => {
    expect(detectMarkup("x&lt;b&gt;y --> z")).toEqual([removal(1, 10, "", tags("<b>"))]);
    expect(detectMarkup("x<b>y --> z")).toEqual([removal(1, 4, "", tags("<b>"))]);
  });
  it("ends a comment at the first '-->' after its opening, not one before it", () => {
    expect(detectMarkup("a-->b<!-- c -->d")).toEqual([removal(5, 15, "", tags("comment"))]);
  });
  it("reads no tag inside a comment, even right before its end", () => {
    expect(detectMarkup("a<!--<b>-->c")).toEqual([removal(1, 11, "", tags("comment"))]);
  });
});

describe("detectMarkup: tags that are not closed or too long", () => {
  it("keeps a tag that is never closed", () => {
    expect(detectMarkup("x <b y")).toEqual([]);
  });
  it("counts a tag's 2,000 characters from its own start, anywhere in the text", () => {
    const before = "x ".repeat(1100);
    expect(detectMarkup(`${before}<b>y`)).toEqual([removal(2200, 2203, "", tags("<b>"))]);
  });
});

describe("detectMarkup: script and style elements", () => {
  it("removes a stray closing tag alone, then the next element whole", () => {
    expect(detectMarkup("a</style> b <style>c</style> d")).toEqual([removal(1, 9, "", tags("<style>")), removal(12, 29, "", tags("<style>"))]);
  });
  it("ends a script at its closing tag, not at a '>' or the word 'script' inside it", () => {
    expect(detectMarkup("A<script>let script = a > b;</script>B")).toEqual([removal(1, 37, "", tags("<script>"))]);
  });
  it("ends an escaped script at its escaped closing tag, not at the word 'script' and an escaped '>' inside it", () => {
    expect(detectMarkup("a&lt;script&gt;x = script&gt;1;&lt;/script&gt;b")).toEqual([removal(1, 46, "", tags("<script>"))]);
  });
  it("removes only the opening tag of a script never closed, whatever '>' comes before it", () => {
    expect(detectMarkup("a > b <script>x")).toEqual([removal(6, 14, "", tags("<script>"))]);
  });
  it("removes only the opening tag when the closing tag has no '>'", () => {
    expect(detectMarkup("a<script>x</script")).toEqual([removal(1, 9, "", tags("<script>"))]);
  });
  it("takes a script's content up to 99,999 characters, counted from the end of its opening tag", () => {
    expect(detectMarkup(`<script>${"x".repeat(99_999)}</script>y`)).toEqual([removal(0, 100_016, "", tags("<script>"))]);
    expect(detectMarkup(`<script>${"x".repeat(100_000)}</script>y`)).toEqual([
      removal(0, 8, "", tags("<script>")),
      removal(100_008, 100_017, "", tags("<script>")),
    ]);
    const before = "y ".repeat(30_000);
    expect(detectMarkup(`${before}<script>a</script>b`)).toEqual([removal(60_000, 60_018, "", tags("<script>"))]);
  });
});

describe("detectMarkup: tags side by side and at the text's edges", () => {
  it("turns tags side by side into a paragraph break when any of them is a block", () => {
    expect(detectMarkup("a<b><p>c")).toEqual([removal(1, 7, "\n\n", tags("<b>, <p>", true))]);
  });
  it("puts no space for inline tags around a gap at the text's start or end", () => {
    expect(detectMarkup("<b> </b>c")).toEqual([removal(0, 8, "", tags("<b>"))]);
    expect(detectMarkup("a<b> </b>")).toEqual([removal(1, 9, "", tags("<b>"))]);
  });
});
