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
const RUN = /((?:[\p{Lu}][\p{L}\p{N}’'.&-]*|of|for|and|on|the|in|against|to|de|des|du|la|&)(?:\s+(?:[\p{Lu}][\p{L}\p{N}’'.&-]*|of|for|and|on|the|in|against|to|de|des|du|la|&)){0,12})\s+\(([\p{Lu}][\p{Lu}\p{N}&.-]{1,11})\)/gu;

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
    if (isSubsequence(acr, words.slice(i).join(" ").toLowerCase())) return i;
  }
  return undefined;
}

/** Every acronym the text defines, in order (the first definition of an acronym wins). */
export function findAcronyms(doc: Doc): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  const seen = new Set<string>();
  for (const paragraph of doc.paragraphs) {
    const para = doc.text.slice(paragraph.start, paragraph.end);
    RUN.lastIndex = 0;
    for (let m = RUN.exec(para); m; m = RUN.exec(para)) {
      const wordMatches = [...m[1]!.matchAll(/\S+/gu)];
      const words = wordMatches.map((w) => w[0]);
      const acronym = m[2]!;
      const from = nameForAcronym(words, acronym);
      if (from === undefined || seen.has(acronym)) continue;
      const name = words.slice(from).join(" ");
      const start = paragraph.start + m.index + wordMatches[from]!.index;
      seen.add(acronym);
      out.push({ acronym, name, span: { start, end: paragraph.start + m.index + m[0].length } });
    }
  }
  return out;
}
