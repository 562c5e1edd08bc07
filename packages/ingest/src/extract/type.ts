// The meeting type, as the page phrases it: "held an open briefing", "Special Meeting of the
// Security Council's Counter-Terrorism Committee", "the Security Council was briefed today by the
// chairs", "an open debate", "a side event". Never guessed: a text that names no type gets none.
import type { MeetingType } from "@briefings/core";
import type { Found } from "./meeting";
import type { Doc, Paragraph, Span } from "./text";
import { bodyParagraphs } from "./text";

/** A phrase that states a type, with the confidence it gives. */
interface Cue {
  re: RegExp;
  type: MeetingType;
  confidence: number;
}

/** The Security Council itself (not its Counter-Terrorism Committee: "the Security Council Counter-Terrorism Committee"). */
const NOT_COMMITTEE = String.raw`(?!['’]s\s+(?:Counter|Committee|CTC)|\s+(?:Counter|Committee|CTC|anti-terrorism\s+committee))`;
const SC = String.raw`(?:the\s+)?(?:UN\s+|United Nations\s+)?Security\s+Council${NOT_COMMITTEE}`;
const COUNCIL = String.raw`(?:${SC}|(?:the\s+)?Council(?!\s+(?:of|members)\b)${NOT_COMMITTEE})`;
const COMMITTEE = String.raw`(?:the\s+)?(?:(?:UN\s+|United Nations\s+)?(?:Security\s+Council(?:['’]s)?\s+)?Counter[-\s]?Terrorism\s+Committee|CTC|Committee)`;

/** Phrases that state a type, most specific first (the first of two at one place wins). */
const CUES: readonly Cue[] = [
  { re: /\bjoint\s+special\s+meeting\b/iu, type: "joint-special-meeting", confidence: 0.95 },
  { re: /\bspecial\s+meeting\b/iu, type: "special-meeting", confidence: 0.95 },
  { re: /\bside[-\s]event\b/iu, type: "side-event", confidence: 0.9 },
  // "briefs the Security Council's Arria-formula meeting": the Arria meeting, not a Council briefing
  { re: /\b(?:brief(?:s|ed)?\s+(?:the\s+)?(?:Security\s+)?Council['’]s\s+)?Arria[-\s]formula\b/iu, type: "arria-formula-meeting", confidence: 0.9 },
  { re: /\bspecial\s+event\b/iu, type: "special-event", confidence: 0.9 },
  { re: /\bopen\s+(?:(?:UN\s+)?(?:Security\s+)?Council\s+)?debate\b/iu, type: "security-council-open-debate", confidence: 0.9 },
  { re: /\b(?:regional\s+|expert\s+|technical\s+|national\s+|follow-up\s+|sub-?regional\s+)*workshop\b/iu, type: "workshop", confidence: 0.9 },
  { re: new RegExp(String.raw`\bjoint\s+(?:open\s+)?briefings?\b(?!\s+(?:to|of|in)\s+${COUNCIL})|\bjointly\s+brief(?:ed|s)?\b(?!\s+${COUNCIL})`, "iu"), type: "joint-briefing", confidence: 0.9 },
  { re: /\b(?:open\s+)?informal\s+(?:open\s+)?briefings?\b/iu, type: "informal-briefing", confidence: 0.9 },
  { re: /\binformal\s+meetings?\b/iu, type: "informal-meeting", confidence: 0.85 },
  { re: /\bopen\s+briefings?\b/iu, type: "open-briefing", confidence: 0.95 },
  { re: /\bopen\s+meetings?\b/iu, type: "open-meeting", confidence: 0.95 },
  { re: /\bthematic\s+(?:discussion|meeting)s?\b/iu, type: "thematic-discussion", confidence: 0.9 },
  { re: /\bclosed\s+(?:briefing|meeting)\b/iu, type: "closed-briefing", confidence: 0.85 },
  // The Committee's own formal meetings: "the CTC plenary", "the 326th meeting of the Counter-Terrorism Committee".
  {
    re: /\b(?:CTC|Committee(?:['’]s)?)\s+plenary\b|\bplenary\s+(?:meeting|session)\s+of\s+(?:the\s+)?(?:Counter-Terrorism\s+)?Committee\b|\b\d{1,4}(?:st|nd|rd|th)\s+(?:formal\s+)?meeting\s+of\s+the\s+(?:(?:UN\s+)?Security\s+Council\s+)?Counter-Terrorism\s+Committee\b/iu,
    type: "committee-meeting",
    confidence: 0.85,
  },
  // The Committee's meeting at which someone spoke: "told the Counter-Terrorism Committee at its 18 July meeting".
  { re: new RegExp(String.raw`\b(?:told|tells|addressed|addresses|briefed|briefs)\s+${COMMITTEE}\s+at\s+its\s+(?:[\w-]+\s+){0,3}meeting\b`, "iu"), type: "committee-meeting", confidence: 0.8 },
  {
    re: /\bbrief(?:ed|s|ing)?\s+(?:to\s+|for\s+)?(?:the\s+)?(?:wider\s+|broader\s+|general\s+)?(?:UN\s+|United Nations\s+)?(?:membership|Member\s+States)\b|\bbriefings?\s+(?:to|for)\s+(?:the\s+)?(?:wider\s+|broader\s+)?(?:UN\s+|United Nations\s+)?(?:membership|Member\s+States)\b|\bbriefing\s+by\b[^;\n]{0,160}?,\s+to\s+the\s+(?:wider\s+)?(?:membership|Member\s+States)\b/iu,
    type: "briefing-to-member-states",
    confidence: 0.85,
  },
  { re: new RegExp(String.raw`\bbrief(?:ed|s)\s+(?:the\s+)?(?:[A-Z]{2,6}\s+and\s+)?${COMMITTEE}(?!\s+members)|\bbriefing\s+to\s+${COMMITTEE}`, "iu"), type: "briefing-to-members", confidence: 0.8 },
  {
    re: /\bbrief(?:ed|s|ing)?\s+(?:to\s+|for\s+)?(?:the\s+)?(?:[A-Z]{2,6}\s+and\s+)?(?:the\s+)?(?:Committee(?:['’]s)?|CTC)\s+members\b|\bbriefings?\s+(?:to|for)\s+(?:the\s+)?(?:Committee|CTC)\b|\bbriefing\b[^.;]{0,80}?\bfor\s+(?:the\s+)?members\s+(?:and\s+observers\s+)?of\s+(?:the\s+)?(?:Counter-Terrorism\s+)?Committee\b/iu,
    type: "briefing-to-members",
    confidence: 0.85,
  },
  // A public meeting of the Council itself, at which briefings were heard: "a public meeting of the Security Council",
  // "a public Council meeting held today", "told the Security Council in a meeting on …".
  {
    re: new RegExp(String.raw`\bpublic\s+meeting\s+of\s+${SC}|\bpublic\s+(?:Security\s+)?Council\s+meeting\b|\b(?:told|tells)\s+${COUNCIL}\s+in\s+(?:(?:a|its)\s+)?meeting\b`, "iu"),
    type: "security-council-meeting",
    confidence: 0.85,
  },
  {
    re: new RegExp(
      String.raw`\bbrief(?:ed|s|ing)?\s+${COUNCIL}\b|\b(?:briefings?|report(?:ed|s)?)\s+(?:by\s+[^.;]{1,120}?\s+)?to\s+${COUNCIL}\b|${COUNCIL}\s+(?:was|were|is|are|has\s+been)\s+briefed\b|${COUNCIL}\s+(?:heard|hears|received)\s+(?:a\s+|the\s+)?(?:joint\s+)?(?:briefings?|reports?)\b|\b(?:told|tells|telling)\s+${COUNCIL}|\b(?:told|tells|telling)\s+an?\s+(?:open\s+|public\s+|formal\s+)?(?:Security\s+)?Council\s+meeting\b|\bbriefing\b[^.;\n]{0,80}?\b(?:during|at|in)\s+a\s+public\s+meeting\b|${COUNCIL}\s+briefing\b|\bbriefings?\s+(?:in|of|at)\s+${COUNCIL}\b|\baddress(?:ed|ing)?\s+${COUNCIL}\b|${COUNCIL}\s+(?:briefed|told)\b|\bhear(?:s|d|ing)?\s+briefings?\b|\bbriefings?\s+(?:by|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:chairs?|chairmen|chairpersons|chairwomen|heads|committees)\b|\b(?:chairs|chairmen|chairpersons)\s+of\s+[^.;:\n]{1,80}?\s+brief(?:s|ed)?\b(?!\s+(?:the\s+)?(?:Member\s+States|membership|Committee|CTC)\b)|${COUNCIL}\s+(?:will\s+|is\s+(?:scheduled|expected)\s+to\s+)?(?:convenes?|convened|holds?|held|hold)\s+(?:its\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}briefing\b`,
      "iu",
    ),
    type: "security-council-briefing",
    confidence: 0.85,
  },
  { re: new RegExp(String.raw`${SC}\s+(?:held|holds|convened|convenes)\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}meeting\b`, "iu"), type: "security-council-meeting", confidence: 0.85 },
];

/** A debate of the Council without "open": weaker than every phrase above. */
const DEBATE: readonly Cue[] = [{ re: new RegExp(String.raw`\b(?:day-long\s+|public\s+|ministerial[-\s]level\s+)?debate\b`, "iu"), type: "security-council-open-debate", confidence: 0.6 }];

/** Weaker signs, read only when no phrase above is found: a Council meeting by its number or its verbatim record's symbol (S/PV.4618), or a resolution adopted. */
const WEAK: readonly Cue[] = [
  {
    re: new RegExp(String.raw`\b\d{4}(?:st|nd|rd|th)\s+(?:Security\s+Council\s+)?meeting\b|\bS\/PV\.\d{3,5}\b|${SC}\s+meeting\b|\bmeeting\s+of\s+${SC}|${SC}\s+(?:today\s+|this\s+\w+\s+)?(?:unanimously\s+)?adopted\b|\b(?:unanimously\s+)?adopt(?:s|ed|ing)\s+resolution\b|\bpresidential\s+statement\b`, "iu"),
    type: "security-council-meeting",
    confidence: 0.7,
  },
  // "The Counter-Terrorism Committee meets on the occasion of …": a meeting of the Committee, when nothing names its kind.
  { re: new RegExp(String.raw`${COMMITTEE}\s+(?:meets|met|convened|convenes)\b(?!\s+with\b)`, "iu"), type: "committee-meeting", confidence: 0.7 },
];

/** Another meeting than the page's: dated before its name ("the April 2016 open briefing", "its 2015 special meeting") or set in another time after it ("an open briefing next month"). */
const DATED_BEFORE = /\b(?:the|its|their)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d{2}\s+$/iu;
const OTHER_TIME_AFTER = /^\s+(?:next|last|later\s+this|earlier\s+this)\s+(?:week|month|year)\b/iu;
const global = new WeakMap<RegExp, RegExp>();

/** The earliest cue in a text (the most specific of two at one place), skipping a cue that names another meeting. */
function firstCue(text: string, cues: readonly Cue[]): { cue: Cue; at: number; len: number } | undefined {
  let best: { cue: Cue; at: number; len: number } | undefined;
  for (const cue of cues) {
    let re = global.get(cue.re);
    if (!re) global.set(cue.re, (re = new RegExp(cue.re.source, `${cue.re.flags}g`)));
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (best && m.index >= best.at) break;
      const elsewhere = DATED_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) || OTHER_TIME_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30));
      if (elsewhere) continue;
      best = { cue, at: m.index, len: m[0].length };
      break;
    }
  }
  return best;
}

/** The meeting type from the headline and the opening paragraphs, in reading order; none when the text states none. */
export function findType(doc: Doc): Found<MeetingType> | undefined {
  const spans: Span[] = [];
  if (doc.headline) spans.push(doc.headline);
  for (const p of bodyParagraphs(doc).slice(0, 8)) spans.push(...p.sentences);
  // The lines above the body (a verbatim record's symbol and meeting number) are read for the weak signs only.
  const bodyStart = bodyParagraphs(doc)[0]?.start ?? 0;
  const header: Span[] = bodyStart > 0 ? [{ start: 0, end: bodyStart }] : [];
  for (const cues of [CUES, DEBATE, WEAK]) {
    for (const span of cues === WEAK ? [...header, ...spans] : spans) {
      const hit = firstCue(doc.text.slice(span.start, span.end), cues);
      if (!hit) continue;
      // "Following briefings by chairs, speakers in an open debate …": who briefed the Council is its content; the open
      // debate is its format.
      const debate = hit.cue.type === "security-council-briefing" ? openDebate(doc) : undefined;
      if (debate) return debate;
      return { value: hit.cue.type, spans: [{ start: span.start + hit.at, end: span.start + hit.at + hit.len }], confidence: hit.cue.confidence };
    }
  }
  return undefined;
}

const OPEN_DEBATE = CUES.filter((c) => c.type === "security-council-open-debate");

/** The first paragraph that reads as prose: a dozen words or more, ending a sentence (not a dateline, deck or caption). */
function leadParagraph(doc: Doc): Paragraph | undefined {
  return bodyParagraphs(doc)
    .slice(0, 16)
    .find((p) => {
      const text = doc.text.slice(p.start, p.end).trim();
      return /[.!?][”"’)]?$/u.test(text) && text.split(/\s+/u).length >= 12;
    });
}

/** An open debate of the Council named in the headline or the lead paragraph. */
function openDebate(doc: Doc): Found<MeetingType> | undefined {
  const opening = [...(doc.headline ? [doc.headline] : []), ...(leadParagraph(doc)?.sentences ?? [])];
  for (const span of opening) {
    const hit = firstCue(doc.text.slice(span.start, span.end), OPEN_DEBATE);
    if (hit) return { value: hit.cue.type, spans: [{ start: span.start + hit.at, end: span.start + hit.at + hit.len }], confidence: hit.cue.confidence };
  }
  return undefined;
}
