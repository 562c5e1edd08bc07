// Word wrapping and truncation by display width (wide characters count two columns).
import stringWidth from "string-width";
import { ONE_COLUMN } from "./one-column";

/** Grapheme segmentation, created on first use (most lines are ASCII and never need it). */
let segmenter: Intl.Segmenter | undefined;
const segmentsOf = (text: string) => (segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" })).segment(text);

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Widths of the clusters met so far: string-width costs tens of microseconds a call, and text repeats its characters. */
const widths = new Map<string, number>();

/** Display width of one grapheme cluster (printable ASCII at once, others remembered). */
function clusterWidth(cluster: string): number {
  if (cluster.length === 1 && cluster >= " " && cluster <= "~") return 1;
  let width = widths.get(cluster);
  if (width === undefined) {
    if (widths.size >= 65_536) widths.clear();
    widths.set(cluster, (width = stringWidth(cluster)));
  }
  return width;
}

/** Code units segmented at a time: `Intl.Segmenter` slows down with the length of what it segments. */
const WINDOW = 1024;

/**
 * The grapheme clusters of `text`, in linear time. `Intl.Segmenter` over one long string costs more per
 * cluster the longer the string (a 200,000-character word took minutes), so the text is segmented in
 * windows; each window's last cluster, which may continue past the window, is segmented again with
 * the next one. A single cluster longer than a window (thousands of combining marks) is cut there.
 */
export function* graphemes(text: string): Generator<string> {
  if (text.length <= WINDOW) {
    for (const { segment } of segmentsOf(text)) yield segment;
    return;
  }
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + WINDOW);
    // Printable ASCII followed by printable ASCII: every character is a cluster of its own.
    if (PRINTABLE_ASCII.test(text.slice(start, end + 1))) {
      for (let i = start; i < end; i++) yield text[i]!;
      start = end;
      continue;
    }
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++; // never split a surrogate pair
    let previous: string | undefined;
    let consumed = 0;
    for (const { segment } of segmentsOf(text.slice(start, end))) {
      if (previous !== undefined) {
        yield previous;
        consumed += previous.length;
      }
      previous = segment;
    }
    if (previous === undefined) break;
    if (end === text.length || consumed === 0) {
      // The end of the text, or one cluster filling the whole window: it is complete (or cut).
      yield previous;
      consumed += previous.length;
    }
    start += consumed;
  }
}

/** Display width of `text` in terminal columns (linear in its length). */
export function textWidth(text: string): number {
  if (text.length <= WINDOW) return stringWidth(text);
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let width = 0;
  for (const cluster of graphemes(text)) width += clusterWidth(cluster);
  return width;
}

/** Splits a word wider than `width` into pieces that fit (by grapheme, so no character is cut). */
function splitWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  if (PRINTABLE_ASCII.test(word)) {
    for (let i = 0; i < word.length; i += width) pieces.push(word.slice(i, i + width));
    return pieces;
  }
  let current = "";
  let currentWidth = 0;
  for (const segment of graphemes(word)) {
    const w = clusterWidth(segment);
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
  // One column a character (the list's lines, the footer's arrows and dots): cut by length, no segmenter.
  if (ONE_COLUMN.test(text)) return text.length <= width ? { text, width: text.length } : { text: `${text.slice(0, width - 1)}…`, width };
  const total = textWidth(text);
  if (total <= width) return { text, width: total };
  let out = "";
  let used = 0;
  for (const segment of graphemes(text)) {
    const w = clusterWidth(segment);
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
