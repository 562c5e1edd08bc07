/** Extraction of multi-word proper names (organisation names) from a text. */

const CONNECTORS = new Set(["of", "for", "and", "on", "against", "in", "de", "du", "des", "la", "le"]);
const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’.-]*/gu;

function isCapitalised(word: string): boolean {
  const first = word[0] ?? "";
  return first !== first.toLowerCase();
}

/**
 * Finds sequences of capitalised words (joined by connectors such as "of", "for", "and", "on")
 * of at least three words, e.g. "United Nations Office of Counter-Terrorism". A sequence stops
 * at punctuation other than hyphens and apostrophes.
 */
export function extractNames(text: string): string[] {
  const names = new Set<string>();
  let current: string[] = [];
  let lastEnd = -1;
  const flush = (): void => {
    while (current.length > 0 && CONNECTORS.has(current[current.length - 1] ?? "")) current.pop();
    if (current.length >= 3) names.add(current.join(" "));
    current = [];
  };
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    const start = m.index;
    const gap = lastEnd < 0 ? "" : text.slice(lastEnd, start);
    if (lastEnd >= 0 && gap !== " ") flush();
    const endsWithPeriod = word.endsWith(".");
    if (endsWithPeriod) word = word.slice(0, -1);
    if (isCapitalised(word) || (current.length > 0 && CONNECTORS.has(word))) current.push(word);
    else flush();
    if (endsWithPeriod) flush();
    lastEnd = start + m[0].length;
  }
  flush();
  return [...names];
}
