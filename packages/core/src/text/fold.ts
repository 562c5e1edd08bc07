// Folding text for comparison and for ids: the one place that drops accents and case.

import { INVISIBLE_CLASS } from "./unsafe";

/** Combining marks and the invisible characters (zero-width space, joiner, word joiner, BOM …), dropped in one pass. */
const MARKS = new RegExp(`[\\p{M}${INVISIBLE_CLASS}]+`, "gu");

/**
 * Text without accents (compatibility-decomposed, combining marks dropped), without invisible characters
 * (a zero-width space pasted inside a word does not split it) and in lower case: "Méza" → "meza",
 * "terr\u200Borism" → "terrorism".
 */
export function fold(text: string): string {
  return text.normalize("NFKD").replace(MARKS, "").toLowerCase();
}

/** Letters that decomposition does not reduce to a Latin base letter. */
const BASE_LETTER: Readonly<Record<string, string>> = { ı: "i", ł: "l", Ł: "L", đ: "d", Đ: "D", ø: "o", Ø: "O", ß: "ss" };
const NOT_DECOMPOSED = /[ıłŁđĐøØß]/gu;
const COMBINING = /\p{M}/gu;
const ASCII_ONLY = /^[\x00-\x7f]*$/u;

/**
 * A word or name without its letters' marks, case and everything else kept (canonical decomposition, marks
 * dropped, and ı ł đ ø ß to their base letters): "Murmokaitė" → "Murmokaite", "Łukasz" → "Lukasz". For
 * comparing spellings of one name; `fold` is for search and ids.
 */
export function stripMarks(text: string): string {
  if (ASCII_ONLY.test(text)) return text;
  return text.normalize("NFD").replace(COMBINING, "").replace(NOT_DECOMPOSED, (c) => BASE_LETTER[c] ?? c);
}

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/**
 * Folded text (see `fold`) with every run of other characters than letters and digits (spaces, punctuation,
 * quotation marks, dashes) as one space, trimmed: a key for comparing phrases and names as words
 * ("“Soft” targets — Méza-Cuadra" → "soft targets meza cuadra").
 */
export function foldPhrase(text: string): string {
  return fold(text).replace(NOT_LETTER_OR_DIGIT, " ").trim();
}

/**
 * A slug (`Id`) from display text: folded, lower-case ASCII words joined by hyphens, at most `maxWords` words and
 * 100 characters ("Protection of “soft” targets" → "protection-of-soft-targets").
 */
export function slugify(text: string, maxWords = 8): string {
  const words = fold(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0)
    .slice(0, maxWords);
  return words.join("-").slice(0, 100).replace(/-+$/u, "");
}

/**
 * `text` in lower case with every character where it was, so that an offset found in the result is the same offset
 * in `text`. `toLowerCase` can lengthen a string ("İ" becomes "i" and a combining dot: two code units, and every
 * offset after it moves): such a character is kept as it is.
 */
export function lowerKeepingOffsets(text: string): string {
  const lower = text.toLowerCase();
  // Lowercasing never shortens a string: the same length means that no character grew.
  if (lower.length === text.length) return lower;
  let out = "";
  for (const ch of text) {
    const lowered = ch.toLowerCase();
    out += lowered.length === ch.length ? lowered : ch;
  }
  return out;
}
