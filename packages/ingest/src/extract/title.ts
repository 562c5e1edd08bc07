// The title: the theme in quotation marks in the headline or lead ("CTC holds open briefing on
// “Protection of soft targets ...”"), else the headline without its "CTC holds ... on".
import type { Doc, Span } from "./text";
import { bodyParagraphs } from "./text";

/** The title and the headline. */
export interface TitleFact {
  /** The official title (the theme), repaired text. */
  value: string;
  /** Where it is written. */
  span: Span;
  /** 0..1. */
  confidence: number;
  /** How it was found. */
  note?: string;
  /** The headline, when the text has one. */
  headline?: { value: string; span: Span };
}

const QUOTED = /[“"]([^“”"]{8,300}?)[,.]?[”"]/u;
const HEADLINE_LEAD = /^(?:The\s+)?(?:Security Council\s+)?(?:Counter-Terrorism Committee|CTC|CTED|Committee)(?:\s*\(CTC\))?\s+(?:holds?|held|hosts?|hosted|convenes?|convened|organi[sz]es?|organi[sz]ed)\s+(?:an?\s+|its\s+)?(?:[\p{L}-]+\s+){0,4}?(?:briefing|meeting|workshop|session|event|debate)\s+(?:on|about|concerning|entitled|titled)\s+/iu;

/** Finds the title. */
export function findTitle(doc: Doc): TitleFact | undefined {
  const headline = doc.headline ? { value: doc.text.slice(doc.headline.start, doc.headline.end), span: doc.headline } : undefined;
  const first = bodyParagraphs(doc)[0];
  for (const [where, span] of [["headline", doc.headline], ["lead", first?.sentences[0]]] as const) {
    if (!span) continue;
    const m = QUOTED.exec(doc.text.slice(span.start, span.end));
    if (!m) continue;
    const start = span.start + m.index + 1;
    return { value: m[1]!.trim(), span: { start, end: start + m[1]!.length }, confidence: where === "headline" ? 0.95 : 0.85, ...(headline ? { headline } : {}) };
  }
  if (headline) {
    const lead = HEADLINE_LEAD.exec(headline.value);
    const start = headline.span.start + (lead ? lead[0].length : 0);
    const value = doc.text.slice(start, headline.span.end).trim();
    if (value.length > 0) {
      return {
        value,
        span: { start, end: start + value.length },
        confidence: lead ? 0.8 : 0.6,
        note: lead ? "The headline without its “… holds … on”; the headline quotes no theme." : "The headline, taken as the title: the text quotes no theme.",
        headline,
      };
    }
  }
  return undefined;
}
