// Word wrapping and truncation by display width (wide characters count two columns).
import stringWidth from "string-width";

/** Display width of `text` in terminal columns. */
export function textWidth(text: string): number {
  return stringWidth(text);
}

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** Splits a word wider than `width` into pieces that fit (by grapheme, so no character is cut). */
function splitWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let current = "";
  let currentWidth = 0;
  for (const { segment } of segmenter.segment(word)) {
    const w = stringWidth(segment);
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
  const indentWidth = stringWidth(indent);
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
      const w = stringWidth(word);
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
        currentWidth = stringWidth(piece);
      }
    }
    flush();
  }
  return lines;
}

/** Cuts `text` to at most `width` columns, ending with "…" when cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return "";
  if (stringWidth(text) <= width) return text;
  let out = "";
  let used = 0;
  for (const { segment } of segmenter.segment(text)) {
    const w = stringWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

/** Pads (or cuts) `text` to exactly `width` columns. */
export function fit(text: string, width: number): string {
  const cut = truncate(text, width);
  return cut + " ".repeat(Math.max(0, width - stringWidth(cut)));
}
