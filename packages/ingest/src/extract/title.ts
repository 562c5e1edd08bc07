// The title: the theme in quotation marks in the headline or lead ("CTC holds open briefing on
// “Protection of soft targets ...”"), else a verbatim record's agenda item, a statement's cover
// (the meeting it was given at), or the headline (a feed item's, not the feed's).
import { lowerKeepingOffsets } from "@briefings/core";
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
/** A theme in single curly quotes ("the special meeting on ‘Keeping ports safe’"); a closing mark before a letter is an apostrophe. */
const QUOTED_SINGLE = /‘((?:[^‘’“”"]|’(?=\p{L})){8,300}?)[,.]?’(?!\p{L})/u;
/** What introduces a theme in a sentence of the body ("an open briefing on “…”", "entitled “…”", "under the theme “…”"). */
const THEME_BEFORE = /\b(?:on|about|entitled|titled|theme(?:\s+of)?|themed|topic(?:\s+of)?|focused on|focusing on|devoted to|dedicated to)\s*(?:the\s+(?:(?:(?:overall|overarching|main|general)\s+)?(?:theme|topic)\s*(?:of\s*)?)?)?[:,]?\s*$/iu;
/** A qualifier before a quoted document's name that the theme keeps ("on the updated “Technical guide …”"). */
const QUALIFIED = /\bthe\s+(?:updated|revised|new|amended|draft|latest)\s+$/iu;
/** Words before a quoted theme that make it another meeting's ("a briefing in advance of the special meeting on “…”"). */
const OTHER_MEETING = /\b(?:in advance of|ahead of|in preparation for|to prepare for|preparatory to|the outcome of|follow-up to)\b/iu;
/** An event beside the meeting, or one before it ("a side event on “…”", "similar issues to the Arria-formula meeting on “…”"). */
const ANOTHER_EVENT = /\b(?:side|similar|previous|earlier|past|parallel)\b/iu;
/** A meeting, then its theme: "a Special Meeting on the overarching theme of ", "the open briefing of the Committee on ". */
const MEETING_THEME =
  /\b(?:meeting|briefing|session|conference|workshop|seminar|debate|dialogue|event|forum|webinar|consultations?)(?:,?\s+(?:of|with|by|for|at|in)\s+[^;:.“”"]{1,100}?)?\s+(?:on|about|entitled|titled|focused on|focusing on|devoted to|dedicated to|under)\s+(?:the\s+(?:(?:overall|overarching|main|general)\s+)?(?:theme|topic)\s+(?:of\s+)?)?[:,]?\s*$/iu;
const COMMITTEE = String.raw`(?:The\s+)?(?:(?:UN|United Nations)\s+)?(?:Security Council\s+)?(?:Counter-Terrorism Committee|CTC|CTED|Committee)(?:\s*\(CTC\))?`;
/** A meeting's kind before a theme given in capitals ("Open briefing of the CTC on Xyz"); checked for the capital apart, the pattern being case-insensitive. */
const MEETING_OF_LEAD = new RegExp(
  String.raw`^(?:(?:(?:Virtual\s+)?(?:Open|Special|Informal|Joint)\s+)+(?:briefing|meeting)\s+of\s+${COMMITTEE}|${COMMITTEE}\s*[:–—-]\s*(?:(?:Virtual|Open|Special|Informal|Joint)\s+)+(?:briefing|meeting))\s+on\s+`,
  "iu",
);
/** A document's kind before the event it is about ("Concept paper for …"). */
const DOCUMENT_LEAD = /^(?:Concept\s+(?:paper|note)|Programme|Program|Agenda|Summary|Outcome\s+document|Provisional\s+programme)\s+(?:for|of|on)\s+(?:the\s+)?/iu;
/** Hashtags before a headline ("#UnitedAgainstTerror Special meeting …") and a site's name after it (" - Press Release"). */
/** A photo caption on the first line, not a headline: "Participants in the workshop". */
const CAPTION = /^(?:Participants|Delegates|Speakers|Panell?ists|Attendees)\s+(?:in|at|of|during)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3}$/u;
/** A theme named in capitals after the meeting in a lead sentence: "… held a workshop on Safety of ports and borders." (three words at least, to the sentence's end). */
const LEAD_THEME = /\b(?:workshop|seminar|conference|meeting|briefing|event|dialogue|session)\s+(?:on|entitled|titled)\s+(\p{Lu}[^\s.;]+(?:\s+[^\s.;]+){2,30})\.?$/u;
const HASHTAGS = /^(?:#\w+\s+)+/u;
const SITE_SUFFIX = /\s+[-–|]\s+(?:Press Release|Press Releases|News|UN News|(?:Security Council|General Assembly),?\s+\d{3,5}(?:st|nd|rd|th)\s+Meeting)$|\s+\(press release\)$/iu;

const collapse = (s: string) => s.replace(/\s+/gu, " ").trim();

/** A verbatim record's agenda item: the line after "Agenda", "Adoption of the agenda" or "The agenda was adopted.", or the words between them and the proceedings on one line. */
const AGENDA_ALONE = /^(?:Agenda|The agenda was adopted\.|Adoption of the agenda)$/u;
/** A resolution's heading alone on its line ("Resolution 1234"), as a mirror of resolutions writes it above the resolution's subject (the agenda item it was adopted under). */
const RESOLUTION_ALONE = /^Resolution\s+\d{3,4}$/u;
const AGENDA_INLINE = /\b(?:Agenda|The agenda was adopted\.)\s+(\p{Lu}[^.\n]{9,200}?)\s+(?:The meeting was called to order|The President\b)/u;

/** The agenda item of a verbatim record of a meeting (S/PV): its title. Read line by line (a table's rows may run into the heading's paragraph). */
function agendaItem(doc: Doc): { value: string; span: Span } | undefined {
  const lines: Span[] = [];
  // Stryker disable next-line EqualityOperator: at the text's length the line is empty and nothing is pushed
  for (let at = 0; at <= doc.text.length; ) {
    const nl = doc.text.indexOf("\n", at);
    const end = nl < 0 ? doc.text.length : nl;
    const raw = doc.text.slice(at, end);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim().length > 0) lines.push({ start: at + lead, end: at + raw.trimEnd().length });
    if (nl < 0) break;
    at = nl + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    const heading = doc.text.slice(lines[i]!.start, lines[i]!.end);
    const resolution = RESOLUTION_ALONE.test(heading);
    if (!AGENDA_ALONE.test(heading) && !resolution) continue;
    const next = lines[i + 1];
    if (!next) return undefined;
    const item = doc.text.slice(next.start, next.end);
    // under a resolution's heading, its adoption or its text is no subject: look on
    if (resolution && (/^(?:Adopted|The Security Council|S\/RES\/)/u.test(item) || /[.:;,]$/u.test(item) || item.length < 10 || item.length > 200)) continue;
    // "Adoption of the agenda" then "The agenda was adopted.": the item is on the line after.
    if (AGENDA_ALONE.test(item)) continue;
    if (item.length < 10 || item.length > 200 || /[.:]$/u.test(item) || /^The President\b/u.test(item)) return undefined;
    return { value: collapse(item), span: next };
  }
  for (const p of doc.paragraphs) {
    const line = doc.text.slice(p.start, p.end);
    const m = AGENDA_INLINE.exec(line);
    if (m) {
      const start = p.start + m.index + m[0].indexOf(m[1]!);
      return { value: collapse(m[1]!), span: { start, end: start + m[1]!.length } };
    }
  }
  return undefined;
}

/** A line near the top that is wholly a quoted name ("“Threats to international peace …”"): a statement's agenda item or theme. */
const QUOTED_LINE = /^[“"]([^“”".!?]{8,200})[”"]$/u;

/** Lines that introduce a statement rather than report a meeting ("Statement by H.E. …", "… opening remarks at …", "Delivered by …"). */
const STATEMENT = /^(?:[^,.;:]{0,60}?\b)?(?:(?:statement|remarks|address|speech)\s*(?:\(|by\b|of\b|to\b|at\b|on behalf\b|delivered\b)|delivered\s+by\b|briefing\s+to\s+the\s+(?:Security\s+)?Council\s+by\b)/iu;
/** The meeting a statement was given at ("… at UN Security Council Thematic Meeting on Counter-Terrorism", "… during a joint debate on …"). */
const STATEMENT_AT = /\b(?:at|on|to|during|before)\s+(?:the\s+|a\s+|an\s+)?((?:[\p{L}-]+\s+){0,5}?(?:meeting|debate|briefing|session|conference)\b[^.[\]]{0,200})/iu;

/** A statement's cover: the meeting named with a theme ("… on Terrorism"), or nothing (a statement's own title is not the meeting's). */
function statementCover(doc: Doc, span: Span): { value: string; span: Span } | "none" | undefined {
  const text = doc.text.slice(span.start, span.end);
  if (!STATEMENT.test(text)) return undefined;
  const m = STATEMENT_AT.exec(text);
  if (!m) return "none";
  const value = m[1]!.replace(/[\s,;]+$/u, "");
  // A meeting named without its theme ("the Security Council Open Debate") is no title.
  if (!/\s(?:on|with|about|concerning)\s|[“"]/u.test(value)) return "none";
  const start = span.start + m.index + m[0].indexOf(m[1]!);
  return { value: collapse(value), span: { start, end: start + value.length } };
}

/**
 * A feed's item flattened on one line: the channel's title, its path and language, then the item's
 * title and its path ("Site - Tag /site/tags/x en Item title /site/news/item-title …"). Read token
 * by token (linear).
 */
export function feedItemTitle(line: string): { start: number; end: number } | undefined {
  const tokens = [...line.matchAll(/\S+/gu)].slice(0, 120);
  // Stryker disable next-line OptionalChaining: a token that starts with "/" always has a slash to match
  const isPath = (t: string) => t.startsWith("/") && (t.match(/\//gu)?.length ?? 0) >= 2;
  const channel = tokens.findIndex((t) => isPath(t[0]));
  // Stryker disable next-line StringLiteral: the language's pattern fails on any stand-in for a missing token ("", "Stryker was here!")
  if (channel < 1 || channel > 30 || !/^[a-z]{2}(?:-[a-z]{2})?$/u.test(tokens[channel + 1]?.[0] ?? "")) return undefined;
  const from = channel + 2;
  const to = tokens.findIndex((t, i) => i > from && isPath(t[0]));
  if (to < from + 2) return undefined;
  const first = tokens[from]!;
  const last = tokens[to - 1]!;
  return { start: first.index, end: last.index + last[0].length };
}

/** A theme after its meeting in a lead sentence, to a comma or the sentence's end ("held a meeting on threats to …."). */
const LEAD_HELD =
  /\b(?:held|holds?|holding|convened|hosted|organi[sz]ed)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:meeting|briefing|workshop|seminar|conference|side\s+event|event|dialogue)\s+(?:on|about|to\s+discuss)\s+((?:[^.;,()“”"]|\(\p{Lu}[\p{L}-]{1,10}\)){8,250})(?:[.,;]|$)/u;
/** An event named in capitals after its organiser's verb: "organized the United Nations Conference on National Strategies on 12 March". */
const TITLE_WORD = String.raw`\p{Lu}[\p{L}’'-]*`;
const LEAD_NAMED = new RegExp(
  String.raw`\b(?:organi[sz]ed|held|hosted|convened|opened)\s+the\s+((?:${TITLE_WORD}\s+)*(?:Conference|Workshop|Seminar|Forum|Summit|Dialogue|Special Meeting|Open Briefing)\s+(?:on|of)\s+${TITLE_WORD}(?:\s+(?:(?:of|on|and|for|the|in|to|against)\s+)*${TITLE_WORD})*)`,
  "u",
);
/** What follows a theme in a lead sentence and is not part of it: the audience ("for affected States of …") or the day ("on 26 April 2019"). */
const AFTER_THEME = /\s+(?:for\s+(?:the\s+)?(?:affected\s+)?(?:Member\s+)?States\b|on\s+(?:\d{1,2}(?:[-–]\d{1,2})?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d)).*$/u;
/** A named event opening the lead: "At a regional expert workshop on …, participants …" (its kind is part of its name). */
const LEAD_AT = /^At\s+(?:a|an|the)\s+((?:[\p{L}-]+\s+){1,3}?(?:workshop|seminar|conference)\s+on\s+[^.;,()“”"]{8,250}),/u;
/** "… briefed the Counter-Terrorism Committee (CTC) on the recent work of …." to the sentence's end. */
const LEAD_BRIEFED = /\bbriefed\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,6}?(?:Committee|CTC)(?:\s*\([A-Z]{2,6}\))?\s+on\s+([^.;,()“”"]{8,300})\.?$/u;

/** A meeting described by what it focused on, its kind kept: "held a regional open briefing focused on the Northern Isles." (to the sentence's end). */
const LEAD_FOCUSED = /\b(?:held|holds?|convened|hosted|organi[sz]ed)\s+(?:a|an)\s+((?:[\p{L}-]+\s+){1,3}?(?:meeting|briefing|workshop|seminar|conference|event|dialogue)\s+(?:focused|focusing|centred|centered)\s+on\s+[^.;,()“”"]{3,120})\.?$/u;

/** What a theme does not open with: a day, a weekday or a month. */
const NOT_THEME = /^(?:\d|(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the\s+(?:\d|occasion|sidelines|margins))\b)/u;

/** The theme a lead sentence names for the meeting, and where. */
function leadNamed(sentence: string): { value: string; at: number } | undefined {
  for (const re of [LEAD_AT, LEAD_NAMED, LEAD_HELD, LEAD_BRIEFED, LEAD_FOCUSED]) {
    const m = re.exec(sentence);
    if (!m) continue;
    const value = m[1]!.replace(AFTER_THEME, "").trimEnd();
    // "held a meeting on 28 October": a day, not a theme
    if (NOT_THEME.test(value)) continue;
    return { value, at: m.index + m[0].indexOf(m[1]!) };
  }
  return undefined;
}

/** A quoted theme, with the qualifier before it that it keeps ("the updated “…”"). */
function quotedTheme(doc: Doc, span: Span, m: RegExpExecArray): { value: string; span: Span } {
  const inner = span.start + m.index + 1;
  const end = inner + m[1]!.length;
  const q = QUALIFIED.exec(doc.text.slice(Math.max(span.start, inner - 1 - 40), inner - 1));
  // (QUALIFIED opens with "the": the qualifier starts where its match does)
  const start = q ? inner - 1 - q[0].length : inner;
  const value = collapse(q ? `${doc.text.slice(start, inner - 1)}${m[1]!}` : m[1]!);
  return { value, span: { start, end } };
}

/** The kinds of meeting a lead's subject may name. */
const KIND = String.raw`(?:[Mm]eeting|[Ee]vent|[Bb]riefing|[Ww]orkshop|[Cc]onference|[Ss]eminar|[Dd]ialogue|[Ss]ession|[Ff]orum|[Ss]ummit|[Ss]ymposium)`;
/** The meeting's kind and what follows it in a name ("Conference on Port Safety" in "The Regional Conference on Port Safety"). */
const FROM_KIND = new RegExp(String.raw`\b${KIND}\s+(?:of|with|for|on)\s.*$`, "u");
/**
 * A meeting named as a sentence's subject (after a dateline, "PLACE, 3 May (Agency) - ", when there is one), then said to be held: "A second open meeting of the Committee
 * with the Network was organized at …", "The Regional Conference on Port Safety, organised by …, was held on …".
 * The name: up to six words, the meeting's kind, and what it is of, with or for (no comma in it).
 */
const SUBJECT_HELD = new RegExp(
  String.raw`^(?:(?:\p{Lu}[\p{Lu} .’'-]{1,40},[^–—()]{3,40}?\s)?(?:\([^()]{1,40}\)\s*)?(?:-|–|—|--)\s+)?(?:A|An|The)\s+((?:[\p{L}\d’'-]+\s+){0,6}?${KIND}\s+(?:of|with|for|on)\s+[^,;:.()“”"]{3,200}?)(?:\s*\(\p{Lu}{2,8}\)(?:\s+of\s+the\s+[^,;:.()“”"]{1,80}?)?)?(?:,[^,;]{1,200},)?\s+(?:(?:was|were)\s+(?:held|organi[sz]ed|convened|hosted)|took\s+place)\b`,
  "u",
);

/** A day said to have marked a numbered meeting: "14 May 2031 marked the 40th meeting of the Harbour Committee, which …". */
const MARKED = new RegExp(
  String.raw`^[^,;]{0,40}?\s(?:marked|saw)\s+the\s+(\d{1,4}(?:st|nd|rd|th)\s+(?:[\p{L}-]+\s+){0,3}?${KIND}\s+of\s+[^,;:.()“”"]{3,200}?)\s*[,;.]`,
  "u",
);

/** A meeting the opening paragraphs name as a sentence's subject, said to be held there (see {@link SUBJECT_HELD}). */
function subjectNamed(doc: Doc): { value: string; span: Span } | undefined {
  for (const p of bodyParagraphs(doc).slice(0, 6)) {
    for (const s of p.sentences.slice(0, 4)) {
      const text = doc.text.slice(s.start, s.end);
      const subject = SUBJECT_HELD.exec(text);
      // a day is no subject ("The 3 May meeting of …"); a numbered meeting may be marked ("marked the 40th meeting")
      const m = subject && !NOT_THEME.test(subject[1]!) ? subject : MARKED.exec(text);
      if (!m || ANOTHER_EVENT.test(m[1]!)) continue;
      // (both patterns are anchored at the sentence's start: m.index is 0)
      const start = s.start + m[0].indexOf(m[1]!);
      return { value: collapse(m[1]!), span: { start, end: start + m[1]!.length } };
    }
  }
  return undefined;
}

/** An event named in capitals after its organiser's verb and an article: "organized a Regional Workshop for Judges of the North". */
const LEAD_TITLED = new RegExp(
  String.raw`\b(?:organi[sz]ed|held|hosted|convened|opened)\s+(?:a|an|the)\s+((?:${TITLE_WORD}\s+){0,4}(?:Conference|Workshop|Seminar|Forum|Summit|Dialogue|Meeting|Briefing|Symposium)\s+(?:on|of|for)\s+${TITLE_WORD}(?:\s+(?:(?:of|on|and|for|the|in|to|against)\s+)*${TITLE_WORD})*)`,
  "u",
);
/** The words of a name, lower case, letters and digits only. */
// Stryker disable next-line Regex: without "+" a run of separators only adds empty words, which the filter drops
const wordsOf = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);

/** The event the first paragraphs name whole in capitals, when the headline's words are all in that name and it has more. */
function namedWhole(doc: Doc, headline: string): { value: string; span: Span } | undefined {
  const head = wordsOf(headline);
  if (head.length < 4) return undefined;
  for (const p of bodyParagraphs(doc).slice(0, 2)) {
    for (const s of p.sentences.slice(0, 3)) {
      const text = doc.text.slice(s.start, s.end);
      const m = LEAD_TITLED.exec(text);
      if (!m) continue;
      const name = new Set(wordsOf(m[1]!));
      if (name.size <= new Set(head).size || !head.every((w) => name.has(w))) continue;
      const start = s.start + m.index + m[0].indexOf(m[1]!);
      return { value: collapse(m[1]!), span: { start, end: start + m[1]!.length } };
    }
  }
  return undefined;
}

/** A theme set off by dashes after its meeting ("The meeting – Safety of ports – was held …", "the purpose of the special meeting – Safety of ports: lessons – was"). */
const DASHED_THEME = /\b(?:meeting|briefing|session|conference|workshop|seminar|debate|dialogue|event)\s+[–—]\s+(\p{Lu}[^–—]{7,300}?)\s+[–—]\s/u;

/** A theme between dashes in a sentence of the opening paragraphs, without the stops and quotation marks it may end with. */
function dashedTheme(doc: Doc): { value: string; span: Span } | undefined {
  for (const p of bodyParagraphs(doc).slice(0, 4)) {
    for (const s of p.sentences.slice(0, 4)) {
      const text = doc.text.slice(s.start, s.end);
      const m = DASHED_THEME.exec(text);
      if (!m || OTHER_MEETING.test(text.slice(0, m.index)) || ANOTHER_EVENT.test(text.slice(Math.max(0, m.index - 40), m.index + 20))) continue;
      const value = m[1]!.replace(/[\s.,;:”"’]+$/u, "");
      const start = s.start + m.index + m[0].indexOf(m[1]!);
      return { value: collapse(value), span: { start, end: start + value.length } };
    }
  }
  return undefined;
}

/** Words that name what follows as a theme ("which has the theme “…”", "entitled “…”"), at the end of the words before a quotation. */
const THEME_NAMED = /\b(?:(?:the|its|a|an)\s+(?:(?:overall|overarching|main|general)\s+)?theme(?:\s+of)?|entitled|titled|themed)\s*[:,]?\s*$/iu;
/** A meeting in the words before a theme. */
const A_MEETING = /\b(?:meeting|briefing|session|conference|workshop|seminar|debate|dialogue|event|forum|webinar)\b/iu;
/** How many paragraphs of the body a theme named as one is looked for in. */
const THEME_NAMED_WITHIN = 12;

/**
 * A theme quoted in a sentence about the meeting in the first paragraphs of the body, introduced as one
 * ("organised a Special Meeting on the overarching theme of “…”", "addresses the open briefing of the
 * Committee on “…”"); not a speaker's words, and not the theme of a meeting the sentence looks ahead to.
 */
function bodyTheme(doc: Doc): { value: string; span: Span } | undefined {
  for (const p of bodyParagraphs(doc).slice(0, 4)) {
    for (const s of p.sentences.slice(0, 4)) {
      const text = doc.text.slice(s.start, s.end);
      const m = QUOTED.exec(text) ?? QUOTED_SINGLE.exec(text);
      if (!m) continue;
      const before = text.slice(0, m.index);
      // the meeting named just before its theme ("the open briefing of the Committee on “…”"), not a presentation given at it
      const near = before.slice(-160);
      if (!MEETING_THEME.test(near) || OTHER_MEETING.test(before) || ANOTHER_EVENT.test(near)) continue;
      return quotedTheme(doc, s, m);
    }
  }
  // Further on, a theme the sentence names as one ("the meeting, which has the theme “…”").
  for (const p of bodyParagraphs(doc).slice(0, THEME_NAMED_WITHIN)) {
    for (const s of p.sentences) {
      const text = doc.text.slice(s.start, s.end);
      const m = QUOTED.exec(text) ?? QUOTED_SINGLE.exec(text);
      if (!m) continue;
      const before = text.slice(0, m.index);
      const near = before.slice(-160);
      if (!THEME_NAMED.test(near) || !A_MEETING.test(near) || OTHER_MEETING.test(before) || ANOTHER_EVENT.test(near)) continue;
      return quotedTheme(doc, s, m);
    }
  }
  return undefined;
}

/** How many lines after the headline a fuller form of it may be given (a video page's description under its metadata). */
const FULLER_WITHIN = 8;
/** Longest line that may give the headline's fuller form. */
const MAX_FULLER = 400;

/**
 * The headline given whole on a later line near the top: a video page shows a title cut to its width,
 * then a description that writes it on and adds the rest ("The work of X with Y" above "Open briefing
 * of the Committee on the work of X with Y pursuant to resolution Z"). The headline's words, from where
 * they start in that line to its end: at least two more words and no second sentence.
 */
function fullerHeadline(doc: Doc, headline: Span): Span | undefined {
  const head = lowerKeepingOffsets(collapse(doc.text.slice(headline.start, headline.end)));
  if (head.length < 20) return undefined;
  // Stryker disable next-line EqualityOperator: a paragraph after the headline starts after a line break, never at its end
  const after = doc.paragraphs.filter((p) => p.start >= headline.end).slice(0, FULLER_WITHIN);
  for (const p of after) {
    if (p.end - p.start > MAX_FULLER) continue;
    const line = doc.text.slice(p.start, p.end);
    // the line collapsed keeps its offsets when it has no run of white space (a line of a page has none)
    if (/\s{2}/u.test(line)) continue;
    // (lowered in place: an offset in the lowered line is one in the line, "İ" included)
    const at = lowerKeepingOffsets(line).indexOf(head);
    if (at < 0) continue;
    const rest = line.slice(at + head.length).replace(/\.$/u, "");
    // (no run of white space in the line: one space before each word)
    if (!/^\s\S+\s\S/u.test(rest) || /[.;!?]\s/u.test(rest) || (at > 0 && /\p{L}/u.test(line[at - 1]!))) continue;
    return { start: p.start + at, end: p.start + at + head.length + rest.length };
  }
  return undefined;
}

/** Finds the title. */
export function findTitle(doc: Doc): TitleFact | undefined {
  let headline: TitleFact["headline"];
  const firstLine = doc.paragraphs.find((p) => !doc.chrome.has(p.index));
  const feed = firstLine ? feedItemTitle(doc.text.slice(firstLine.start, firstLine.end)) : undefined;
  const headSpan = feed && firstLine ? { start: firstLine.start + feed.start, end: firstLine.start + feed.end } : doc.headline;
  // (a paragraph's span and a feed item's words are trimmed)
  if (headSpan && !CAPTION.test(doc.text.slice(headSpan.start, headSpan.end))) {
    const raw = doc.text.slice(headSpan.start, headSpan.end);
    const lead = HASHTAGS.exec(raw)?.[0].length ?? 0;
    const tail = SITE_SUFFIX.exec(raw)?.[0].length ?? 0;
    const span = { start: headSpan.start + lead, end: headSpan.end - tail };
    // hashtags and a site's name only ("#Ports #Borders - News"): no headline (the two would overlap)
    // Stryker disable next-line EqualityOperator: the hashtags' spaces run to a word and the site's name starts with a space: the two never just meet
    if (span.end > span.start) headline = { value: collapse(doc.text.slice(span.start, span.end)), span };
  }
  const first = bodyParagraphs(doc)[0];
  for (const [where, span] of [["headline", headline?.span], ["lead", first?.sentences[0]]] as const) {
    if (!span) continue;
    const text = doc.text.slice(span.start, span.end);
    const m = QUOTED.exec(text);
    if (!m) continue;
    // In the body, only a theme the sentence introduces as one ("on “…”"), not a quotation of a speaker.
    if (where === "lead" && !THEME_BEFORE.test(text.slice(0, m.index))) continue;
    // The theme of the meeting the headline or the lead prepares ("… briefing in advance of the special meeting on “…”"), not this one's.
    if (OTHER_MEETING.test(text.slice(0, m.index))) break;
    return { ...quotedTheme(doc, span, m), confidence: where === "headline" ? 0.95 : 0.85, ...(headline ? { headline } : {}) };
  }
  const withHeadline = (t: { value: string; span: Span }, confidence: number, note: string): TitleFact => ({ ...t, confidence, note, ...(headline ? { headline } : {}) });
  const agenda = agendaItem(doc);
  if (agenda) return withHeadline(agenda, 0.9, "The agenda item of the meeting's record.");
  for (const p of doc.paragraphs.slice(0, 10)) {
    const q = QUOTED_LINE.exec(doc.text.slice(p.start, p.end));
    if (q) return withHeadline({ value: collapse(q[1]!), span: { start: p.start + 1, end: p.start + 1 + q[1]!.length } }, 0.8, "A line of the cover in quotation marks: the agenda item or theme.");
  }
  const cover = headline?.span ?? firstLine;
  if (cover) {
    const statement = statementCover(doc, cover);
    if (statement === "none") return undefined;
    if (statement) return withHeadline(statement, 0.8, "The meeting the statement was given at, as its cover names it.");
  }
  if (!headline) {
    // No headline: the meeting the lead names with its theme ("held a meeting on …", "At a regional workshop on …, ").
    for (const p of bodyParagraphs(doc).slice(0, 2)) {
      const span = p.sentences[0];
      if (!span) continue;
      const named = leadNamed(doc.text.slice(span.start, span.end));
      if (named) {
        const start = span.start + named.at;
        return { value: collapse(named.value), span: { start, end: start + named.value.length }, confidence: 0.6, note: "The meeting the lead sentence names with its theme; the page has no headline." };
      }
    }
  }
  if (!headline) {
    // No headline: a meeting the opening paragraphs name as a sentence's subject ("A special meeting of … was held").
    const named = subjectNamed(doc);
    if (named) return { ...named, confidence: 0.6, note: "The meeting an opening sentence names as its subject; the page has no headline." };
  }
  if (!headline && first?.sentences[0]) {
    // No headline: a theme the lead sentence names in capitals after the meeting ("hosted a workshop on Safety of ports and borders.").
    const span = first.sentences[0];
    const m = LEAD_THEME.exec(doc.text.slice(span.start, span.end));
    if (m && !NOT_THEME.test(m[1]!)) {
      const start = span.start + m.index + m[0].indexOf(m[1]!);
      return { value: collapse(m[1]!), span: { start, end: start + m[1]!.length }, confidence: 0.7, note: "The theme the lead sentence names after the meeting; the page has no headline." };
    }
  }
  const theme = bodyTheme(doc);
  if (theme) return withHeadline(theme, 0.75, "A theme the body quotes for the meeting; the headline quotes none.");
  const dashed = dashedTheme(doc);
  if (dashed) return withHeadline(dashed, 0.7, "A theme the body sets off by dashes after the meeting; the headline quotes none.");
  if (headline) {
    // A headline that is the event's name cut short ("Workshop: Ports of the North"), where the lead names
    // the event whole in capitals ("organized a Regional Workshop for Ports of the North"): the whole name.
    const whole = namedWhole(doc, headline.value);
    if (whole) return withHeadline(whole, 0.65, "The event the headline names in short, as the lead names it whole.");
  }
  if (headline) {
    // A headline that reports something done at a meeting it names ("Ministers address the Conference on
    // Port Safety"), where the body names that meeting whole as a sentence's subject: the meeting's name.
    const named = subjectNamed(doc);
    if (named) {
      // (both subject patterns name a kind, then "of", "with", "for" or "on": FROM_KIND always matches)
      const core = FROM_KIND.exec(named.value)![0].toLowerCase();
      const head = headline.value.toLowerCase();
      if (head.includes(core) && !head.startsWith(core)) return withHeadline(named, 0.65, "The meeting the headline names in passing, as the body names it whole.");
    }
  }
  if (headline) {
    const fuller = fullerHeadline(doc, headline.span);
    if (fuller) {
      // the headline's own words (its capitals), then what the later line adds
      const added = doc.text.slice(fuller.start + headline.value.length, fuller.end);
      return { value: collapse(`${headline.value}${added}`), span: fuller, confidence: 0.7, note: "The headline as a later line near the top gives it whole.", headline };
    }
    const text = doc.text.slice(headline.span.start, headline.span.end);
    const meetingOf = MEETING_OF_LEAD.exec(text);
    // A headline that reports the meeting ("CTC holds open briefing on gender and …") is kept whole:
    // what follows its "holds … on" paraphrases the theme; the record keeps the headline.
    const lead = (meetingOf && /^(?:the\s+)?\p{Lu}/u.test(text.slice(meetingOf[0].length)) ? meetingOf : null) ?? DOCUMENT_LEAD.exec(text);
    const start = headline.span.start + (lead ? lead[0].length : 0);
    const value = collapse(doc.text.slice(start, headline.span.end));
    // (never empty: the headline has a word, and either lead is followed by one)
    return {
      value,
      span: { start, end: headline.span.end },
      confidence: lead ? 0.8 : 0.6,
      note: lead ? "The headline without the meeting's kind before its theme; the headline quotes no theme." : "The headline, taken as the title: the text quotes no theme.",
      headline,
    };
  }
  return undefined;
}
