// Word wrapping and truncation by display width (wide characters count two columns).
import stringWidth from "string-width";

/** Printable ASCII only: one column per character, so no grapheme segmentation is needed. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Display width of `text` in terminal columns. */
export function textWidth(text: string): number {
  return PRINTABLE_ASCII.test(text) ? text.length : stringWidth(text);
}

/** Grapheme segmentation, created on first use (most lines are ASCII and never need it). */
let graphemes: Intl.Segmenter | undefined;
const segmentsOf = (text: string) => (graphemes ??= new Intl.Segmenter(undefined, { granularity: "grapheme" })).segment(text);

/** Splits a word wider than `width` into pieces that fit (by grapheme, so no character is cut). */
function splitWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let current = "";
  let currentWidth = 0;
  for (const { segment } of segmentsOf(word)) {
    const w = textWidth(segment);
    if (currentWidth + w > width && current !== "") {
      pieces.push(current);
      current = "";
      currentWidth = 0;
    }
    current += segment;
    currentWidth += w;
  }
  if (current !== "") pieces.push(current);
  return pieces;
}

/**
 * Wraps `text` into lines of at most `width` columns, breaking at spaces (a word longer than a line is
 * split). Line feeds in the text start new lines; `indent` is put before every line after the first.
 */
export function wrapText(text: string, width: number, indent = ""): string[] {
  const max = Math.max(1, width);
  const indentWidth = textWidth(indent);
  const lines: string[] = [];
  const available = () => Math.max(1, max - (lines.length === 0 ? 0 : indentWidth));
  let current = "";
  let currentWidth = 0;
  const flush = () => {
    lines.push((lines.length === 0 ? "" : indent) + current);
    current = "";
    currentWidth = 0;
  };
  for (const paragraph of text.split("\n")) {
    for (const word of paragraph.split(" ")) {
      if (word === "") continue;
      const w = textWidth(word);
      if (currentWidth > 0 && currentWidth + 1 + w <= available()) {
        current += ` ${word}`;
        currentWidth += 1 + w;
        continue;
      }
      if (currentWidth > 0) flush();
      if (w <= available()) {
        current = word;
        currentWidth = w;
        continue;
      }
      for (const piece of splitWord(word, Math.max(1, max - indentWidth))) {
        if (currentWidth > 0) flush();
        current = piece;
        currentWidth = textWidth(piece);
      }
    }
    flush();
  }
  return lines;
}

/** `text` cut to at most `width` columns (ending with "…" when cut), with its width. */
function cut(text: string, width: number): { text: string; width: number } {
  if (width <= 0) return { text: "", width: 0 };
  if (PRINTABLE_ASCII.test(text)) return text.length <= width ? { text, width: text.length } : { text: `${text.slice(0, width - 1)}…`, width };
  const total = stringWidth(text);
  if (total <= width) return { text, width: total };
  let out = "";
  let used = 0;
  for (const { segment } of segmentsOf(text)) {
    const w = textWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return { text: `${out}…`, width: used + 1 };
}

/** Cuts `text` to at most `width` columns, ending with "…" when cut. */
export function truncate(text: string, width: number): string {
  return cut(text, width).text;
}

/** Pads (or cuts) `text` to exactly `width` columns. */
export function fit(text: string, width: number): string {
  const c = cut(text, width);
  return c.text + " ".repeat(Math.max(0, width - c.width));
}
