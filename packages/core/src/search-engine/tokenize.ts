// Word splitting for search: the one definition every front end uses (the library, the site, the terminal).

import { fold } from "../text/fold";

const SEPARATORS = /[^\p{L}\p{N}]+/u;

function tokenizeUnicode(text: string): string[] {
  const out: string[] = [];
  for (const part of fold(text).split(SEPARATORS)) if (part !== "") out.push(part);
  return out;
}

/**
 * Splits text into lower-case, accent-free word tokens ("Meza-Cuadra" → "meza", "cuadra";
 * "Michèle" → "michele"): letters and digits, every other character separates words.
 * Pure-ASCII text takes a shortcut (a scan of its characters) with the same result.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return tokenizeUnicode(text);
    const lower = c >= 0x61 && c <= 0x7a;
    const capital = c >= 0x41 && c <= 0x5a;
    if (lower || capital || (c >= 0x30 && c <= 0x39)) {
      if (start < 0) {
        start = i;
        upper = false;
      }
      if (capital) upper = true;
    } else if (start >= 0) {
      const word = text.slice(start, i);
      out.push(upper ? word.toLowerCase() : word);
      start = -1;
    }
  }
  if (start >= 0) {
    const word = text.slice(start);
    out.push(upper ? word.toLowerCase() : word);
  }
  return out;
}
