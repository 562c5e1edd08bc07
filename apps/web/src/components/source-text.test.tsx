import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { dataset, getMeeting, getSource, sliceCodePoints, sourceCorrections } from "@briefings/core";
import type { Correction } from "@briefings/core";
import { spansOfSource } from "../lib/evidence";
import { SourceText } from "./source-text";
import { SEED_ID } from "../../test/seed";

const seed = getMeeting(dataset, SEED_ID)!;
const source = getSource(dataset, seed.sources[0]!)!;
const text = source.archive!.text;
const corrections = sourceCorrections(dataset, source.id);
const spans = spansOfSource(dataset, source.id);
const html = renderToStaticMarkup(<SourceText text={text} spans={spans} corrections={corrections} correctionIdPrefix="c-" />);
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
/** The text of the markup, without insertions, markers and hidden labels: what the source said. */
const original = (markup: string) =>
  unescape(
    markup
      .replace(/<ins[^>]*>.*?<\/ins>/gs, "")
      .replace(/<a [^>]*class="corr-ref"[^>]*>.*?<\/a>/gs, "")
      .replace(/<span class="code-points">.*?\)<\/span>/gs, "")
      .replace(/<span class="visually-hidden">.*?<\/span>/gs, "")
      .replace(/<[^>]+>/g, ""),
  );

describe("SourceText", () => {
  it("keeps the archived text exactly, character for character", () => {
    expect(spans.length).toBeGreaterThan(10);
    expect(original(html)).toBe(text);
  });

  it("shows the code points of excised text in a script the reader's fonts may lack, once, beside it", () => {
    const excised = corrections.filter((c) => c.kind === "injected-text-excised");
    expect(excised.length).toBeGreaterThan(0);
    expect(html.split(`<del class="excised"`).length - 1).toBe(excised.length);
    const shown = [...html.matchAll(/<span class="code-points"> \(<span class="visually-hidden">code points <\/span><code>([^<]*)<\/code>\)<\/span>/g)].map((m) => m[1]);
    expect(shown).toEqual(["U+7F05 U+5317 U+7981 U+5730 U+000A U+000A", "U+7F05 U+5317 U+7981 U+5730"]);
    // Latin text gets none: the restored words and the typo fix are not followed by code points.
    expect(shown).toHaveLength(excised.length);
  });

  it("gives every evidence span one <mark> with its anchor id", () => {
    for (const s of spans) {
      const id = `span-${s.start}-${s.end}`;
      expect(html.split(`id="${id}"`).length - 1).toBe(1);
      expect(html).toContain(`<mark id="${id}" class="ev">`);
    }
  });

  it("marks a span whose offsets are code points, whatever the characters before it", () => {
    // The seed's text begins with CJK spam; a span after it must still wrap exactly its `exact` text.
    const s = spans.find((x) => x.start > 0)!;
    const id = `span-${s.start}-${s.end}`;
    const opened = html.indexOf(`<mark id="${id}"`);
    const inside = html.slice(opened);
    expect(original(inside).startsWith(sliceCodePoints(text, s.start, s.end))).toBe(true);
    expect(s.exact).toBe(sliceCodePoints(text, s.start, s.end));
  });

  it("strikes excised injected text through and shows restored words as insertions", () => {
    const excised = corrections.filter((c) => c.kind === "injected-text-excised");
    expect(excised.length).toBeGreaterThan(0);
    for (const c of excised) expect(html).toMatch(new RegExp(`<del class="excised"[^>]*>${c.before.trim().replace(/\n/g, "\\n")}`));
    const restored = corrections.filter((c) => c.kind === "words-restored");
    for (const c of restored) expect(unescape(html)).toContain(`<ins title="Words restored">${c.after}</ins>`);
  });

  it("numbers each correction and links it to its row", () => {
    corrections.forEach((_, i) => expect(html).toContain(`href="#c-${i + 1}"`));
  });

  it("handles crossing spans and a correction inside a span", () => {
    const t = "0123456789";
    const c: Correction = { id: "x", source: "s", kind: "typo", action: "repaired", start: 4, end: 5, before: "4", after: "four", rationale: "r", confidence: 1 };
    const markup = renderToStaticMarkup(
      <SourceText text={t} spans={[{ start: 1, end: 6 }, { start: 3, end: 8 }]} corrections={[c]} correctionIdPrefix="c-" />,
    );
    expect(original(markup)).toBe(t);
    expect(markup).toContain('<mark id="span-1-6" class="ev">');
    expect(markup).toContain('<mark id="span-3-8" class="ev">');
    expect(markup).toContain('<mark class="ev cont">');
    expect(markup).toContain("<ins");
  });
});
