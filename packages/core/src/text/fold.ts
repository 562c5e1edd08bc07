// Folding text for comparison and for ids: the one place that drops accents and case.

const MARKS = /\p{M}+/gu;

/** Text without accents (compatibility-decomposed, combining marks dropped) and in lower case: "Méza" → "meza". */
export function fold(text: string): string {
  return text.normalize("NFKD").replace(MARKS, "").toLowerCase();
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
