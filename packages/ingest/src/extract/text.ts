// The repaired text cut into lines, paragraphs and sentences. Spans are UTF-16 offsets into the
// repaired text ({@link Span}); the draft maps them to code points of the original text.
import { isChrome, isHeadline } from "./layout";

/** A stretch of the repaired text, in UTF-16 offsets `[start, end)`. */
export interface Span {
  /** First UTF-16 unit. */
  start: number;
  /** UTF-16 unit after the span. */
  end: number;
}

/** A paragraph (a non-empty line of the text), with its sentences. */
export interface Paragraph extends Span {
  /** Position among the paragraphs (0 is the headline when there is one). */
  index: number;
  /** The sentences, in order. */
  sentences: Span[];
}

/** The repaired text, read once, with its structure. */
export interface Doc {
  /** The repaired text. */
  text: string;
  /** Non-empty lines, trimmed. */
  paragraphs: Paragraph[];
  /** The headline: the first paragraph when it reads as one (short, no final period). */
  headline: Span | undefined;
  /** The dateline ("NEW YORK, 31 January 2020 –"), when a paragraph starts with one. */
  dateline: Span | undefined;
  /** Indices of the lines at the top that are the page's chrome (navigation, symbols, date lines), not the article. */
  chrome: ReadonlySet<number>;
}

/** Abbreviations after which a period does not end a sentence. */
const ABBREVIATIONS = /(?:\b(?:Mr|Ms|Mrs|Dr|Prof|St|No|Nos|Amb|Gen|Lt|Col|Sr|Jr|Rev|Hon|vs|etc|e\.g|i\.e|cf|approx|Inc|Ltd|Co|Corp|Mt)|\b[A-Z]|\bH\.E|\bU\.S|\bU\.N|\bp\.m|\ba\.m)$/u;

const CLOSING = new Set(["”", "’", "»"]);

/** Longest sentence, in UTF-16 units: a longer run is cut (at a space), which bounds the work per sentence. */
export const MAX_SENTENCE = 3000;

/** The text's own quotation marks are balanced within a paragraph: sentences do not end inside a quotation. */
export function splitSentences(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let start = from;
  let depth = 0;
  let straight = false;
  const skipSpace = (i: number) => {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: reading white space past `to` ends in the same spans (a stop before it, then only white space up to `to`, is the same sentence either way)
    while (i < to && /\s/u.test(text[i]!)) i++;
    return i;
  };
  start = skipSpace(start);
  for (let i = start; i < to; i++) {
    const ch = text[i]!;
    if (i - start >= MAX_SENTENCE) {
      // A run no press release has: cut it at the last space, or here.
      const space = text.lastIndexOf(" ", i);
      const cut = space > start + MAX_SENTENCE / 2 ? space : i;
      out.push({ start, end: cut });
      start = skipSpace(cut);
      i = start - 1;
      depth = 0;
      straight = false;
      continue;
    }
    if (ch === "“" || ch === "«") depth++;
    else if ((ch === "”" || ch === "»") && depth > 0) depth--;
    else if (ch === '"') straight = !straight;
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    if (depth > 0 || straight) continue;
    // Take closing quotes and brackets that follow the stop.
    let end = i + 1;
    while (end < to && (CLOSING.has(text[end]!) || text[end] === ")" || text[end] === '"')) end++;
    const next = skipSpace(end);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: at next === end === to, going on leaves the sentence to the end of the loop, which ends it at `to` all the same
    if (next < to && next === end) continue; // "3.5", "U.N.", "p.m.x"
    if (ch === "." && ABBREVIATIONS.test(text.slice(Math.max(start, i - 8), i))) continue;
    const after = text[next];
    // Stryker disable next-line ConditionalExpression: with nothing after, going on leaves the sentence to the end of the loop, which ends it at the same place (only white space follows)
    if (after !== undefined && !/[\p{Lu}\p{N}“"‘(«]/u.test(after)) continue;
    out.push({ start, end });
    start = next;
    i = next - 1;
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: at start === to nothing is pushed either way
  if (start < to) {
    let end = to;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: text[start] is no white space (start was skipped past it), so end never reaches start
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: end > start here (see above)
    if (end > start) out.push({ start, end });
  }
  return out;
}

const DATELINE = /^([A-Z][A-Z .’'-]{1,40}|[A-Z][a-z]+(?: [A-Z][a-z]+)?),\s+((?:\p{L}+,?\s+)?\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},\s+\d{4})\s*(?:[–—-]+|\.|:)?\s*/u;

/** Reads the structure of a repaired text. */
export function readDoc(text: string): Doc {
  const paragraphs: Paragraph[] = [];
  let dateline: Span | undefined;
  let lineStart = 0;
  // Stryker disable next-line EqualityOperator: the empty line after a final line break adds nothing
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let s = lineStart;
    let e = lineEnd;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a blank line stays blank (e > s fails) however far s runs
    while (s < e && /\s/u.test(text[s]!)) s++;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the same, from the end
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    const line = text.slice(s, e);
    // Lines of leftover markup only (a feed's envelope, CDATA brackets) are not content; a feed
    // item's content starts at its <item> and ends at </item>.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: an empty line matches neither pattern
    const markupOnly = e > s && /^(?:<[^<>]{0,300}>\s*|<!\[CDATA\[\s*|\]\]>\s*)+$|^<([\w:]+)[^<>]{0,300}>[^<>]{0,300}<\/\1>$/u.test(line);
    if (markupOnly && /^<item\b/iu.test(line)) paragraphs.length = 0;
    if (markupOnly && /^<\/item>/iu.test(line)) break;
    if (e > s && !markupOnly) {
      const index = paragraphs.length;
      let bodyStart = s;
      if (dateline === undefined && index <= 3) {
        const m = DATELINE.exec(text.slice(s, Math.min(e, s + 120)));
        // (DATELINE's date always ends with a four-digit year.)
        if (m) {
          dateline = { start: s, end: s + m[0].trimEnd().length };
          bodyStart = s + m[0].length;
        }
      }
      paragraphs.push({ start: s, end: e, index, sentences: splitSentences(text, bodyStart, e) });
    }
    lineStart = lineEnd + 1;
  }
  // The headline: the first line of the article proper (the page's chrome before it skipped), when
  // it reads as one and the body follows.
  const chrome = new Set<number>();
  let headline: Span | undefined;
  for (const p of paragraphs.slice(0, MAX_LEAD_LINES)) {
    const line = text.slice(p.start, p.end);
    // A site's tag or name above the headline ("AV", "UNdemocracy.com", "Related Links") is chrome too.
    if (isChrome(line) || (isTag(line) && p.index < paragraphs.length - 1)) {
      chrome.add(p.index);
      continue;
    }
    if (isLabel(line) && labelsHeadline(text, paragraphs, p.index)) {
      chrome.add(p.index);
      continue;
    }
    if (isHeadline(line) && p.index < paragraphs.length - 1) {
      const next = paragraphs[p.index + 1]!;
      const nextLine = text.slice(next.start, next.end);
      // A headline cut short with "…" and given whole on the next line (a listing, then the page).
      const cut = /(?:…|\.\.\.)$/u.exec(line);
      if (cut && nextLine.startsWith(line.slice(0, -cut[0].length).trimEnd()) && isHeadline(nextLine)) headline = { start: next.start, end: next.end };
      else headline = { start: p.start, end: paragraphs[continuedTo(text, paragraphs, p.index)]!.end };
    }
    break;
  }
  return { text, paragraphs, headline, dateline, chrome };
}

/** A line of two words in capitals ("Homeland Security", "WORLD NEWS"): a site's section, when a headline and the body follow. */
const isLabel = (line: string): boolean => line.length <= 30 && /^\p{Lu}[\p{L}&-]*\s+\p{Lu}[\p{L}&-]*$/u.test(line);

/** Shortest paragraph that reads as the body's first. */
const MIN_BODY = 80;

/**
 * Whether a label at `index` stands above the article: the next line that is not chrome reads as a
 * headline, and the one after it as the body (a long paragraph with a sentence's stop). A label above
 * another label, a byline or a subtitle is left as it is.
 */
function labelsHeadline(text: string, paragraphs: readonly Paragraph[], index: number): boolean {
  const next = (from: number) => paragraphs.slice(from, from + 4).find((q) => !isChrome(text.slice(q.start, q.end)));
  const head = next(index + 1);
  if (!head || !isHeadline(text.slice(head.start, head.end))) return false;
  const body = next(head.index + 1);
  if (!body) return false;
  const line = text.slice(body.start, body.end);
  return line.length >= MIN_BODY && /[.!?]["”’]?(?:\s|$)/u.test(line);
}

/** A line of one word (a site's tag or name: "AV", "UNdemocracy.com"), not a headline. */
const isTag = (line: string): boolean => line.length <= 30 && !/\s/u.test(line);

/** Words of four letters or more in a line, and how many start with a capital. */
function capitals(line: string): { words: number; upper: number; allCaps: boolean } {
  // Stryker disable next-line Regex: a split at each single space or slash only adds empty pieces, which the filter drops
  const words = line.split(/[\s/]+/u).filter((w) => /^\P{L}{0,3}\p{L}{4}/u.test(w));
  const upper = words.filter((w) => /^\P{L}{0,3}\p{Lu}/u.test(w)).length;
  // Stryker disable next-line Regex: removing non-letters one at a time or in runs leaves the same letters
  const letters = line.replace(/\P{L}+/gu, "");
  return { words: words.length, upper, allCaps: letters.length >= 8 && letters === letters.toUpperCase() };
}
/** A line in title case ("Council Hears over 40 Speakers") or capitals: the style of a headline, not a sentence. */
const headlineStyle = (line: string): "caps" | "title" | undefined => {
  const c = capitals(line);
  if (c.allCaps) return "caps";
  // Stryker disable next-line StringLiteral: a style is only compared with another line's and with "caps", so its name plays no part
  return c.words >= 2 && c.upper / c.words >= 0.75 ? "title" : undefined;
};
/** Quotation marks left open in a line. */
const openQuote = (line: string): boolean => (line.match(/“/gu)?.length ?? 0) > (line.match(/”/gu)?.length ?? 0) || (line.match(/"/gu)?.length ?? 0) % 2 === 1;

/** Longest line of a headline broken over lines in title case (a line the page's width cut short). */
const MAX_BROKEN_LINE = 80;
/** Most lines a headline is broken over. */
const MAX_HEADLINE_LINES = 3;

/**
 * The last paragraph of a headline that starts at paragraph `first` and is broken over lines: a
 * line goes on when it ends mid-phrase (a preposition, a comma, a semicolon, an open quotation) or
 * the next starts in lower case, or both are in the same headline style (capitals, title case); the
 * next is never chrome, a sentence of the body, or the text's last line.
 */
function continuedTo(text: string, paragraphs: readonly Paragraph[], first: number): number {
  let last = first;
  let quoted = false;
  while (last - first + 1 < MAX_HEADLINE_LINES) {
    const line = text.slice(paragraphs[last]!.start, paragraphs[last]!.end);
    const next = paragraphs[last + 1];
    if (!next || last + 1 >= paragraphs.length - 1) break;
    const nextLine = text.slice(next.start, next.end);
    if (nextLine.length > 200 || isChrome(nextLine)) break;
    quoted = quoted !== openQuote(line);
    const style = headlineStyle(line);
    const midPhrase = quoted || /(?:\b(?:on|of|to|for|and|the|in|with|at|by|from|a|an)|[,;])$/iu.test(line) || /^\p{Ll}/u.test(nextLine);
    // Lines in one style go on when the first is as short as a line broken at a page's width and
    // the next is no repetition (a site giving the headline twice) and no label ("Media Note").
    // Stryker disable next-line Regex: lines are trimmed, so the first piece is the first word however the spaces are split
    const firstWord = (l: string) => l.split(/\s+/u)[0];
    const sameStyle =
      style !== undefined &&
      style === headlineStyle(nextLine) &&
      (style === "caps" || (last === first && line.length <= MAX_BROKEN_LINE && firstWord(line) !== firstWord(nextLine) && nextLine.split(/\s+/u).length >= 3));
    if (!midPhrase && !sameStyle) break;
    if (/[.:!?]$/u.test(nextLine) && style !== "caps" && !quoted) break;
    last++;
  }
  return last;
}

/** How many lines at the top may be the page's chrome before the article. */
const MAX_LEAD_LINES = 14;

/** The text of a span. */
export const textOf = (doc: Doc, span: Span): string => doc.text.slice(span.start, span.end);

/** The paragraphs of the body: after the headline, without the page's chrome. */
export const bodyParagraphs = (doc: Doc): Paragraph[] => {
  const after = doc.headline?.end ?? -1;
  // (Every paragraph before the first that is not chrome is chrome: without a headline, the body is every paragraph not chrome.)
  // Stryker disable next-line EqualityOperator: no paragraph starts where the headline ends (a line break is between)
  return doc.paragraphs.filter((p) => p.start > after && !doc.chrome.has(p.index));
};

/** Every sentence of the body, in order, with its paragraph. */
export function bodySentences(doc: Doc): { sentence: Span; paragraph: Paragraph }[] {
  return bodyParagraphs(doc).flatMap((paragraph) => paragraph.sentences.map((sentence) => ({ sentence, paragraph })));
}

/** Capitalises the first letter. */
export const capitalize = (s: string): string => (s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1));

/** Trims white space off a span. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/** A slug: lower-case ASCII words joined by single hyphens (core's, the one definition). */
export { slugify } from "@briefings/core";

/** Month names (English) to month numbers. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Regex source matching a month name. */
export const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

/** An ISO date from parts, or undefined when the day does not exist. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
