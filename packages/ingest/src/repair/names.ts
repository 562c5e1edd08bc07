/** Extraction of multi-word proper names (organisation names) from a text. */

const CONNECTORS = new Set(["of", "for", "and", "on", "against", "in", "de", "du", "des", "la", "le"]);
const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’.-]*/gu;

function isCapitalised(word: string): boolean {
  // Stryker disable next-line StringLiteral: a WORD match (even without its final period) is never empty, so the fallback is never used
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
  // Stryker disable next-line UnaryOperator: before the first word `current` is empty, so a flush caused by any other start changes nothing
  let lastEnd = -1;
  const flush = (): void => {
    // Stryker disable next-line StringLiteral: read only while `current` is not empty, so the fallback is never used
    while (current.length > 0 && CONNECTORS.has(current[current.length - 1] ?? "")) current.pop();
    if (current.length >= 3) names.add(current.join(" "));
    current = [];
  };
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    const start = m.index;
    // Stryker disable next-line StringLiteral: the gap is read only once lastEnd >= 0, never for the first word
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
