// Meeting dates: "On 27 June 2019", "on 28-29 October 2022", "on 28 and 29 October 2022",
// "from 19 to 21 March 2019", "from 30 November to 2 December 2020", "June 27, 2019", and the
// dateline ("NEW YORK, 31 January 2020") when the body gives no date.
import type { Doc, Span } from "./text";
import { isoDate, MONTH, MONTHS } from "./text";

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
  /** The dateline's date, when there is one. */
  dateline?: { date: string; span: Span };
}

const WEEKDAY = String.raw`(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?`;
const RANGE = new RegExp(String.raw`\b(?:[Oo]n|[Ff]rom|[Bb]etween)\s+${WEEKDAY}(\d{1,2})(?:\s+(${MONTH}))?\s*(?:-|–|—|to|until|and|through)\s*${WEEKDAY}(\d{1,2})\s+(${MONTH}),?\s+(\d{4})`, "u");
const SINGLE = new RegExp(String.raw`\b(?:[Oo]n|[Hh]eld|[Dd]ated|[Oo]f)\s+${WEEKDAY}(\d{1,2})\s+(${MONTH}),?\s+(\d{4})`, "u");
const US = new RegExp(String.raw`\b(?:[Oo]n\s+)?${WEEKDAY}(${MONTH})\s+(\d{1,2})(?:\s*(?:-|–|and|to)\s*(\d{1,2}))?,\s+(\d{4})`, "u");
const ANY = new RegExp(String.raw`\b(\d{1,2})\s+(${MONTH}),?\s+(\d{4})`, "u");
const DATELINE_DATE = new RegExp(String.raw`(\d{1,2})\s+(${MONTH}),?\s+(\d{4})|(${MONTH})\s+(\d{1,2}),\s+(\d{4})`, "u");

const month = (name: string) => MONTHS[name.toLowerCase()]!;

/** Reads the dates of the meeting, preferring the body to the dateline. */
export function findDates(doc: Doc): DatesFact | undefined {
  let dateline: DatesFact["dateline"];
  if (doc.dateline) {
    const m = DATELINE_DATE.exec(doc.text.slice(doc.dateline.start, doc.dateline.end));
    if (m) {
      const date = m[1] ? isoDate(Number(m[3]), month(m[2]!), Number(m[1])) : isoDate(Number(m[6]), month(m[4]!), Number(m[5]));
      if (date) {
        const s = doc.dateline.start + m.index;
        dateline = { date, span: { start: s, end: s + m[0].length } };
      }
    }
  }
  const body = doc.paragraphs.filter((p) => p !== doc.paragraphs[0] || !doc.headline);
  for (const p of body) {
    for (const sentence of p.sentences) {
      const text = doc.text.slice(sentence.start, sentence.end);
      const found = readDate(text);
      if (found) {
        const span = { start: sentence.start + found.at, end: sentence.start + found.at + found.length };
        let note: string | undefined;
        if (dateline && dateline.date !== found.start) {
          note = `The dateline gives ${dateline.date}; the body gives ${found.start === found.end ? found.start : `${found.start} to ${found.end}`}, which is taken as the meeting date.`;
        }
        return { start: found.start, end: found.end, span, confidence: note ? 0.85 : 0.95, ...(note ? { note } : {}), ...(dateline ? { dateline } : {}) };
      }
    }
  }
  if (dateline) {
    return {
      start: dateline.date,
      end: dateline.date,
      span: dateline.span,
      confidence: 0.5,
      note: "Only the dateline gives a date; it is the date of publication and may differ from the meeting's.",
      dateline,
    };
  }
  return undefined;
}

/** Reads the first meeting date of a sentence. */
export function readDate(text: string): { start: string; end: string; at: number; length: number } | undefined {
  const hits: { start: string; end: string; at: number; length: number }[] = [];
  const r = RANGE.exec(text);
  if (r) {
    const y = Number(r[5]);
    const m2 = month(r[4]!);
    const m1 = r[2] ? month(r[2]) : m2;
    const y1 = m1 > m2 ? y - 1 : y;
    const start = isoDate(y1, m1, Number(r[1]));
    const end = isoDate(y, m2, Number(r[3]));
    const at = r.index + r[0].search(/\d/u);
    if (start && end && start <= end) hits.push({ start, end, at, length: r.index + r[0].length - at });
  }
  const s = SINGLE.exec(text);
  if (s) {
    const d = isoDate(Number(s[3]), month(s[2]!), Number(s[1]));
    const at = s.index + (/^(?:[Oo]n|[Hh]eld|[Dd]ated|[Oo]f)/u.test(s[0]) && /^[Oo]n/u.test(s[0]) ? 0 : s[0].search(/\d/u));
    if (d) hits.push({ start: d, end: d, at, length: s.index + s[0].length - at });
  }
  const u = US.exec(text);
  if (u) {
    const y = Number(u[4]);
    const a = isoDate(y, month(u[1]!), Number(u[2]));
    const b = u[3] ? isoDate(y, month(u[1]!), Number(u[3])) : a;
    if (a && b && a <= b) hits.push({ start: a, end: b, at: u.index, length: u[0].length });
  }
  if (hits.length === 0) {
    const any = ANY.exec(text);
    if (any && /\b(?:meeting|briefing|workshop|session|held|hosted|convened|took place|met)\b/u.test(text)) {
      const d = isoDate(Number(any[3]), month(any[2]!), Number(any[1]));
      if (d) hits.push({ start: d, end: d, at: any.index, length: any[0].length });
    }
  }
  hits.sort((a, b) => a.at - b.at || b.length - a.length);
  return hits[0];
}

/** Finds "in <City> on 28 October" style day mentions for multi-city meetings: the day of each city. */
export function dayOf(text: string, year: number): string | undefined {
  const m = new RegExp(String.raw`(\d{1,2})\s+(${MONTH})(?:,?\s+(\d{4}))?`, "u").exec(text);
  if (!m) return undefined;
  return isoDate(m[3] ? Number(m[3]) : year, month(m[2]!), Number(m[1]));
}
