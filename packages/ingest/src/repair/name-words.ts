import type { Edit } from "./types";

/** Small joining words of a name, the ones a page mistypes for one another ("Office of Drugs" for "Office on Drugs"). */
const JOINING = new Set(["of", "on", "for", "in", "to", "at", "and"]);
/** An acronym in parentheses after a name: "(UNODC)". */
const ACRONYM = /\(([A-Z]{3,10})\)/gu;
/** Words of a name as written before its acronym (letters, marks, digits and inner hyphens or apostrophes). */
const WORD_BEFORE = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*$/u;
/** Fewest capitalised words a name must share with the text around the slip. */
const MIN_CAPITALS = 3;

const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
/** The initials of a name's capitalised words ("United Nations Office on Drugs and Crime" → "UNODC"). */
const initials = (words: readonly string[]): string => words.filter(isCapitalised).map((w) => w[0]).join("");

/**
 * Finds a known name written before its own acronym with one small joining word wrong: "Office of Drugs and Crime
 * (UNODC)" where a known name is "United Nations Office on Drugs and Crime", whose capitalised words' initials are
 * the acronym. The words before the acronym must be the name's last words (at least {@link MIN_CAPITALS}
 * capitalised ones, the start of the name may be cut), all but one joining word the same: that word is repaired
 * to the name's. Only when exactly one known name fits.
 */
export function detectNameWordSlips(text: string, knownNames: readonly string[]): Edit[] {
  const byAcronym = new Map<string, string[][]>();
  for (const name of knownNames) {
    const words = name.trim().split(/\s+/u);
    if (words.length < 4 || !words.some((w) => JOINING.has(w))) continue;
    const acr = initials(words);
    if (acr.length < 3) continue;
    const list = byAcronym.get(acr);
    if (list) list.push(words);
    else byAcronym.set(acr, [words]);
  }
  if (byAcronym.size === 0) return [];
  const edits: Edit[] = [];
  for (const m of text.matchAll(ACRONYM)) {
    const names = byAcronym.get(m[1]!);
    if (!names) continue;
    // the words right before the acronym, last first, with where each starts
    const written: { word: string; at: number }[] = [];
    let end = m.index;
    while (end > 0 && text[end - 1] === " ") end--;
    for (let k = 0; k < 12; k++) {
      const w = WORD_BEFORE.exec(text.slice(Math.max(0, end - 40), end));
      if (!w) break;
      written.push({ word: w[0], at: end - w[0].length });
      end -= w[0].length;
      if (text[end - 1] !== " " || text[end - 2] === " ") break;
      end--;
    }
    const fits: { at: number; from: string; to: string }[] = [];
    let asWritten = false;
    for (const words of names) {
      let slip: { at: number; from: string; to: string } | undefined;
      let capitals = 0;
      let capitalsBefore = 0;
      let i = 0;
      for (; i < Math.min(words.length, written.length); i++) {
        const want = words[words.length - 1 - i]!;
        const got = written[i]!.word;
        if (got === want) {
          if (isCapitalised(want) && slip) capitalsBefore++;
          else if (isCapitalised(want)) capitals++;
        } else if (JOINING.has(got) && JOINING.has(want) && !slip) slip = { at: written[i]!.at, from: got, to: want };
        else break;
      }
      // the name's start may be cut ("the", a token before it), but not by another capitalised word (another name's)
      // (nor by a second slip: "Agency of Ports in Shipping" is two words wrong, not one)
      const cut = i < words.length && i < written.length && (isCapitalised(written[i]!.word) || JOINING.has(written[i]!.word));
      if (slip && !cut && capitals >= MIN_CAPITALS - 1 && capitalsBefore >= 1 && capitals + capitalsBefore >= MIN_CAPITALS) fits.push(slip);
      // a name known as written (an alternate name, "Association of" beside "Association for"): nothing to repair
      if (!slip && !cut && capitals >= MIN_CAPITALS) asWritten = true;
    }
    if (asWritten) continue;
    const first = fits[0];
    if (fits.length !== 1 || !first) continue;
    edits.push({
      kind: "typo",
      action: "repaired",
      s: first.at,
      e: first.at + first.from.length,
      after: first.to,
      rationale: `"${first.from}" in the name before "(${m[1]!})" is a slip for "${first.to}": the known name whose initials are that acronym reads so, its other words as written.`,
      confidence: 0.8,
    });
  }
  return edits;
}
