import type { Edit } from "./types";
import { paragraphs } from "./paragraphs";

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const M = "(January|February|March|April|May|June|July|August|September|October|November|December)";
/** "28 January 2020", "28-29 October 2022", "January 28, 2020" (year optional in the body). */
const DATE = new RegExp(`(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?\\s+${M}(?:,?\\s+(\\d{4}))?|${M}\\s+(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?(?:,\\s*(\\d{4}))?`, "u");
const DATELINE = new RegExp(`^(?:[A-Z][A-Za-z .'’-]{1,40},\\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(${DATE.source})\\s*(?:[-–—:]\\s*|$)`, "u");
const MEETING = /\b(held|hosted|convened|met|organi[sz]ed|took place|briefed|meeting|briefing|session|workshop)\b/u;

interface Found {
  s: number;
  e: number;
  day1: number;
  day2: number;
  month: number;
  year: number | null;
}

function parse(m: RegExpExecArray, offset: number): Found | null {
  const g = (k: number): string | undefined => m[k];
  // groups inside DATE: 1 day, 2 day2, 3 month, 4 year | 5 month, 6 day, 7 day2, 8 year
  const base = m.length > 9 ? 1 : 0; // DATELINE wraps DATE in one more group
  const day = g(base + 1) ?? g(base + 6);
  const day2 = g(base + 2) ?? g(base + 7);
  const month = g(base + 3) ?? g(base + 5);
  const year = g(base + 4) ?? g(base + 8);
  // Stryker disable next-line LogicalOperator: parse only gets DATE matches, which always hold a day and a month
  if (!day || !month) return null;
  const d1 = Number(day);
  return {
    s: offset,
    e: offset + m[0].length,
    day1: d1,
    day2: day2 ? Number(day2) : d1,
    month: MONTHS.indexOf(month.toLowerCase()),
    year: year ? Number(year) : null,
  };
}

/**
 * Compares a dateline ("31 January 2020" on its own line near the top, or "NEW YORK, 31 January
 * 2020 –" opening the first paragraph) with the date the body gives for the meeting (the first
 * "On 28 January 2020, the Committee held …" style sentence). A difference is flagged, never changed.
 */
export function detectDateMismatch(text: string): Edit[] {
  const paras = paragraphs(text).slice(0, 6);
  let dateline: Found | null = null;
  // Stryker disable next-line UnaryOperator: datelinePara is set together with dateline and read only once a dateline is found
  let datelinePara = -1;
  for (let k = 0; k < paras.length && !dateline; k++) {
    const p = paras[k];
    if (!p) continue;
    const m = DATELINE.exec(p.text);
    if (!m) continue;
    // Stryker disable next-line MethodExpression: paragraphs are trimmed and a DATELINE match starts at the paragraph's start, so the trims change no length
    const whole = m[0].trim().length === p.text.trim().length;
    const hasPlace = /^[A-Z][A-Za-z .'’-]{1,40},/u.test(p.text) || /[-–—:]\s*$/u.test(m[0]);
    if (!whole && !hasPlace) continue;
    // Stryker disable next-line StringLiteral: a DATELINE match always has its group 1 (the date), so the fallback is never used
    const inner = DATE.exec(m[1] ?? "");
    if (!inner) continue;
    const f = parse(inner, p.s + p.text.indexOf(inner[0]));
    if (f && f.year !== null) {
      dateline = f;
      datelinePara = k;
    }
  }
  if (!dateline) return [];
  const all = paragraphs(text);
  for (let k = 0; k < all.length; k++) {
    const p = all[k];
    if (!p || (k === datelinePara && p.e - p.s <= dateline.e - dateline.s + 3)) continue;
    for (const sentence of p.text.split(/(?<=[.!?])\s+/u)) {
      if (!MEETING.test(sentence)) continue;
      const on = new RegExp(`\\b[Oo]n\\s+(?:${DATE.source})`, "u").exec(sentence);
      if (!on) continue;
      const inner = DATE.exec(on[0]);
      if (!inner) continue;
      const body = parse(inner, 0);
      if (!body) continue;
      const year = body.year ?? dateline.year;
      const same = body.month === dateline.month && year === dateline.year && dateline.day1 >= body.day1 && dateline.day1 <= body.day2;
      if (same) return [];
      const before = text.slice(dateline.s, dateline.e);
      return [
        {
          kind: "date-mismatch",
          action: "flagged",
          s: dateline.s,
          e: dateline.e,
          after: before,
          rationale: `The dateline says "${before}" but the body gives the meeting date as "${inner[0]}"; left as is for a curator to check.`,
          confidence: 0.7,
        },
      ];
    }
  }
  return [];
}
