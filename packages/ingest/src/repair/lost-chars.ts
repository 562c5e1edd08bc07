import type { Edit } from "./types";

const TOKEN = /[\p{L}\p{M}?'’-]+/gu;
const WORDS = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/**
 * Finds words where letters were lost to "?" ("C?te", "Mich?le": a "?" with letters on both
 * sides). Restores a word when exactly one candidate fits, taken from `knownNames` or from the
 * same text (a word with non-ASCII letters where the "?" are); otherwise flags it.
 */
export function detectLostChars(text: string, knownNames: readonly string[]): Edit[] {
  const edits: Edit[] = [];
  const vocabulary = new Set<string>();
  for (const source of [...knownNames, text]) {
    for (const m of source.matchAll(WORDS)) if (/[^\x00-\x7f]/u.test(m[0])) vocabulary.add(m[0]);
  }
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0];
    if (!/\p{L}\?+\p{L}/u.test(token)) continue;
    const before = text[m.index - 1];
    const after = text[m.index + token.length];
    // URLs, file names, query strings: not prose
    if ((before !== undefined && /[/=&.:@#_\d]/u.test(before)) || (after !== undefined && /[/=&:@#_\d]/u.test(after))) continue;
    const pattern = new RegExp(
      `^${token
        .split(/(\?+)/u)
        .map((part) => (part.startsWith("?") ? `[^\\x00-\\x7f]{1,${part.length}}` : escapeRe(part)))
        .join("")}$`,
      "u",
    );
    const fits = [...vocabulary].filter((w) => pattern.test(w));
    const only = fits.length === 1 ? fits[0] : undefined;
    if (only !== undefined) {
      edits.push({
        kind: "lost-characters",
        action: "repaired",
        s: m.index,
        e: m.index + token.length,
        after: only,
        rationale: `In "${token}" letters were lost to "?" (a non-ASCII letter replaced by a lossy conversion); "${only}" is the only fitting word known or found in the text.`,
        confidence: 0.85,
      });
    } else {
      edits.push({
        kind: "lost-characters",
        action: "flagged",
        s: m.index,
        e: m.index + token.length,
        after: token,
        rationale: `In "${token}" a letter seems lost to "?"; ${fits.length === 0 ? "nothing known" : "more than one known word"} fits, so it is left as is.`,
        confidence: 0.6,
      });
    }
  }
  return edits;
}
