/** A slug (`Id`) from display text: accents dropped, lower-case ASCII words joined by hyphens. */
export function slugify(text: string, maxWords = 8): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0)
    .slice(0, maxWords)
    .join("-");
}
