import { stripMarks } from "@briefings/core";
import type { Edit } from "./types";

/** A word of a name: letters, marks, and the apostrophes and hyphens inside names. */
const WORD = /\p{L}[\p{L}\p{M}’'-]*/gu;
const ASCII = /^[\x00-\x7f]*$/u;
const isPlain = (w: string): boolean => w === stripMarks(w);
/** Shortest name word checked (short words collide with ordinary words). */
const MIN_WORD = 4;

/**
 * Finds known names written with their letters' marks wrong or missing. A word that equals a word
 * of a known name once marks are set aside, but not as written:
 * - with marks of its own that differ ("Murmokaité" for "Murmokaitė", a mark mistyped or mis-set by
 *   the page): repaired to the known spelling, when only one known word folds to it;
 * - with no marks at all ("Ertugrul" for "Ertuğrul", a transliteration): flagged, not changed (a
 *   plain spelling is how many pages write the name), and only beside another word of the same
 *   name, so that a name is what it is part of.
 */
export function detectNameVariants(text: string, knownNames: readonly string[]): Edit[] {
  // each folded word of a known name with marks → its spellings, and the names it belongs to
  const spellings = new Map<string, Set<string>>();
  const partners = new Map<string, Set<string>>();
  for (const name of knownNames) {
    if (ASCII.test(name)) continue;
    const words = [...name.matchAll(WORD)].map((m) => m[0]);
    for (const w of words) {
      if (w.length < MIN_WORD || isPlain(w)) continue;
      const key = stripMarks(w);
      const known = spellings.get(key) ?? new Set<string>();
      known.add(w);
      spellings.set(key, known);
      const others = partners.get(key) ?? new Set<string>();
      for (const o of words) if (o !== w) others.add(stripMarks(o));
      partners.set(key, others);
    }
  }
  if (spellings.size === 0) return [];
  const edits: Edit[] = [];
  const words = [...text.matchAll(WORD)];
  words.forEach((m, i) => {
    const w = m[0];
    if (w.length < MIN_WORD) return;
    const key = stripMarks(w);
    const known = spellings.get(key);
    if (!known || known.has(w) || known.size !== 1) return;
    const right = [...known][0]!;
    const s = m.index;
    const e = s + w.length;
    if (!isPlain(w)) {
      edits.push({
        kind: "name-variant",
        action: "repaired",
        s,
        e,
        after: right,
        rationale: `"${w}" is the known name "${right}" with a letter's mark written wrong.`,
        confidence: 0.8,
      });
      return;
    }
    // a plain spelling: only inside the name, next to another of its words
    const near = [words[i - 1], words[i + 1]].filter((n): n is RegExpExecArray => n !== undefined && Math.abs(n.index - s) <= w.length + 40);
    const adjacent = near.filter((n) => /^[\s.]{1,3}$/u.test(n.index < s ? text.slice(n.index + n[0].length, s) : text.slice(e, n.index)));
    // Stryker disable next-line OptionalChaining: every key of `spellings` is also a key of `partners` (both are set together)
    if (!adjacent.some((n) => partners.get(key)?.has(stripMarks(n[0])))) return;
    edits.push({
      kind: "name-variant",
      action: "flagged",
      s,
      e,
      after: w,
      rationale: `"${w}" is the known name "${right}" written without its marks; left as the page writes it.`,
      confidence: 0.5,
    });
  });
  return edits;
}
