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
/** What introduces a theme in a sentence of the body ("an open briefing on “…”", "entitled “…”", "under the theme “…”"). */
const THEME_BEFORE = /\b(?:on|about|entitled|titled|theme|themed|topic|focused on|focusing on|devoted to|dedicated to)\s*(?:the\s+(?:(?:theme|topic)\s*(?:of\s*)?)?)?[:,]?\s*$/iu;
const COMMITTEE = String.raw`(?:The\s+)?(?:(?:UN|United Nations)\s+)?(?:Security Council\s+)?(?:Counter-Terrorism Committee|CTC|CTED|Committee)(?:\s*\(CTC\))?`;
const HEADLINE_LEAD = new RegExp(
  String.raw`^${COMMITTEE}\s+(?:holds?|held|hosts?|hosted|convenes?|convened|organi[sz]es?|organi[sz]ed)\s+(?:an?\s+|its\s+)?(?:[\p{L}-]+\s+){0,4}?(?:briefing|meeting|workshop|session|event|debate)\s+(?:on|about|concerning|entitled|titled)\s+`,
  "iu",
);
/** A meeting's kind before a theme given in capitals ("Open briefing of the CTC on Xyz"); checked for the capital apart, the pattern being case-insensitive. */
const MEETING_OF_LEAD = new RegExp(String.raw`^(?:(?:Virtual\s+)?(?:Open|Special|Informal|Joint)\s+)+(?:briefing|meeting)\s+of\s+${COMMITTEE}\s+on\s+`, "iu");
/** A document's kind before the event it is about ("Concept paper for …"). */
const DOCUMENT_LEAD = /^(?:Concept\s+(?:paper|note)|Programme|Program|Agenda|Summary|Outcome\s+document|Provisional\s+programme)\s+(?:for|of|on)\s+(?:the\s+)?/iu;
/** Hashtags before a headline ("#UnitedAgainstTerror Special meeting …") and a site's name after it (" - Press Release"). */
const HASHTAGS = /^(?:#\w+\s+)+/u;
const SITE_SUFFIX = /\s+[-–|]\s+(?:Press Release|Press Releases|News|UN News)$/iu;

const collapse = (s: string) => s.replace(/\s+/gu, " ").trim();

/** Finds the title. */
export function findTitle(doc: Doc): TitleFact | undefined {
  let headline: TitleFact["headline"];
  if (doc.headline) {
    const raw = doc.text.slice(doc.headline.start, doc.headline.end);
    const lead = HASHTAGS.exec(raw)?.[0].length ?? 0;
    const tail = SITE_SUFFIX.exec(raw)?.[0].length ?? 0;
    const span = { start: doc.headline.start + lead, end: doc.headline.end - tail };
    headline = { value: collapse(doc.text.slice(span.start, span.end)), span };
  }
  const first = bodyParagraphs(doc)[0];
  for (const [where, span] of [["headline", headline?.span], ["lead", first?.sentences[0]]] as const) {
    if (!span) continue;
    const text = doc.text.slice(span.start, span.end);
    const m = QUOTED.exec(text);
    if (!m) continue;
    // In the body, only a theme the sentence introduces as one ("on “…”"), not a quotation of a speaker.
    if (where === "lead" && !THEME_BEFORE.test(text.slice(0, m.index))) continue;
    const start = span.start + m.index + 1;
    return { value: collapse(m[1]!), span: { start, end: start + m[1]!.length }, confidence: where === "headline" ? 0.95 : 0.85, ...(headline ? { headline } : {}) };
  }
  if (headline) {
    const text = doc.text.slice(headline.span.start, headline.span.end);
    const meetingOf = MEETING_OF_LEAD.exec(text);
    const lead = HEADLINE_LEAD.exec(text) ?? (meetingOf && /^\p{Lu}/u.test(text.slice(meetingOf[0].length)) ? meetingOf : null) ?? DOCUMENT_LEAD.exec(text);
    const start = headline.span.start + (lead ? lead[0].length : 0);
    const value = collapse(doc.text.slice(start, headline.span.end));
    if (value.length > 0) {
      return {
        value,
        span: { start, end: headline.span.end },
        confidence: lead ? 0.8 : 0.6,
        note: lead ? "The headline without its “… holds … on”; the headline quotes no theme." : "The headline, taken as the title: the text quotes no theme.",
        headline,
      };
    }
  }
  return undefined;
}
