import type { Edit } from "./types";

const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;
/** Words whose doubling is often grammatical ("that that", "had had", "is is"). */
const LEGIT = new Set(["that", "had", "is", "do", "does", "did", "so", "very", "bye", "no", "ha", "la", "can", "tut", "pooh"]);

const capitalised = (w: string): boolean => w[0] !== undefined && w[0] !== w[0].toLowerCase();

/**
 * Finds a word written twice in a row ("the the"). Repairs it (drops the second copy) when the two
 * are separated by spaces only and are the same word in the same case or a capitalised first copy;
 * flags it when the doubling can be grammatical ("that that"), both copies are capitalised (a name
 * such as "Bora Bora"), the case differs otherwise, or a line break separates them.
 */
export function detectDoubledWords(text: string): Edit[] {
  const edits: Edit[] = [];
  let prev: RegExpMatchArray | null = null;
  for (const m of text.matchAll(WORD)) {
    const p = prev;
    prev = m;
    if (!p || p.index === undefined || m.index === undefined) continue;
    const a = p[0];
    const b = m[0];
    if (a.toLowerCase() !== b.toLowerCase()) continue;
    const gap = text.slice(p.index + a.length, m.index);
    if (!/^[ \t\u00a0]*\n?[ \t\u00a0]*$/u.test(gap) || gap.length === 0) continue;
    const before = text[p.index - 1];
    const after = text[m.index + b.length];
    if ((before !== undefined && /[\p{N}&/@#_-]/u.test(before)) || (after !== undefined && /[\p{N}&/@#_-]/u.test(after))) continue;
    const lineBreak = gap.includes("\n");
    const sameCase = a === b || (capitalised(a) && a.slice(1) === b.slice(1) && !capitalised(b));
    const legit = LEGIT.has(b.toLowerCase());
    const name = capitalised(a) && capitalised(b);
    const flag = lineBreak || legit || name || !sameCase;
    const why = lineBreak
      ? "they are split by a line break"
      : legit
        ? "this doubling can be grammatical"
        : name
          ? "both are capitalised and may be a name"
          : "their case differs";
    edits.push({
      kind: "doubled-word",
      action: flag ? "flagged" : "repaired",
      s: flag ? p.index : p.index + a.length,
      e: m.index + b.length,
      after: flag ? text.slice(p.index, m.index + b.length) : "",
      rationale: flag ? `"${a}${gap}${b}" repeats a word, but ${why}, so it is only flagged.` : `"${a} ${b}" repeats a word by mistake; the second copy is removed.`,
      confidence: flag ? 0.5 : 0.9,
    });
  }
  return edits;
}
