import { describe, expect, it } from "vitest";
import { detectMarkup } from "./markup";

const tags = (names: string, para = false) => `HTML markup (${names}) left in the text is removed${para ? " and kept as a paragraph break" : ""}.`;
const removal = (s: number, e: number, after: string, rationale: string) => ({ kind: "markup-removed", action: "repaired", s, e, after, rationale, confidence: 0.95 });
const entity = (s: number, raw: string, after: string) => removal(s, s + raw.length, after, `The HTML entity "${raw}" is decoded to the character it stands for.`);
const apply = (t: string): string => {
  let out = "";
  let pos = 0;
  for (const e of detectMarkup(t)) {
    out += t.slice(pos, e.s) + e.after;
    pos = e.e;
  }
  return out + t.slice(pos);
};

describe("detectMarkup: inline tags", () => {
  it("removes a tag inside a word with nothing in its place", () => {
    expect(detectMarkup("a<b>c")).toEqual([removal(1, 4, "", tags("<b>"))]);
  });
  it("puts one space where tags around a gap stood between two words", () => {
    expect(detectMarkup("a<b> </b>c")).toEqual([removal(1, 9, " ", tags("<b>"))]);
    expect(apply("a<b> </b>c")).toBe("a c");
    expect(detectMarkup("a<b></b>c")).toEqual([removal(1, 8, "", tags("<b>"))]);
  });
  it("takes the spaces after a tag between spaces, so that one space is left", () => {
    expect(detectMarkup("a <b> \tc")).toEqual([removal(2, 7, "", tags("<b>"))]);
    expect(apply("a <b> c")).toBe("a c");
    expect(detectMarkup("<b> c")).toEqual([removal(0, 3, "", tags("<b>"))]);
    expect(detectMarkup("x &lt;b&gt;y")).toEqual([removal(2, 11, "", tags("<b>"))]);
  });
  it("names each kind of tag once in the rationale, comments as comments", () => {
    expect(detectMarkup('a<span class="x"><i>b</i></span>c')).toEqual([
      removal(1, 20, "", tags("<span>, <i>")),
      removal(21, 32, "", tags("<i>, <span>")),
    ]);
    expect(detectMarkup("A<!-- note -->B")).toEqual([removal(1, 14, "", tags("comment"))]);
  });
});

describe("detectMarkup: block tags and line breaks", () => {
  it("turns a block tag between text into a paragraph break, taking the spaces around it", () => {
    expect(detectMarkup("One.<p>Two.")).toEqual([removal(4, 7, "\n\n", tags("<p>", true))]);
    expect(detectMarkup("One. </p>\u00a0<p> Two.")).toEqual([removal(4, 14, "\n\n", tags("<p>", true))]);
    expect(apply("One. </p> <p> Two.")).toBe("One.\n\nTwo.");
  });
  it("leaves nothing for block tags at the start or the end", () => {
    expect(detectMarkup("<p> Text")).toEqual([removal(0, 4, "", tags("<p>", false))]);
    expect(detectMarkup("Text </p>")).toEqual([removal(4, 9, "", tags("<p>", false))]);
  });
  it("turns one <br> into a line break and two into a paragraph break", () => {
    expect(detectMarkup("Line one<br>Line two")).toEqual([removal(8, 12, "\n", tags("<br>", true))]);
    expect(detectMarkup("a\u00a0<br/>\u00a0b")).toEqual([removal(1, 8, "\n", tags("<br>", true))]);
    expect(detectMarkup("a<br><br>b")).toEqual([removal(1, 9, "\n\n", tags("<br>", true))]);
    expect(detectMarkup("a<br><b>b")).toEqual([removal(1, 8, "\n", tags("<br>, <b>", true))]);
  });
});

describe("detectMarkup: what is not a tag", () => {
  it("needs a known name followed by a space, >, / or &", () => {
    expect(detectMarkup("<bx>y")).toEqual([]);
    expect(detectMarkup("<b-x>y")).toEqual([]);
    expect(detectMarkup("<b")).toEqual([]);
    expect(detectMarkup("a <5> b")).toEqual([]);
    expect(detectMarkup("<H1>Title")).toEqual([removal(0, 4, "", tags("<h1>", false))]);
    expect(detectMarkup("x<br/>y")).toEqual([removal(1, 6, "\n", tags("<br>", true))]);
    expect(detectMarkup("x <a\thref=y>y")).toEqual([removal(2, 12, "", tags("<a>"))]);
  });
  it("drops a tag that another opens inside, and one longer than 2,000 characters", () => {
    expect(detectMarkup("<b <i>x")).toEqual([removal(3, 6, "", tags("<i>"))]);
    const fits = `<a ${"x".repeat(1997)}>`; // 2,001 characters: its ">" is 2,000 after its "<"
    expect(detectMarkup(`${fits}y`)).toEqual([removal(0, 2001, "", tags("<a>"))]);
    expect(detectMarkup(`<a ${"x".repeat(1998)}>y`)).toEqual([]);
  });
  it("reads an unclosed comment as text", () => {
    expect(detectMarkup("A<!-- never closed B")).toEqual([]);
  });
});

describe("detectMarkup: script and style content", () => {
  it("removes a script or style element with its content", () => {
    expect(detectMarkup("a <script>var x = 1;</script> b")).toEqual([removal(2, 30, "", tags("<script>"))]);
    expect(detectMarkup("a<style>p{}</style>b")).toEqual([removal(1, 19, "", tags("<style>"))]);
    expect(detectMarkup("a&lt;script&gt;x()&lt;/script&gt;b")).toEqual([removal(1, 33, "", tags("<script>"))]);
  });
  it("removes only the opening tag when the element is never closed", () => {
    expect(detectMarkup("a<script>x")).toEqual([removal(1, 9, "", tags("<script>"))]);
  });
  it("finds the end of each of several script elements", () => {
    expect(apply("A<script>1</script>B<script>2</script>C")).toBe("ABC");
  });
});

describe("detectMarkup: character entities", () => {
  it("decodes named, decimal and hexadecimal entities", () => {
    expect(detectMarkup("AT&amp;T")).toEqual([entity(2, "&amp;", "&")]);
    expect(detectMarkup("it&#8217;s")).toEqual([entity(2, "&#8217;", "’")]);
    expect(detectMarkup("a&#x2014;b&#X2014;c")).toEqual([entity(1, "&#x2014;", "—"), entity(10, "&#X2014;", "—")]);
    expect(detectMarkup("a &lt; b")).toEqual([entity(2, "&lt;", "<")]);
    expect(detectMarkup("&Eacute;&eacute;&nbsp;")).toEqual([entity(0, "&Eacute;", "É"), entity(8, "&eacute;", "é"), entity(16, "&nbsp;", "\u00a0")]);
  });
  it("decodes numbers up to U+10FFFF, except 0 and the surrogates", () => {
    expect(detectMarkup("&#1;")).toEqual([entity(0, "&#1;", "\u0001")]);
    expect(detectMarkup("&#0;")).toEqual([]);
    expect(detectMarkup("&#xD7FF;")).toEqual([entity(0, "&#xD7FF;", "\ud7ff")]);
    expect(detectMarkup("&#xD800;")).toEqual([]);
    expect(detectMarkup("&#57343;")).toEqual([]);
    expect(detectMarkup("&#57344;")).toEqual([entity(0, "&#57344;", "\ue000")]);
    expect(detectMarkup("&#x10FFFF;")).toEqual([entity(0, "&#x10FFFF;", "\u{10ffff}")]);
    expect(detectMarkup("&#1114112;")).toEqual([]);
    expect(detectMarkup("&#x1F600;")).toEqual([entity(0, "&#x1F600;", "😀")]);
  });
  it("leaves unknown names and entities without their semicolon", () => {
    expect(detectMarkup("&bogus; &amp &#38 x&y;")).toEqual([]);
  });
  it("decodes nothing inside a tag, and an entity right after a tag, in text order", () => {
    expect(detectMarkup('x <a title="&amp;">y')).toEqual([removal(2, 19, "", tags("<a>"))]);
    expect(detectMarkup("x<b>&amp;</b>y")).toEqual([removal(1, 4, "", tags("<b>")), entity(4, "&amp;", "&"), removal(9, 13, "", tags("<b>"))]);
    expect(detectMarkup("&amp; <b>x")).toEqual([entity(0, "&amp;", "&"), removal(6, 9, "", tags("<b>"))]);
  });
});
