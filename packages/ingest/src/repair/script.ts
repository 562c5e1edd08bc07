/** Character classes and an implausibility score for English text. */

/** Coarse class of a code point, as seen from an English press release. */
export type CharClass =
  | "ascii" // printable ASCII and ordinary whitespace
  | "space" // NBSP and other Unicode spaces
  | "punct" // typographic punctuation: ‘ ’ “ ” – — … •
  | "latin" // Latin letters beyond ASCII (accented, Central European)
  | "symbol" // Latin-1 / windows-1252 symbols that are rare in prose (¡ ¯ © ± ™ € …)
  | "control" // C0/C1 controls
  | "foreign" // letters of other scripts (CJK, kana, Hangul, Cyrillic, Greek, Thai, Arabic, Hebrew, Indic…)
  | "bad"; // U+FFFD, private use, noncharacters, other

const TYPO = new Set([0x2018, 0x2019, 0x201c, 0x201d, 0x2013, 0x2014, 0x2026, 0x2022]);
const LATIN_SYMBOL_LETTERS = new Set([0x0160, 0x0161, 0x017d, 0x017e, 0x0152, 0x0153, 0x0178, 0x0192]);

/** Classifies one code point. */
export function charClass(cp: number): CharClass {
  if (cp < 0x80) {
    if (cp === 0x09 || cp === 0x0a || cp === 0x0d || (cp >= 0x20 && cp < 0x7f)) return "ascii";
    return "control";
  }
  if (cp < 0xa0) return "control";
  if (cp === 0xa0 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f || cp === 0x3000) return cp === 0x3000 ? "foreign" : "space";
  if (TYPO.has(cp)) return "punct";
  if (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7) return LATIN_SYMBOL_LETTERS.has(cp) ? "symbol" : "latin";
  if (cp >= 0x1e00 && cp <= 0x1eff) return "latin";
  if (cp < 0xc0 || cp === 0xd7 || cp === 0xf7) return "symbol";
  if (cp >= 0x2000 && cp <= 0x20cf) return "symbol"; // general punctuation, currency (€ ‚ „ † ‡ ‰ ‹ ›)
  if (cp >= 0x2100 && cp <= 0x214f) return "symbol"; // letterlike (™ №)
  if (cp === 0x2c6 || cp === 0x2dc || cp === 0x2c7 || cp === 0x2d8 || cp === 0x2d9 || cp === 0x2db || cp === 0x2dd) return "symbol";
  if (cp === 0xfffd || (cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000 || (cp & 0xfffe) === 0xfffe) return "bad";
  if (isForeignLetter(cp)) return "foreign";
  if (cp >= 0x0300 && cp <= 0x036f) return "symbol"; // combining marks
  return "bad";
}

/** True for letters (and CJK punctuation/fullwidth forms) of scripts other than Latin. */
export function isForeignLetter(cp: number): boolean {
  return (
    (cp >= 0x0370 && cp <= 0x03ff) || // Greek
    (cp >= 0x0400 && cp <= 0x052f) || // Cyrillic
    (cp >= 0x0530 && cp <= 0x08ff) || // Armenian, Hebrew, Arabic, Syriac…
    (cp >= 0x0900 && cp <= 0x0dff) || // Indic
    (cp >= 0x0e00 && cp <= 0x0eff) || // Thai, Lao
    (cp >= 0x0f00 && cp <= 0x10ff) || // Tibetan, Myanmar, Georgian
    (cp >= 0x1100 && cp <= 0x11ff) || // Hangul Jamo
    (cp >= 0x2e80 && cp <= 0x9fff) || // CJK radicals, kana, CJK symbols, ideographs
    (cp >= 0xa000 && cp <= 0xa4cf) || // Yi
    (cp >= 0xac00 && cp <= 0xd7af) || // Hangul
    (cp >= 0xf900 && cp <= 0xfaff) || // CJK compatibility
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xffef) || // fullwidth forms
    (cp >= 0x20000 && cp <= 0x3ffff) // CJK extensions
  );
}

/** True for a Latin letter (ASCII or not). */
export function isLatinLetter(cp: number): boolean {
  return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || charClass(cp) === "latin";
}

const PENALTY: Record<CharClass, number> = {
  ascii: 0,
  space: 0.5,
  punct: 0.3,
  latin: 1,
  symbol: 3,
  control: 20,
  foreign: 4,
  bad: 20,
};

/**
 * Implausibility of a string as part of an English press release: higher is worse.
 * Each unusual character costs by class, and two adjacent non-ASCII non-punctuation
 * characters (the mark of mojibake: "Ã©", "¡¯") cost extra.
 */
export function implausibility(text: string): number {
  let score = 0;
  let prevOdd = false;
  let prevLower = false;
  // Stryker disable next-line BooleanLiteral: read only when prevLower is true, and prevLower is false before the first character
  let prevNonAscii = false;
  let prevCh = "";
  // Stryker disable next-line StringLiteral: only compared with "symbol": any other start value reads the same
  let prevCls: CharClass = "ascii";
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const cls = charClass(cp);
    score += PENALTY[cls];
    const odd = cls !== "ascii" && cls !== "punct" && cls !== "foreign";
    if (odd && prevOdd) score += 2;
    if (cls === "punct" && ch === prevCh) score += 2; // "““", "’’": doubled marks are rare
    // a rare symbol touching an ASCII letter ("‰d", "d‰") or an ASCII byte that prose only shows as a GBK/Big5 trail
    // byte ("¤@¨Ç", Big5 read as latin1) is the pattern of trail-byte soup
    const asciiLetter = (c: string): boolean => /[A-Za-z@[\\\]^_`{|}~]/u.test(c);
    if ((cls === "symbol" && asciiLetter(prevCh)) || (prevCls === "symbol" && asciiLetter(ch))) score += 2;
    const upper = ch !== ch.toLowerCase();
    const lower = ch !== ch.toUpperCase();
    // "çĽ", "aŚ": a capital inside a word is a mark of mis-decoding when non-ASCII is involved
    if (upper && prevLower && (cp >= 0x80 || prevNonAscii)) score += 3;
    prevOdd = odd;
    prevLower = lower;
    prevNonAscii = cp >= 0x80;
    prevCh = ch;
    prevCls = cls;
  }
  return score;
}

/** Counts code points by class. */
export function classCounts(text: string): Record<CharClass, number> {
  const counts: Record<CharClass, number> = { ascii: 0, space: 0, punct: 0, latin: 0, symbol: 0, control: 0, foreign: 0, bad: 0 };
  for (const ch of text) counts[charClass(ch.codePointAt(0) ?? 0)]++;
  return counts;
}

/**
 * True when the text reads as Latin-script (English) prose: at least 85% of its letters
 * are Latin letters. Injection detection only runs on such texts.
 */
export function isLatinProse(text: string): boolean {
  let latin = 0;
  let other = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (isLatinLetter(cp)) latin++;
    else if (isForeignLetter(cp)) other++;
  }
  return latin >= 20 && latin >= 0.85 * (latin + other);
}

/**
 * True when a reading is acceptable as Latin-script text: no control, replacement or
 * foreign characters, never three odd (non-ASCII, non-punctuation) characters in a row, and
 * plausible letter case in words with non-ASCII letters, and few symbols.
 */
export function isCleanLatin(text: string): boolean {
  // ASCII bytes that only show up as GBK/Big5 trail bytes ("@", "^", "]", "`", "{", "|", "}", "~", "\\", "_")
  if (/[@[\\\]^_`{|}~]/u.test(text)) return false;
  // a word with a non-ASCII letter must be lower case, Capitalised or ALL CAPS ("ÈDÈf" is not)
  // Stryker disable next-line ArrayDeclaration: a text without letters has no word; a fallback word without non-ASCII letters is skipped the same
  for (const word of text.match(/[\p{L}\p{M}]+/gu) ?? []) {
    if (!/[^\x00-\x7f]/u.test(word)) continue;
    const rest = word.slice(1);
    if (!(rest === rest.toLowerCase() || word === word.toUpperCase())) return false;
  }
  let odd = 0;
  let symbols = 0;
  let nonAscii = 0;
  for (const ch of text) {
    const cls = charClass(ch.codePointAt(0) ?? 0);
    if (cls === "control" || cls === "bad" || cls === "foreign") return false;
    if (cls !== "ascii") nonAscii++;
    if (cls === "symbol") symbols++;
    odd = cls === "latin" || cls === "symbol" || cls === "space" ? odd + 1 : 0;
    if (odd >= 3) return false;
  }
  // symbols (€ ° ©) are rare in prose: a reading made of them is soup
  return symbols <= Math.max(1, Math.floor(nonAscii / 5));
}

const OPENING = new Set(["“", "‘", "«"]);
const CLOSING = new Set(["”", "»"]);
const QUOTES = new Set(["“", "”", "‘", "«", "»", "„"]);
const isAlnum = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * Implausibility of a reading in its place: an opening quotation mark right after a letter,
 * a closing one right before a letter, or two quotation marks side by side ("The«”ég") are
 * rare in clean prose.
 */
export function contextPenalty(before: string | undefined, reading: string, after: string | undefined): number {
  // Stryker disable next-line StringLiteral: an empty neighbour is, like a space, neither a letter, a digit nor a cased character
  const chars = [before ?? " ", ...reading, after ?? " "];
  let penalty = 0;
  // "KrakówÄyùb": a capital right after a lower-case letter across the edge of the reading
  // Stryker disable next-line StringLiteral: chars has at least the two neighbours, so the index is in range
  const first = chars[1] ?? "";
  // Stryker disable next-line StringLiteral: chars has at least the two neighbours, so the index is in range
  const last = chars[chars.length - 2] ?? "";
  const isUpper = (c: string): boolean => c !== c.toLowerCase();
  const isLower = (c: string): boolean => c !== c.toUpperCase();
  // Stryker disable next-line StringLiteral: index 0 always exists
  if (isUpper(first) && isLower(chars[0] ?? "")) penalty += 3;
  // Stryker disable next-line StringLiteral: the last index always exists
  if (isLower(last) && isUpper(chars[chars.length - 1] ?? "")) penalty += 3;
  for (let i = 1; i < chars.length - 1; i++) {
    // Stryker disable next-line StringLiteral: i runs inside chars
    const ch = chars[i] ?? "";
    if (OPENING.has(ch) && isAlnum(chars[i - 1])) penalty += 2;
    if (CLOSING.has(ch) && isAlnum(chars[i + 1])) penalty += 2;
    // Stryker disable next-line StringLiteral: i + 1 is at most the last index
    if (QUOTES.has(ch) && QUOTES.has(chars[i + 1] ?? "")) penalty += 2;
    const cls = charClass(ch.codePointAt(0) ?? 0);
    if (cls === "symbol" && ((i === 1 && isAlnum(chars[0])) || (i === chars.length - 2 && isAlnum(chars[i + 1])))) penalty += 2;
  }
  return penalty;
}
