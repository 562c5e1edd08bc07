import type { Edit } from "./types";

const TOKEN = /[\p{L}\p{M}?'’-]+/gu;
const WORDS = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;
/** Longest token read as a word with lost letters (longer ones are no words: "?a?a?a…"). */
const MAX_TOKEN = 40;
/** Most vocabulary words compared with one token (bounds the work per token). */
const MAX_CANDIDATES = 4000;

const isAscii = (ch: string) => ch.charCodeAt(0) < 0x80;

/**
 * Whether `word` fits `token`: the same letters, each run of "?" standing for one to as many
 * non-ASCII characters ("C?te" fits "Côte"; "Mich??le" fits "Michèle" when the "è" became two
 * "?"). Both are short (a word): plain backtracking over code points.
 */
export function fitsLost(token: string, word: string): boolean {
  const t = Array.from(token);
  const w = Array.from(word);
  const match = (i: number, j: number): boolean => {
    if (i === t.length) return j === w.length;
    if (t[i] !== "?") return j < w.length && t[i] === w[j] && match(i + 1, j + 1);
    let run = 0;
    while (t[i + run] === "?") run++;
    for (let k = 1; k <= run && j + k <= w.length; k++) {
      if (isAscii(w[j + k - 1]!)) break;
      if (match(i + run, j + k)) return true;
    }
    return false;
  };
  return match(0, 0);
}

/** The words with non-ASCII letters of the known names and of the text, indexed by first and by last letter. */
class Vocabulary {
  readonly #byFirst = new Map<string, string[]>();
  readonly #byLast = new Map<string, string[]>();
  readonly #seen = new Set<string>();

  add(word: string) {
    if (this.#seen.has(word) || !/[^\x00-\x7f]/u.test(word)) return;
    this.#seen.add(word);
    const cps = Array.from(word);
    for (const [map, key] of [
      [this.#byFirst, cps[0]!],
      [this.#byLast, cps[cps.length - 1]!],
    ] as const) {
      const list = map.get(key);
      if (list) list.push(word);
      else map.set(key, [word]);
    }
  }

  /** The words that fit a token with lost letters. */
  fits(token: string): string[] {
    const cps = Array.from(token);
    const first = cps[0]!;
    const last = cps[cps.length - 1]!;
    const pool = first !== "?" ? this.#byFirst.get(first) : last !== "?" ? this.#byLast.get(last) : undefined;
    return (pool ?? []).slice(0, MAX_CANDIDATES).filter((w) => fitsLost(token, w));
  }
}

/**
 * Finds words where letters were lost to "?" ("C?te", "Mich?le": a "?" with letters on both
 * sides). Restores a word when exactly one candidate fits, taken from `knownNames` (organizations,
 * people, Member States, cities) or from the same text (a word with non-ASCII letters where the
 * "?" are); otherwise flags it. Linear: each token is compared with a bounded list of words that
 * share its first (or last) letter.
 */
export function detectLostChars(text: string, knownNames: readonly string[]): Edit[] {
  const edits: Edit[] = [];
  const vocabulary = new Vocabulary();
  for (const source of [...knownNames, text]) for (const m of source.matchAll(WORDS)) vocabulary.add(m[0]);
  const memo = new Map<string, string[]>();
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0];
    if (token.length > MAX_TOKEN || !/\p{L}\?+\p{L}/u.test(token)) continue;
    const before = text[m.index - 1];
    const after = text[m.index + token.length];
    // URLs, file names, query strings: not prose
    if ((before !== undefined && /[/=&.:@#_\d]/u.test(before)) || (after !== undefined && /[/=&:@#_\d]/u.test(after))) continue;
    let fits = memo.get(token);
    if (!fits) {
      fits = vocabulary.fits(token);
      memo.set(token, fits);
    }
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
