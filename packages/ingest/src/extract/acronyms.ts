// Acronyms a text defines itself: "the Financial Action Task Force (FATF)".
import type { Doc, Span } from "./text";

/** An acronym defined in the text, with the full name it stands for. */
export interface AcronymDefinition {
  /** The acronym, as written in the brackets. */
  acronym: string;
  /** The full name before the brackets. */
  name: string;
  /** Where the full name and the acronym are written. */
  span: Span;
}

const CONNECTORS = new Set(["of", "for", "and", "on", "the", "in", "against", "to", "de", "des", "du", "la", "&"]);
/** An acronym in brackets after white space: " (FATF)". */
const BRACKETED = /\s\(([\p{Lu}][\p{Lu}\p{N}&.-]{1,11})\)/gu;
/** A word of a name: capitalised, or a connector. */
const NAME_WORD = /^(?:[\p{Lu}][\p{L}\p{N}’'.&-]*|of|for|and|on|the|in|against|to|de|des|du|la|&)$/u;
/** Longest name looked at before an acronym, in words. */
const MAX_WORDS = 13;

const isSubsequence = (needle: string, hay: string): boolean => {
  let i = 0;
  for (const ch of hay) if (ch === needle[i]) i++;
  return i === needle.length;
};

/** Picks the shortest tail of `words` that the acronym abbreviates (initials first, then letters). */
export function nameForAcronym(words: readonly string[], acronym: string): number | undefined {
  const acr = acronym.toLowerCase().replace(/[^a-z0-9]/gu, "");
  if (acr.length === 0) return undefined;
  const tails = [...words.keys()].reverse().filter((i) => !CONNECTORS.has(words[i]!) && words[i]![0]!.toLowerCase() === acr[0]);
  for (const i of tails) {
    const initials = words
      .slice(i)
      .filter((w) => !CONNECTORS.has(w))
      .flatMap((w) => w.split("-"))
      .map((w) => (w[0] ?? "").toLowerCase())
      .join("");
    if (isSubsequence(acr, initials) && initials.length >= acr.length) return i;
  }
  for (const i of tails) {
    // Stryker disable next-line StringLiteral: the acronym holds letters and digits only, so the spaces between the words match nothing
    if (isSubsequence(acr, words.slice(i).join(" ").toLowerCase())) return i;
  }
  return undefined;
}

/**
 * Every acronym the text defines, in order (the first definition of an acronym wins). Each
 * " (ACR)" is found first, then the name is read backwards over at most 13 words, so that the
 * work is linear (one expression matching the name forwards backtracked quadratically on a long
 * run of capitals).
 */
export function findAcronyms(doc: Doc): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  const seen = new Set<string>();
  for (const paragraph of doc.paragraphs) {
    const para = doc.text.slice(paragraph.start, paragraph.end);
    BRACKETED.lastIndex = 0;
    for (let m = BRACKETED.exec(para); m; m = BRACKETED.exec(para)) {
      const acronym = m[1]!;
      // The words before the bracket (white space before it included), nearest last.
      let end = m.index + 1;
      while (end > 0 && /\s/u.test(para[end - 1]!)) end--;
      const words: { word: string; at: number }[] = [];
      let at = end;
      while (words.length < MAX_WORDS && at > 0) {
        let s = at;
        while (s > 0 && !/\s/u.test(para[s - 1]!) && at - s <= 60) s--;
        const word = para.slice(s, at);
        if (s === at || !NAME_WORD.test(word) || (s > 0 && !/\s/u.test(para[s - 1]!))) break;
        words.unshift({ word, at: s });
        at = s;
        while (at > 0 && /\s/u.test(para[at - 1]!)) at--;
      }
      if (words.length === 0) continue;
      const from = nameForAcronym(
        words.map((w) => w.word),
        acronym,
      );
      if (from === undefined || seen.has(acronym)) continue;
      const name = words
        .slice(from)
        .map((w) => w.word)
        .join(" ");
      seen.add(acronym);
      out.push({ acronym, name, span: { start: paragraph.start + words[from]!.at, end: paragraph.start + m.index + m[0].length } });
    }
  }
  return out;
}
