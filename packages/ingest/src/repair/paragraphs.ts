/** Paragraph splitting shared by the detectors (UTF-16 offsets). */

/** A paragraph: a maximal block of non-blank lines. */
export interface Paragraph {
  s: number;
  e: number;
  text: string;
}

/** Splits a text into paragraphs separated by blank lines (whitespace or NBSP only). `trimEnd` rather than an expression anchored at the end, which backtracks quadratically on a long run of spaces. */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let off = 0;
  let cur: Paragraph | null = null;
  for (const line of text.split("\n")) {
    const blank = /^[\s\u00a0]*$/u.test(line);
    if (blank) {
      if (cur) out.push(cur);
      cur = null;
    } else if (cur) {
      cur.e = off + line.trimEnd().length;
      cur.text = text.slice(cur.s, cur.e);
    } else {
      const lead = line.length - line.trimStart().length;
      const s = off + lead;
      const e = off + line.trimEnd().length;
      cur = { s, e, text: text.slice(s, e) };
    }
    off += line.length + 1;
  }
  if (cur) out.push(cur);
  return out;
}

/** Whitespace-normalised form of a paragraph, for comparison. */
export function normalise(text: string): string {
  return text.replace(/[\s\u00a0]+/gu, " ").trim();
}
