// Meeting dates. Every date the text writes is found first, in any of the forms pages use
// ("27 June 2019", "June 27, 2019", "Nov 14,2012", "12/11/2001", "15.11.2010", "28-29 October",
// "30 November and 1 December 2016", "6 March" with the year from elsewhere), then the meeting's
// is chosen: a sentence that says the meeting was held on a day, else the dateline ("NEW YORK,
// 6 March (UN Headquarters) --"), else the day of publication when the text says "today", else
// a day named in a sentence about the meeting, else the publication date alone.
import type { Doc, Span } from "./text";
import { isoDate } from "./text";
import { FOREIGN_MONTHS } from "./months";

/** The meeting's dates as found. */
export interface DatesFact {
  /** First day (ISO). */
  start: string;
  /** Last day (ISO). */
  end: string;
  /** Where the dates are written. */
  span: Span;
  /** 0..1. */
  confidence: number;
  /** How the dates were read, when uncertain. */
  note?: string;
  /** The dateline's date (or the date line of the publication), when there is one. */
  dateline?: { date: string; span: Span };
}

/** A date (or range of days) the text writes. */
export interface DateMention {
  /** First day (ISO). */
  start: string;
  /** Last day (ISO). */
  end: string;
  /** Where it is written (UTF-16 offsets in the text). */
  span: Span;
  /** Whether the text writes the year (otherwise it is inferred). */
  yearStated: boolean;
  /** A year not written with the day and taken from the text's most named year, not from its date of publication. */
  yearGuessed?: boolean;
  /** A year not written with the day and taken from the date of publication the source's address writes. */
  yearFromAddress?: boolean;
  /** Index of its paragraph. */
  paragraph: number;
}

const MONTH_NAMES: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  ...Object.fromEntries(FOREIGN_MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1]))),
};
const MON = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
/** Month names written after the day, English or foreign. */
const DAY_MON = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|${FOREIGN_MONTHS.flat().join("|")})`;
const TO = String.raw`\s{0,3}(?:-|–|—|to|until|till|and|through)\s{0,3}`;
/**
 * "6 March", "28-29 October 2022", "28 and 29 October, 2022", "27 Jan 2005", "27 Jan. 2005", "23-Nov-2022". A stop after
 * the month is its own only after an abbreviation ("on 6 March." ends the sentence, not the date).
 */
const DAY_MONTH = new RegExp(String.raw`(?<!\d|\d[.,/])(?:(\d{1,2})${TO})?(\d{1,2})(?:st|nd|rd|th)?(?:\s{1,3}|-(?=\p{L}{3}-\d{4}))${DAY_MON}(?!\p{L})(?:(?<=(?<!\p{L})(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\.)?(?:,?\s{0,3}(\d{4})\b|-(\d{4})\b)?`, "giu");
/** "June 27, 2019", "October 28-29, 2022", "October 28 and October 29", "Nov 14,2012", "Dec 20 2010". */
const MONTH_DAY = new RegExp(String.raw`\b${MON}\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?\b(?:${TO}(?:${MON}\.?\s{1,3})?(\d{1,2})\b)?(?:,?\s{0,3}(\d{4})\b)?`, "giu");
/** "12/11/2001", "15.11.2010" (day first, as the UN and European pages write it). */
const NUMERIC = /(?<![\d.,/])(\d{1,2})([/.])(\d{1,2})\2(\d{4})\b/gu;
/** "2019-06-27". */
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/gu;
/** A dateline: a place, then a date ("NEW YORK, 6 March (UN Headquarters) --", "CAIRO – 23 June 2017:"). */
const DATELINE = /^\(?(?:[A-Z][A-Za-z .’'-]{1,40}?)\s*(?:,|–|—|-)\s*/u;

// (the patterns capture a month name without its stop)
const month = (name: string) => MONTH_NAMES[name.toLowerCase()]!;

/** A date of publication read from the source's address: the year, and the month and day when the path writes them. */
export interface AddressDate {
  year: number;
  month?: number;
  day?: number;
  /** The part of the address it was read from. */
  written: string;
}

/** "/2011/10/04/", "/2024/08/", "2011-10-04_…", "/2010-09/", "/202508212435": dates a path writes (years 1990–2039). */
const ADDRESS_DATES: readonly RegExp[] = [
  /\/((?:19|20)\d\d)\/(\d\d)\/(\d\d)(?=\/)/u,
  /(?<![\d-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d-])/u,
  /\/((?:199|20[0-3])\d)(\d\d)(\d\d)\d{0,6}(?=$|[/?#.])/u,
  /\/((?:19|20)\d\d)\/(\d\d)(?=\/)/u,
  /\/((?:19|20)\d\d)-(\d\d)(?=\/)/u,
  /\/((?:19|20)\d\d)(?=\/)/u,
];

/**
 * The date of publication a source's address writes in its path ("…/story/2007/11/…", "…/news/2011-10-04_…"),
 * or undefined. Only the path is read (not the host or the query), and only a real calendar date.
 */
export function addressDate(url: string | undefined): AddressDate | undefined {
  if (!url) return undefined;
  // Stryker disable next-line StringLiteral: any text without digits reads no date, as the empty path does
  const path = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/iu.exec(url)?.[1] ?? "";
  for (const re of ADDRESS_DATES) {
    const m = re.exec(path);
    if (!m) continue;
    const year = Number(m[1]);
    if (year < 1990 || year > 2039) continue;
    if (m[2] === undefined) return { year, written: m[0] };
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) continue;
    if (m[3] === undefined) return { year, month: mo, written: m[0] };
    if (!isoDate(year, mo, Number(m[3]))) continue;
    return { year, month: mo, day: Number(m[3]), written: m[0] };
  }
  return undefined;
}

/** The year a day of `month` written without its year takes from a date of publication: the one that puts it nearest. */
function yearNear(pub: AddressDate, month: number): number {
  if (pub.month === undefined) return pub.year;
  // months from the publication's month: a day more than five months after it is last year's
  return month - pub.month > 5 ? pub.year - 1 : month - pub.month < -6 ? pub.year + 1 : pub.year;
}

/** Every date a paragraph writes, in order; `year` fills a date written without one. */
function mentionsIn(text: string, at: number, paragraph: number, year: number | ((month: number) => number) | undefined, guessed?: (year: number, month: number) => boolean): DateMention[] {
  const fromAddress = typeof year === "function";
  const raw: { s: number; e: number; y?: number; m1: number; d1: number; m2: number; d2: number }[] = [];
  const push = (s: number, e: number, y: string | undefined, m1: number, d1: number, m2: number, d2: number) => raw.push({ s, e, ...(y ? { y: Number(y) } : {}), m1, d1, m2, d2 });
  for (const m of text.matchAll(DAY_MONTH)) {
    const mo = month(m[3]!);
    push(m.index, m.index + m[0].length, m[4] ?? m[5], mo, Number(m[1] ?? m[2]), mo, Number(m[2]));
  }
  // The day-month dates are in order and do not overlap: one pointer finds the one a month-day date may overlap.
  const dayMonths = raw.length;
  let next = 0;
  for (const m of text.matchAll(MONTH_DAY)) {
    while (next < dayMonths && raw[next]!.e <= m.index) next++;
    if (next < dayMonths && raw[next]!.s < m.index + m[0].length) continue;
    const m1 = month(m[1]!);
    const m2 = m[3] ? month(m[3]) : m1;
    push(m.index, m.index + m[0].length, m[5], m1, Number(m[2]), m2, Number(m[4] ?? m[2]));
  }
  for (const m of text.matchAll(NUMERIC)) {
    let [d, mo] = [Number(m[1]), Number(m[3])];
    // a month over 12 is the day ("11/25/2001"); when both are over 12 neither reading is a date
    if (mo > 12) [d, mo] = [mo, d];
    push(m.index, m.index + m[0].length, m[4], mo, d, mo, d);
  }
  for (const m of text.matchAll(ISO)) push(m.index, m.index + m[0].length, m[1], Number(m[2]), Number(m[3]), Number(m[2]), Number(m[3]));
  raw.sort((a, b) => a.s - b.s);
  // "30 November and 1 December 2016", "from 30 November to 2 December": two dates joined as one range.
  const joined: typeof raw = [];
  for (const r of raw) {
    const prev = joined[joined.length - 1];
    if (prev && prev.y === undefined && /^\s{0,3}(?:-|–|—|to|until|till|and|through)\s{0,3}$/u.test(text.slice(prev.e, r.s)) && r.y !== undefined) {
      joined[joined.length - 1] = { s: prev.s, e: r.e, y: r.y, m1: prev.m1, d1: prev.d1, m2: r.m2, d2: r.d2 };
      continue;
    }
    joined.push(r);
  }
  const out: DateMention[] = [];
  for (const r of joined) {
    const y2 = r.y ?? (typeof year === "function" ? year(r.m2) : year);
    if (y2 === undefined) continue;
    const y1 = r.m1 > r.m2 ? y2 - 1 : y2;
    const start = isoDate(y1, r.m1, r.d1);
    const end = isoDate(y2, r.m2, r.d2);
    if (!start || !end || end < start) continue;
    out.push({ start, end, span: { start: at + r.s, end: at + r.e }, yearStated: r.y !== undefined, ...(r.y === undefined && guessed?.(y2, r.m2) ? { yearGuessed: true } : {}), ...(r.y === undefined && fromAddress ? { yearFromAddress: true } : {}), paragraph });
  }
  return out;
}

/** Words a date line may have around its date: times, zones, labels, weekdays. */
const DATE_LINE_WORDS = [
  /\b(?:\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?|GMT|EDT|EST|UTC|CET|Date|Dated|Posted|Published|Updated|Press Release|Security Council)\b/giu,
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/gu,
];

/**
 * The letters of a paragraph that are no date-line word, marked once per paragraph (1 = such a letter),
 * with their count: what is left of a paragraph around one of its dates is then counted in the date's
 * own length, however many dates the paragraph has.
 */
interface LineLetters {
  marks: Uint8Array;
  count: number;
  /** The line has a field separator (" · ", " | "). */
  fields: boolean;
}
const lineLetters = new WeakMap<Doc, Map<number, LineLetters>>();

function lettersOf(doc: Doc, p: Span & { index: number }): LineLetters {
  let byParagraph = lineLetters.get(doc);
  if (!byParagraph) lineLetters.set(doc, (byParagraph = new Map()));
  let found = byParagraph.get(p.index);
  if (found) return found;
  const line = doc.text.slice(p.start, p.end);
  const marks = new Uint8Array(line.length);
  for (const m of line.matchAll(/\p{L}/gu)) marks.fill(1, m.index, m.index + m[0].length);
  for (const re of DATE_LINE_WORDS) for (const m of line.matchAll(re)) marks.fill(0, m.index, m.index + m[0].length);
  let count = 0;
  for (const x of marks) count += x;
  byParagraph.set(p.index, (found = { marks, count, fields: /\s[·|]\s/u.test(line) }));
  return found;
}

/** A paragraph that is only a date (with a weekday, a time, a zone, a place or a label around it): at most 24 other letters. */
function dateOnly(doc: Doc, p: Span & { index: number }, mention: DateMention): boolean {
  const { marks, count } = lettersOf(doc, p);
  let inside = 0;
  for (let i = mention.span.start - p.start; i < mention.span.end - p.start; i++) inside += marks[i] ?? 0;
  return count - inside <= 24;
}

/** Words that make a sentence about a meeting. */
const MEETING = /\b(?:meeting|meetings|briefing|briefings|brief|briefs|briefed|session|workshop|debate|event|conference|consultations|held|hosts?|hosted|convened?|took place|takes place|will take place|met|gathered|chaired|opened|organi[sz]ed|plenary|webinar|launch(?:ed)?|heard|addressed|addressing|addresses)\b/iu;
/** What precedes a date that is not the meeting's ("since 2001", "resolution 1373 of 28 September 2001", "a letter dated"). */
const NOT_MEETING_BEFORE = /\b(?:since|until|till|through|by|before|after|dated|of|adopted(?:\s+on)?|established(?:\s+on)?|created(?:\s+on)?|attacks?(?:\s+on)?|born(?:\s+on)?|expires?(?:\s+on)?|ending(?:\s+on)?|deadline)\s*$/iu;
const NOT_MEETING_NEAR = /\b(?:resolution\s+\d{3,4}|adopted|adoption|attacks?|anniversary|established|creation|founded|deadline|report(?:ed)? (?:of|dated))\b/iu;
/** A document a date names as an adjective: "the 19 November 2014 presidential statement", "its 3 May report". */
const DOCUMENT_AFTER = /^\s+(?:presidential\s+statement|press\s+statement|statement|resolution|report|letter|decision|declaration|communiqué)\b/iu;
/** "On 8 October 2018, the Committee held", "was held on 20 November", "took place from 19 to 21 March". */
const HELD_ON = /\b(?:held|brief(?:s|ed)?|hosted|convened|organi[sz]ed|conference|took place|takes place|will take place|met|meeting|briefing|session|workshop|event|gathered|commenced|began|opened|chaired|concluded)\b[^.;]{0,60}?\b(?:on|from|between)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$/iu;

/** The first index of `[0, length)` where `below(i)` is false (`below` true then false along the range), by halving. */
function firstNotBelow(length: number, below: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (below(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last of `spans` (in order, not overlapping) that starts at or before `at`: a lookup per date stays cheap however many paragraphs and sentences there are. */
const lastStartingBy = <T extends Span>(spans: readonly T[], at: number): T | undefined => spans[firstNotBelow(spans.length, (i) => spans[i]!.start <= at) - 1];

/** A test of a sentence, run once per sentence however many dates it has. */
function perSentence(doc: Doc, test: (sentence: string) => boolean): (span: Span) => boolean {
  const seen = new Map<number, boolean>();
  return (span) => {
    const s = sentenceAround(doc, span);
    let r = seen.get(s.start);
    if (r === undefined) seen.set(s.start, (r = test(doc.text.slice(s.start, s.end))));
    return r;
  };
}

/** The sentence (or paragraph part) around a span. */
function sentenceAround(doc: Doc, span: Span): Span {
  const p = lastStartingBy(doc.paragraphs, span.start);
  if (!p || span.start >= p.end) return span;
  const s = lastStartingBy(p.sentences, span.start);
  return s && span.start < s.end ? s : p;
}

/** Enough of the words before a date for the patterns that read them (each looks back at most ~120 characters). */
const LOOK_BACK = 240;
/** The words of a sentence before a date, at most {@link LOOK_BACK} characters of them. */
const wordsBefore = (doc: Doc, s: Span, at: number) => doc.text.slice(Math.max(s.start, at - LOOK_BACK), at);

/** "November 2012": a month and a year, no day (a hint of the year only). */
const MONTH_YEAR = new RegExp(String.raw`\b${MON}\.?,?\s{1,3}(\d{4})\b`, "giu");

/**
 * Every date the text writes. A date written without its year takes the year of the text's
 * publication (a date line or dateline near the top), else the year the text's dates name most
 * often (the latest of equals).
 */
export function dateMentions(doc: Doc, address?: AddressDate): DateMention[] {
  // Stryker disable next-line MethodExpression: given no year, mentionsIn gives only the dates that write theirs
  const stated = doc.paragraphs.flatMap((p, i) => mentionsIn(doc.text.slice(p.start, p.end), p.start, i, undefined).filter((m) => m.yearStated));
  const counts = new Map<number, number>();
  // A year lends itself to the text's year-less days only from a date that is not history ("adopted
  // on 28 September 2001", "since September 2014", "the attacks of 11 September 2001").
  const history = (span: Span) => isHistory(doc, span);
  for (const m of stated) if (!history(m.span)) counts.set(Number(m.start.slice(0, 4)), (counts.get(Number(m.start.slice(0, 4))) ?? 0) + 1);
  for (const p of doc.paragraphs) {
    for (const m of doc.text.slice(p.start, p.end).matchAll(MONTH_YEAR)) {
      if (!history({ start: p.start + m.index, end: p.start + m.index + m[0].length })) counts.set(Number(m[2]), (counts.get(Number(m[2])) ?? 0) + 1);
    }
  }
  const top = articleDateLine(doc, stated, (m) => m.paragraph < 10 && isDateLine(doc, m));
  // the text's own date of publication, else the one its address writes, else the text's most named year
  const year = top ? Number(top.start.slice(0, 4)) : address ? (mo: number) => yearNear(address, mo) : [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
  // The year is a guess when no date of publication gives it and the text names it with no date of
  // the day's month ("on 20 November" beside "November 2012" is no guess; "on 7 February" beside
  // "4 May 2016" is).
  const monthYears = new Set<string>(stated.map((m) => m.end.slice(0, 7)));
  for (const p of doc.paragraphs) for (const m of doc.text.slice(p.start, p.end).matchAll(MONTH_YEAR)) monthYears.add(`${m[2]}-${String(month(m[1]!)).padStart(2, "0")}`);
  const guessed = top || address ? undefined : (y: number, mo: number) => !monthYears.has(`${y}-${String(mo).padStart(2, "0")}`);
  return doc.paragraphs.flatMap((p, i) => mentionsIn(doc.text.slice(p.start, p.end), p.start, i, year, guessed));
}

/** The index of the headline's last line, when the text has a headline. */
function headlineEnd(doc: Doc): number | undefined {
  const h = doc.headline;
  // the headline ends with a paragraph (the paragraphs are in order): the first that ends at or after its end
  // Stryker disable next-line OptionalChaining: that paragraph is always there
  return h ? doc.paragraphs.find((p) => h.end <= p.end)?.index : undefined;
}

/**
 * The first of `mentions` that passes `test` (a date line), except that a date line above the headline
 * gives way to one in the two lines after it: above the headline is the site's furniture (its clock, a
 * listing), the line under the headline is the article's own date.
 */
function articleDateLine(doc: Doc, mentions: readonly DateMention[], test: (m: DateMention) => boolean): DateMention | undefined {
  const first = mentions.find(test);
  const h = headlineEnd(doc);
  // (below the headline, `first` is itself the first date line of the two lines after it, or none is)
  // Stryker disable next-line ConditionalExpression: with no headline the search below finds none and gives `first` too
  if (h === undefined) return first;
  return mentions.find((m) => m.paragraph > h && m.paragraph <= h + 2 && test(m)) ?? first;
}

/** A date the words around it make history, not a meeting's: after "since", "adopted on", near "anniversary", "attacks". */
function isHistory(doc: Doc, span: Span): boolean {
  const s = sentenceAround(doc, span);
  const before = doc.text.slice(Math.max(s.start, span.start - 40), span.start);
  return NOT_MEETING_BEFORE.test(before) || NOT_MEETING_NEAR.test(doc.text.slice(Math.max(s.start, span.start - 50), Math.min(s.end, span.end + 30)));
}

/** A dateline ("NEW YORK, 6 March (UN Headquarters) --", "12 Feb 2021 - …"): a place then the date, or the date then a dash, opening a paragraph. */
function isDateline(doc: Doc, m: DateMention): boolean {
  const p = doc.paragraphs[m.paragraph];
  // Stryker disable next-line ConditionalExpression,BooleanLiteral: a mention's paragraph is always one of the doc's
  if (!p) return false;
  const before = doc.text.slice(p.start, m.span.start);
  const weekday = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun|Date|Dated|Published|Updated)\b/iu.test(before);
  // "On Thursday, 5 May" opens a sentence; it is no place
  const placeFirst =
    !weekday && !/^(?:On|From)\s/u.test(before) && m.span.start - p.start <= 60 && DATELINE.exec(before)?.[0].length === before.length && (!before.startsWith("(") || doc.text[m.span.end] === ")");
  const dashAfter = /^(?:[\p{L}]+,?\s+)?$/u.test(before) && /^\s*(?:\([^)]{1,40}\)\s*)?(?:-|–|—|--)\s+[\p{L}“‘"']/u.test(doc.text.slice(m.span.end, m.span.end + 50));
  return placeFirst || (dashAfter && m.yearStated);
}

/** A date line or dateline near the top (the day of publication). */
function isDateLine(doc: Doc, m: DateMention): boolean {
  const p = doc.paragraphs[m.paragraph];
  // Stryker disable next-line ConditionalExpression,BooleanLiteral: a mention's paragraph is always one of the doc's
  if (!p) return false;
  // "Date: 2022-10-29 …", "Published 4 May 2016 …": a labelled date opening the paragraph
  // Stryker disable next-line ConditionalExpression: every caller asks for a stated year too (a date line states it)
  const labelled = m.yearStated && /^\s*(?:Date|Dated|Published|Posted|Updated)\s*:?\s*$/iu.test(doc.text.slice(p.start, m.span.start));
  return labelled || isDateline(doc, m) || (m.yearStated && (dateOnly(doc, p, m) || fieldOnly(doc, p, m)));
}

/** A line of fields split by "·" or "|" ("2025-10-27 · 95 minutes · <channel>"), one of them only the date: a page's metadata line. */
function fieldOnly(doc: Doc, p: Span & { index: number }, mention: DateMention): boolean {
  // Stryker disable next-line ConditionalExpression: (a shortcut) with no bar, only a date alone on its line passes below, and dateOnly takes that
  if (!lettersOf(doc, p).fields) return false;
  const text = doc.text;
  // (past the line's ends the spaces run into the line breaks and the checks below stop at its start or end)
  const space = (i: number) => /\s/u.test(text[i]!);
  const bar = (i: number) => text[i] === "·" || text[i] === "|";
  // before the date: the line's start or " ·", then spaces; after it: spaces, then the line's end or "· "
  let i = mention.span.start - 1;
  while (space(i)) i--;
  if (i >= p.start && !(bar(i) && i > p.start && space(i - 1))) return false;
  let j = mention.span.end;
  while (space(j)) j++;
  return j >= p.end || (bar(j) && space(j + 1));
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
/** Words before a date that make it another meeting's ("its forthcoming meeting on", "since its last briefing on"). */
const OTHER_MEETING = /\b(?:forthcoming|upcoming|next|last|previous|earlier|prior|since|following|preceding)\b[^.;]{0,50}$/iu;

/** A sentence saying a resolution was adopted. */
const ADOPTION = /\badopted\s+(?:its\s+|the\s+|a\s+)?resolution\b|\bresolution\s+\d{3,4}\b[^.;]{0,40}\bwas\s+adopted\b/iu;
/** "today", "this morning": the day of publication. */
const TODAY = /\b(?:today|this (?:morning|afternoon|evening))\b(?!['’]s)/iu;
/** A sentence announcing a meeting's day ("to be held from 26 to 28 January", "will take place on"). */
const FUTURE_HELD = /\b(?:to be held|will be held|to take place|will take place|will hold|will convene|will meet|scheduled|is due)\b/iu;
/** A quotation in curly quotes (its words are the speaker's, not the reporter's). */
const QUOTED = /“[^“”]{0,2000}”/gu;

/** A day named after a relative one, in brackets ("Tomorrow (10 May), the Council …", "On Monday morning (10 February)"). */
const RELATIVE_DAY = /^(?:[Tt]omorrow|[Tt]oday|[Tt]his|[Oo]n\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?:\s+(?:morning|afternoon|evening))?\s*\($/u;
/** "on Wednesday and Thursday": two weekdays for the meeting. */
const ON_WEEKDAYS = /\b[Oo]n\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+and\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\b(?!,?\s+\d)/u;

/** "a two-day conference", "the three day workshop": how many days the meeting lasted. */
const N_DAY = /\b(two|three|four|five|[2-5])[- ]day\b/giu;
const N_DAYS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5 };
/** The sentence of the day found says the meeting began that day, or ended it. */
const BEGAN = /\b(?:began|begins|begun|opened|opens|commenced|commences|started|starts|kicked off)\b/iu;
/** A sentence that looks ahead or reports an opening: "will", "begins", "opens", "is holding". */
const FUTURE_OR_OPENING = /\b(?:will|shall|to be held|begins?|began|opens?|opened|starts?|started|is\s+holding|are\s+holding|today|tomorrow|this\s+week)\b/iu;
const ENDED = /\b(?:ended|ends|concluded|concludes|closed|closes|wrapped up)\b/iu;

/**
 * A meeting of several days named by one of them: the opening paragraphs say how many days it
 * lasted ("the two-day conference"), and the sentence of the day says it began ("began today",
 * "commenced on 8 June") or ended then ("ended on Friday"): the range of days it lasted.
 */
function lastedDays(doc: Doc, f: DatesFact): DatesFact {
  if (f.start !== f.end) return f;
  const counts = new Set<number>();
  for (const p of doc.paragraphs.slice(0, 8)) for (const m of doc.text.slice(p.start, p.end).matchAll(N_DAY)) counts.add(N_DAYS[m[1]!.toLowerCase()] ?? Number(m[1]));
  const [n] = [...counts];
  if (counts.size !== 1 || n === undefined) return f;
  const s = sentenceAround(doc, f.span);
  const sentence = doc.text.slice(s.start, s.end);
  const began = BEGAN.test(sentence);
  let ended = ENDED.test(sentence);
  // "VIENNA, 12 March -- A two-day meeting in Vienna called for …": a release dated by its dateline that
  // reports an N-day meeting in the past tense, in its first sentence, was issued at the meeting's close.
  if (!began && !ended && f.dateline && f.span.start === f.dateline.span.start) {
    const p = lastStartingBy(doc.paragraphs, f.span.start);
    // Stryker disable next-line OptionalChaining: the dateline's paragraph is always there
    const first = p?.sentences[0];
    // Stryker disable next-line StringLiteral: a paragraph always has a sentence
    const lead = first ? doc.text.slice(first.start, first.end) : "";
    ended = new RegExp(N_DAY.source, "iu").test(lead) && !FUTURE_OR_OPENING.test(lead);
  }
  if (began === ended) return f;
  const shift = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const range = began ? { start: f.start, end: shift(f.start, n - 1) } : { start: shift(f.end, 1 - n), end: f.end };
  const note = `The text calls the meeting a ${n}-day one that ${began ? "began" : "ended"} on ${f.start}: ${range.start} to ${range.end}.`;
  return { ...f, ...range, confidence: Math.min(f.confidence, 0.8), note: f.note ? `${f.note} ${note}` : note };
}

/** In a heading line (not a sentence), a press conference's page: "Press Conference by …", "PRESS BRIEFING BY …", "Press Conference". */
const PRESS_CONFERENCE = /\bpress\s+(?:conference|briefing)\b/iu;

/** Options of {@link findDates}. */
export interface FindDatesOptions {
  /** The source's address: a date its path writes is the date of publication when the text states none. */
  url?: string;
}

/** Sessions held with the meeting ("preceded by technical sessions", "complemented by thematic sessions"). */
const WITH_SESSIONS = /\b(?:technical|thematic|preparatory|expert|working)\s+(?:sessions?|segments?)\b/iu;
const ACCOMPANIED = /\b(?:preced(?:e|es|ed|ing)|complement(?:s|ed)?|accompan(?:y|ies|ied|ying)|follow(?:s|ed)?|alongside)\b/iu;

/**
 * The technical sessions a meeting's programme joins to it ("The meeting was preceded by technical
 * sessions on 30 November and 1 December"): the record counts them as the meeting's days, so the range
 * is widened to them when every day the sentence names lies within three days of the meeting's.
 */
function withSessions(doc: Doc, f: DatesFact, mentions: readonly DateMention[]): DatesFact {
  const DAY = 86_400_000;
  const from = Date.parse(f.start) - 3 * DAY;
  const to = Date.parse(f.end) + 3 * DAY;
  let start = f.start;
  let end = f.end;
  let span: Span | undefined;
  for (const p of doc.paragraphs.slice(0, 12)) {
    for (const s of p.sentences) {
      const sentence = doc.text.slice(s.start, s.end);
      if (!WITH_SESSIONS.test(sentence) || !ACCOMPANIED.test(sentence)) continue;
      // the dates are in order: the sentence's are a run of them
      const days: DateMention[] = [];
      for (let i = firstNotBelow(mentions.length, (k) => mentions[k]!.span.start < s.start); i < mentions.length; i++) {
        const m = mentions[i]!;
        // Stryker disable next-line ConditionalExpression,EqualityOperator: a later date ends after the sentence and is dropped below too: the stop only saves time
        if (m.span.start >= s.end) break;
        if (m.span.end <= s.end) days.push(m);
      }
      if (days.length === 0 || days.some((m) => Date.parse(m.start) < from || Date.parse(m.end) > to)) continue;
      for (const m of days) {
        // Stryker disable next-line EqualityOperator: an equal day set again changes nothing
        if (m.start < start) start = m.start;
        // Stryker disable next-line EqualityOperator: an equal day set again changes nothing
        if (m.end > end) end = m.end;
      }
      span ??= { start: days[0]!.span.start, end: days[days.length - 1]!.span.end };
    }
  }
  if (!span || (start === f.start && end === f.end)) return f;
  const note = `The sessions held with the meeting (${doc.text.slice(span.start, span.end)}) are counted as its days: ${start} to ${end}.`;
  return { ...f, start, end, confidence: Math.min(f.confidence, 0.8), note: f.note ? `${f.note} ${note}` : note };
}

/** Reads the dates of the meeting. */
export function findDates(doc: Doc, options: FindDatesOptions = {}): DatesFact | undefined {
  const address = addressDate(options.url);
  const mentions = dateMentions(doc, address);
  const f = chooseDates(doc, mentions, address);
  return f && withSessions(doc, lastedDays(doc, f), mentions);
}

/** Chooses the meeting's day (or days) among the dates the text writes. */
function chooseDates(doc: Doc, mentions: readonly DateMention[], address: AddressDate | undefined): DatesFact | undefined {
  // (an address that writes the day writes the month)
  const addressDay = address?.day !== undefined ? isoDate(address.year, address.month!, address.day) : undefined;
  if (mentions.length === 0) return addressDay ? relativeToAddress(doc, addressDay, address!.written) : undefined;
  // The day of publication: a paragraph near the top that is only a date, or a dateline.
  let published: DateMention | undefined;
  let dateline: DateMention | undefined;
  for (const m of mentions) {
    if (m.paragraph >= 10) break;
    if (!dateline && isDateline(doc, m)) dateline = m;
    else if (!published && m.yearStated && isDateLine(doc, m)) published = m;
  }
  // Stryker disable next-line ConditionalExpression: with none found in the first ten paragraphs, the search below finds none either
  if (published) {
    const first = published;
    published = articleDateLine(doc, mentions, (m) => m === first || (m.paragraph < 10 && !isDateline(doc, m) && isDateLine(doc, m)));
  }
  const reference = dateline ?? published;
  const refYear = reference ? Number(reference.start.slice(0, 4)) : address?.year;
  const refDay = reference?.start ?? addressDay;
  const DAY = 86_400_000;
  /** A date more than a month before the publication: only a meeting's when nothing around it makes it history. */
  const older = (m: DateMention) =>
    // Stryker disable next-line ConditionalExpression: with no day of publication the comparison is with NaN, false too
    refDay !== undefined && Date.parse(m.start) < Date.parse(refDay) - 31 * DAY;
  // The text reports the meeting as held "today" (outside quotations) and no day of publication is known: a
  // day written without its year is another event's.
  const todayUnknown = !refDay && doc.paragraphs.slice(0, 8).some((p) => TODAY.test(doc.text.slice(p.start, p.end).replace(QUOTED, " ")));
  // Stryker disable next-line StringLiteral: the address's date, its month and day filled, is always a day
  const addressStart = address ? Date.parse(isoDate(address.year, address.month ?? 1, address.day ?? 1) ?? "") : Number.NaN;
  const futureHeld = perSentence(doc, (sentence) => FUTURE_HELD.test(sentence));
  const usable = (m: DateMention, strict: boolean) => {
    // a day written without its year, when no date of publication gives the year: the year would be a guess
    if (m.yearGuessed) return false;
    if (todayUnknown && !m.yearStated && !futureHeld(m.span)) return false;
    // a day whose year the address gives, more than a month before the address's date: background, not the meeting
    if (m.yearFromAddress && Date.parse(m.start) < addressStart - 31 * DAY) return false;
    strict ||= older(m);
    const s = sentenceAround(doc, m.span);
    const before = doc.text.slice(Math.max(s.start, m.span.start - 40), m.span.start);
    if (NOT_MEETING_BEFORE.test(before) || OTHER_MEETING.test(wordsBefore(doc, s, m.span.start))) return false;
    // "the Council's 19 November 2014 presidential statement": the day names a document
    if (DOCUMENT_AFTER.test(doc.text.slice(m.span.end, Math.min(s.end, m.span.end + 40)))) return false;
    if (strict && NOT_MEETING_NEAR.test(doc.text.slice(Math.max(s.start, m.span.start - 50), Math.min(s.end, m.span.end + 30)))) return false;
    // A date years before the publication is history, not the meeting.
    return refYear === undefined || Number(m.start.slice(0, 4)) >= refYear - 1;
  };
  const fact = (m: DateMention, confidence: number, note?: string): DatesFact => ({
    start: m.start,
    end: m.end,
    span: m.span,
    confidence,
    ...(note ? { note } : {}),
    ...(reference ? { dateline: { date: reference.start, span: reference.span } } : {}),
  });
  const mismatch = (m: DateMention) =>
    reference && reference.start !== m.start
      ? `The ${reference === dateline ? "dateline" : "date of publication"} gives ${reference.start}; the body gives ${m.start === m.end ? m.start : `${m.start} to ${m.end}`}, which is taken as the meeting date.`
      : undefined;

  // A press conference's page: its date line or dateline is the press conference's day, not a meeting's; only a day
  // named in a sentence about a meeting is taken.
  const pressConference = doc.paragraphs.slice(0, 6).some((p) => {
    const line = doc.text.slice(p.start, p.end);
    return line.length <= 120 && !/[.!?]$/u.test(line) && PRESS_CONFERENCE.test(line);
  });
  // 0. The lead, the sentence that follows the day of publication, reports the meeting "on Wednesday":
  // the days later paragraphs name are background (another meeting the article recalls).
  const leadDay = reference ? leadWeekday(doc, reference) : undefined;
  // 1. A sentence that says when the meeting was held ("On 8 October 2018, the Committee held …").
  const adoption = perSentence(doc, (sentence) => ADOPTION.test(sentence));
  for (const m of mentions) {
    if (m === dateline || m === published || !usable(m, false)) continue;
    if (leadDay && m.paragraph > leadDay.paragraph) continue;
    // With a dateline, only the opening paragraphs may say otherwise (later days are other meetings').
    if (dateline && m.paragraph > dateline.paragraph + 1) continue;
    const s = sentenceAround(doc, m.span);
    const before = wordsBefore(doc, s, m.span.start);
    const atStart = before.length === m.span.start - s.start;
    const after = doc.text.slice(m.span.end, Math.min(s.end, m.span.end + 40));
    const lead =
      atStart && (/^(?:[\p{L}’']+,?\s+){0,2}?(?:[Oo]n|[Ff]rom|[Bb]etween)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$/u.test(before) || RELATIVE_DAY.test(before));
    const itsDay = /\b(?:its|the|a)\s+$/u.test(before) && /^\s*(?:open\s+|special\s+|plenary\s+)?(?:meeting|session|briefing)\b/iu.test(after);
    // "On 28 September 2001, the Council adopted resolution 1373": the day of a resolution, not of a meeting
    if (adoption(m.span)) continue;
    if (lead || itsDay || HELD_ON.test(before)) {
      const note = mismatch(m);
      // The evidence starts at "On" when the sentence opens with it (as a reader quotes it).
      // Stryker disable next-line Regex: only a lead that is all "On " moves the span below, and every form of the pattern finds that alike
      const on = lead ? /(?:[Oo]n|[Ff]rom|[Bb]etween)\s+$/u.exec(before) : null;
      // Stryker disable next-line Regex: of "On ", "From ", "Between " only the first has "on"
      const withOn = on && /^(?:[Oo]n)/u.test(on[0]) && before.length === on[0].length ? { ...m, span: { start: m.span.start - on[0].length, end: m.span.end } } : m;
      return fact(withOn, note ? 0.85 : m.yearStated ? 0.95 : 0.85, note ?? (m.yearStated ? undefined : "The year is not written with the day; it is taken from the text's other dates."));
    }
  }
  // 2. "on Wednesday" (or "on Wednesday and Thursday") in a sentence about the meeting in the
  // opening paragraphs: that weekday, on or before the dateline's or publication's day.
  if (reference) {
    const from = Math.min(reference.paragraph, published?.paragraph ?? reference.paragraph);
    for (const p of doc.paragraphs.slice(from, reference.paragraph + (dateline ? 2 : 8))) {
      for (const s of p.sentences) {
        const sentence = doc.text.slice(s.start, s.end);
        const w = ON_WEEKDAYS.exec(sentence);
        if (!w || !MEETING.test(sentence) || /\b(?:will|next|upcoming|forthcoming)\b/iu.test(sentence)) continue;
        const first = weekdayOnOrBefore(reference.start, w[1]!);
        const last = w[2] ? weekdayOnOrBefore(reference.start, w[2]) : first;
        if (last < first) continue;
        const at = s.start + w.index;
        const what = reference === dateline ? "the dateline" : "the date of publication";
        // Stryker disable next-line BooleanLiteral: fact() reads no yearStated
        return fact({ start: first, end: last, span: { start: at, end: at + w[0].length }, yearStated: false, paragraph: p.index }, 0.75, `The text says “${w[0]}”: counted back from ${what} (${reference.start}).`);
      }
    }
  }
  // 2b. A release announcing a meeting: in the dateline's paragraph or the next, a later day in a
  // sentence saying the meeting will take place ("… will host … 19-21 April in Strasbourg").
  if (dateline) {
    const announces = perSentence(doc, (sentence) => /\bwill\b/iu.test(sentence) && MEETING.test(sentence));
    for (const m of mentions) {
      if (m.paragraph < dateline.paragraph || m.paragraph > dateline.paragraph + 1 || m.start <= dateline.start || !usable(m, true)) continue;
      if (announces(m.span)) return fact(m, 0.75, `The release, dated ${dateline.start}, announces the meeting for a later day.`);
    }
  }
  if (pressConference) {
    const aboutMeeting = perSentence(doc, (sentence) => MEETING.test(sentence));
    const m = mentions.find((x) => x !== published && x !== dateline && usable(x, true) && aboutMeeting(x.span));
    return m && fact(m, 0.7, "The page reports a press conference; the day is named in a sentence about a meeting.");
  }
  // 3. The dateline of a press release ("NEW YORK, 6 March (UN Headquarters) --").
  if (dateline) return fact(dateline, dateline.yearStated ? 0.85 : 0.8, "The meeting date is the dateline's (the release reports the meeting of that day).");
  // 4. "today", "this morning": the day of publication.
  // (there are mentions, so paragraphs)
  const body = doc.text.slice(doc.paragraphs[0]!.start, doc.paragraphs[Math.min(doc.paragraphs.length - 1, 12)]!.end);
  if (published && /\b(?:today|this (?:morning|afternoon|evening))\b(?!['’]s)/iu.test(body)) {
    return fact(published, 0.8, "The text reports the meeting as held “today”: the date of publication is taken as the meeting date.");
  }
  // 4b. "today marks the 13th anniversary of the attacks of 11 September 2001": today is that day, N years on.
  // (only with no day of publication: a dateline has been taken, and a date line with "Today" in the lead too)
  const day = anniversaryToday(doc, mentions);
  if (day) return day;
  // 4c. The date line itself names a meeting ("Open Briefing 30 September 2014"): that meeting's day.
  if (published) {
    const line = doc.paragraphs[published.paragraph];
    // Stryker disable next-line StringLiteral: the date line's paragraph is always there
    const words = line ? doc.text.slice(line.start, published.span.start) + doc.text.slice(published.span.end, line.end) : "";
    if (MEETING.test(words)) return fact(published, 0.7, "The date line names a meeting: its day.");
  }
  // 5. A day named in a sentence about a meeting.
  const aboutMeeting = perSentence(doc, (sentence) => MEETING.test(sentence));
  for (const m of mentions) {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a date line in a sentence about a meeting names one, and 4c has taken it
    if (m === published || !usable(m, true)) continue;
    if (aboutMeeting(m.span)) return fact(m, 0.7, mismatch(m) ?? "The day is named in a sentence about a meeting; check that it is this meeting's.");
  }
  // 5b. No date of publication in the text, one in its address: "on Wednesday", "today" counted from it.
  if (!reference && addressDay) return relativeToAddress(doc, addressDay, address!.written);
  // 6. The date of publication alone.
  if (published) return fact(published, 0.5, "Only the date of publication is given; it may differ from the meeting's.");
  return undefined;
}

/** Ordinals in words, for anniversaries ("the tenth anniversary"). */
const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  "twenty-fifth": 25, thirtieth: 30, fortieth: 40, fiftieth: 50,
};
/** "today marks the 13th anniversary of", "Today is the tenth anniversary of". */
const TODAY_ANNIVERSARY = /\b[Tt]oday\s+(?:marks|is|commemorates)\s+the\s+(?:(\d{1,3})(?:st|nd|rd|th)|([a-z]+(?:-[a-z]+)?))\s+anniversary\s+of\b/u;

/**
 * A text that gives no date of publication but says that today is the Nth anniversary of a day it
 * writes with its year, in the same sentence ("today marks the 13th anniversary of the attacks of
 * 11 September 2001"): today is that day, N years later.
 */
function anniversaryToday(doc: Doc, mentions: readonly DateMention[]): DatesFact | undefined {
  for (const p of doc.paragraphs.slice(0, 8)) {
    for (const s of p.sentences) {
      const sentence = doc.text.slice(s.start, s.end);
      const a = TODAY_ANNIVERSARY.exec(sentence);
      if (!a) continue;
      const years = a[1] !== undefined ? Number(a[1]) : ORDINALS[a[2]!];
      if (!years) continue;
      const after = s.start + a.index + a[0].length;
      const of = mentions.find(
        (m) =>
          m.yearStated &&
          m.start === m.end &&
          // Stryker disable next-line EqualityOperator: a date after the words of the anniversary starts after a space, never at their end
          m.span.start >= after &&
          m.span.end <= s.end,
      );
      if (!of) continue;
      const day = isoDate(Number(of.start.slice(0, 4)) + years, Number(of.start.slice(5, 7)), Number(of.start.slice(8, 10)));
      if (!day) continue;
      return {
        start: day,
        end: day,
        span: { start: s.start + a.index, end: of.span.end },
        confidence: 0.7,
        note: `The text says today is an anniversary of ${of.start}, ${years} years on: ${day}.`,
      };
    }
  }
  return undefined;
}

/**
 * "on Wednesday" in the lead about a meeting: in the sentence that holds the day of publication's end
 * or the first one after it, in its paragraph or the next, and not looking ahead.
 */
function leadWeekday(doc: Doc, reference: DateMention): { paragraph: number } | undefined {
  // Stryker disable next-line MethodExpression: the next paragraph's first sentence ends after the date: the loop never goes further
  for (const p of doc.paragraphs.slice(reference.paragraph, reference.paragraph + 2)) {
    const s = p.sentences.find((x) => x.end > reference.span.end);
    if (!s) continue;
    const sentence = doc.text.slice(s.start, s.end);
    const w = ON_WEEKDAYS.exec(sentence);
    if (!w || !MEETING.test(sentence) || /\b(?:will|next|upcoming|forthcoming)\b/iu.test(sentence)) return undefined;
    return { paragraph: p.index };
  }
  return undefined;
}

/** The day a weekday names, on or before a reference day (ISO). */
function weekdayOnOrBefore(reference: string, name: string): string {
  const ref = new Date(`${reference}T00:00:00Z`);
  const back = (ref.getUTCDay() - WEEKDAYS.indexOf(name.toLowerCase()) + 7) % 7;
  return new Date(ref.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A text that states no date of publication, whose address writes one: "on Wednesday" in a sentence
 * about the meeting in the opening paragraphs is that weekday on or before it. ("today" is not read
 * from an address: a copy may be posted days after the meeting.)
 */
function relativeToAddress(doc: Doc, day: string, written: string): DatesFact | undefined {
  for (const p of doc.paragraphs.slice(0, 8)) {
    for (const s of p.sentences) {
      const sentence = doc.text.slice(s.start, s.end);
      if (!MEETING.test(sentence) || /\b(?:will|next|upcoming|forthcoming|tomorrow)\b/iu.test(sentence)) continue;
      const w = ON_WEEKDAYS.exec(sentence);
      if (!w) continue;
      const first = weekdayOnOrBefore(day, w[1]!);
      const last = w[2] ? weekdayOnOrBefore(day, w[2]) : first;
      if (last < first) continue;
      const at = s.start + w.index;
      return {
        start: first,
        end: last,
        span: { start: at, end: at + w[0].length },
        confidence: 0.7,
        note: `The text says “${w[0]}” and states no date; counted back from the date in the source's address (${written}: ${day}).`,
      };
    }
  }
  return undefined;
}

/** Finds "in <City> on 28 October" style day mentions for multi-city meetings: the day of each city. */
export function dayOf(text: string, year: number): string | undefined {
  const m = new RegExp(String.raw`(\d{1,2})\s+${MON}(?:,?\s+(\d{4}))?`, "iu").exec(text);
  if (!m) return undefined;
  return isoDate(m[3] ? Number(m[3]) : year, month(m[2]!), Number(m[1]));
}
