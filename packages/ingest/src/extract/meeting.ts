// Meeting-level facts: type, convening bodies, venue, sessions, objectives, media, documents.
import { CITIES } from "./countries";
import { dayOf } from "./dates";
import type { OrgMatch, OrgResolver } from "./organizations";
import { splitList } from "./organizations";
import type { Doc, Span } from "./text";
import { bodyParagraphs, capitalize } from "./text";

/** A fact with the span it comes from. */
export interface Found<T> {
  /** The value. */
  value: T;
  /** Where it is written. */
  spans: Span[];
  /** 0..1. */
  confidence: number;
  /** How it was derived, when not read literally. */
  note?: string;
}

/** An organization's part in convening the meeting. */
export interface OrganizerFact {
  /** The organization. */
  org: OrgMatch;
  /** Its part. */
  role: "convener" | "host" | "co-organizer" | "supporter";
  /** Where it is stated. */
  spans: Span[];
}

const CONVENING_VERB = /\s+(?:(?:jointly|together)\s+)?(?:hosts?|hosted|holds?|held|convenes?|convened|organi[sz]es?|organi[sz]ed|co-organi[sz]ed|co-hosted|co-hosts?)\b/u;
const PASSIVE = /\b(?:was|were|is)\s+(?:jointly\s+)?(convened|organi[sz]ed|hosted|co-organi[sz]ed|co-hosted)\s+by\s+([^.;]{2,200}?)(?=[.;]|,\s+(?:with|in|on|at|and)\s|\s+(?:on|in|at|with)\s|$)/u;
const PARTNERS = /\b(in (?:cooperation|collaboration|partnership|coordination) with|(?:jointly |together )?with|co-organi[sz]ed (?:by|with)|organi[sz]ed with)\s+((?:the\s+)?\p{Lu}[^.;:]{1,200}?)(?=[.;:]|,\s+(?:on|in|at|to|which|and the meeting)\s|\s+(?:on|in|at|to)\s+\p{Ll}|$)/u;
const SUPPORT = /\b(?:with (?:the )?(?:generous |financial )?(?:support|funding) (?:of|from)|supported by|funded by|with funding from|thanks to (?:the )?support (?:of|from))\s+((?:the\s+)?\p{Lu}[^.;:]{1,200}?)(?=[.;:]|,\s|\s+(?:on|in|at|to|and)\s+\p{Ll}|$)/u;

const isCtc = (org: OrgMatch) => org.id === "ctc" || /Counter-Terrorism Committee$/u.test(org.name) || org.id === "un-security-council";

/** Who convened, hosted, co-organised or supported the meeting (headline and first paragraphs). */
export function findOrganizers(doc: Doc, resolver: OrgResolver): OrganizerFact[] {
  const out: OrganizerFact[] = [];
  const add = (org: OrgMatch, role: OrganizerFact["role"], span: Span) => {
    const known = out.find((o) => o.org.id === org.id);
    if (known) {
      if (known.role === "co-organizer" && role !== "supporter") known.role = role;
      if (!known.spans.some((s) => s.start === span.start)) known.spans.push(span);
      return;
    }
    out.push({ org, role, spans: [span] });
  };
  const list = (from: number, to: number, role: (org: OrgMatch) => OrganizerFact["role"], whole: (itemStart: number) => Span) => {
    for (const item of splitList(doc.text, from, to, resolver)) {
      const phrase = doc.text.slice(item.start, item.end);
      const org = resolver.resolve(phrase, item);
      if (org) add(org, role(org), whole(item.start));
    }
  };
  const spans: Span[] = [];
  if (doc.headline) spans.push(doc.headline);
  for (const p of bodyParagraphs(doc).slice(0, 2)) spans.push(...p.sentences.slice(0, 3));
  for (const span of spans) {
    const text = doc.text.slice(span.start, span.end);
    // "On 27 June 2019, the Counter-Terrorism Committee (CTC) hosted ..."; "CTED, INTERPOL and UNOCT host ...".
    const verb = CONVENING_VERB.exec(text);
    if (verb) {
      const subjectText = text.slice(0, verb.index);
      const lead = /^(?:.*?\d{4},\s+|On\s+[^,]{3,40},\s+|(?:Today|Yesterday|This week),\s+)?/u.exec(subjectText)![0];
      const from = span.start + lead.length;
      const to = span.start + verb.index;
      if (to - from > 1 && to - from < 250) {
        const verbEnd = span.start + verb.index + verb[0].length;
        list(from, to, (org) => (isCtc(org) ? "convener" : /co-/u.test(verb[0]) ? "co-organizer" : "host"), (s) => ({ start: s, end: verbEnd }));
      }
    }
    const passive = PASSIVE.exec(text);
    if (passive) {
      const from = span.start + passive.index + passive[0].indexOf(passive[2]!);
      list(from, from + passive[2]!.length, (org) => (/co-/u.test(passive[1]!) ? "co-organizer" : isCtc(org) || /convened/u.test(passive[1]!) ? "convener" : "host"), () => ({ start: span.start + passive.index, end: from + passive[2]!.length }));
    }
    const partners = PARTNERS.exec(text);
    if (partners && !/\b(?:representatives|participants|experts)\b/u.test(text.slice(Math.max(0, partners.index - 40), partners.index))) {
      const from = span.start + partners.index + partners[0].indexOf(partners[2]!);
      list(from, from + partners[2]!.length, () => "co-organizer", () => ({ start: span.start + partners.index, end: from + partners[2]!.length }));
    }
    const support = SUPPORT.exec(text);
    if (support) {
      const from = span.start + support.index + support[0].indexOf(support[1]!);
      list(from, from + support[1]!.length, () => "supporter", () => ({ start: span.start + support.index, end: from + support[1]!.length }));
    }
  }
  return out;
}

/** One location of the meeting. */
export interface LocationFact {
  /** Venue name (the city when the text names no venue). */
  name: string;
  /** City. */
  city: string;
  /** Country. */
  country: string;
  /** Days at this location (multi-city meetings). */
  date?: string;
  /** Where it is stated. */
  span: Span;
  /** `true` when the text names only the city. */
  cityOnly: boolean;
}

/** Where the meeting took place. */
export interface VenueFact {
  /** In person, virtual or hybrid. */
  mode: "in-person" | "virtual" | "hybrid";
  /** Locations, in order. */
  locations: LocationFact[];
  /** Where the mode is stated. */
  spans: Span[];
  /** 0..1. */
  confidence: number;
  /** How it was read. */
  note?: string;
}

const VIRTUAL = /\b(?:virtual(?:ly)?\s+(?:[\w-]+\s+){0,3}?(?:briefing|meeting|session|event|workshop|format|platform)|(?:the|a|an|open)\s+(?:video-?\s?teleconference|VTC)\b|held\s+virtually|(?:via|by|through)\s+(?:video-?\s?conference|videoconferencing|video-teleconference|VTC|video link|Zoom|WebEx|Microsoft Teams)|in a virtual format|online (?:meeting|briefing|event))\b/iu;
const HYBRID = /\bhybrid\s+(?:format|meeting|briefing|event|session)\b|\bin person and (?:online|virtually)\b/iu;
const HQ = /\b(?:at\s+)?(?:the\s+)?(?:United Nations|UN)\s+Headquarters(?:\s+in\s+New York)?|\bUNHQ\b|\bat\s+Headquarters\b(?!\s+(?:in|of)\b)/u;
/** A line that states only the place, under a headline: "Trusteeship Chamber, United Nations Headquarters, New York". */
const HQ_LINE = /^(?:\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3},\s+)?(?:the\s+)?(?:United Nations|UN)\s+Headquarters(?:,\s+|\s+in\s+)New\s+York[,.]?$/u;
/** A UN press release's dateline: "NEW YORK, 9 March (UN Headquarters) --". */
const HQ_DATELINE = /^\p{Lu}[\p{Lu} .]{1,20},\s+\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\s+\((?:United Nations|UN)\s+Headquarters\)\s+-{1,2}/u;
/** The press met at a place: "a news conference at", "told reporters at", "a press briefing at". */
const PRESS_BEFORE = /\b(?:(?:news|press)\s+(?:conference|briefing|encounter)|reporters|journalists|the\s+press|stakeout)\s*$/iu;
/** The press met just before a city: "a news conference at UN Headquarters in", "told reporters " (before "in Geneva"). */
const PRESS_AT = /\b(?:(?:news|press)\s+(?:conference|briefing|encounter)|reporters|journalists|the\s+press|stakeout)(?:\s+(?:at|in)\b[^,.]{0,40})?\s*$/iu;
const MEETING_VERB = /\b(?:held|took place|hosted|convened|opened|met|gathered|concluded|continued|moved|organi[sz]ed|meeting|briefing|workshop|session|event)\b/u;
const CITY_NAMES = Object.keys(CITIES).sort((a, b) => b.length - a.length);
const CITY_ALT = CITY_NAMES.map((c) => c.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")).join("|");
/** "at the INTERPOL Global Complex for Innovation in Singapore", or "in Mumbai". */
const CITY = new RegExp(String.raw`\bat\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+(?:\p{Lu}[\p{L}’'-]*|for|of|and|the|on)){0,8})(?:,\s+|\s+in\s+)(${CITY_ALT})\b|\b(?:in|at)\s+()(${CITY_ALT})\b`, "gu");

/** Where the meeting took place: virtual, UN Headquarters, or the cities named with a meeting verb. */
export function findVenue(doc: Doc, year: number | undefined): VenueFact | undefined {
  const spans: Span[] = [];
  if (doc.headline) spans.push(doc.headline);
  for (const p of bodyParagraphs(doc).slice(0, 3)) spans.push(...p.sentences);
  let virtual: Span | undefined;
  let hybrid: Span | undefined;
  const locations: LocationFact[] = [];
  const hqAt = (start: number, end: number) => locations.push({ name: "United Nations Headquarters", city: "New York", country: "United States", span: { start, end }, cityOnly: false });
  for (const p of bodyParagraphs(doc).slice(0, 3)) {
    // (a paragraph's span is trimmed)
    const text = doc.text.slice(p.start, p.end);
    const line = HQ_LINE.exec(text) ?? HQ_DATELINE.exec(text);
    if (line) {
      const at = line[0].search(/(?:United Nations|UN)\s+Headquarters/u);
      const hq = /(?:United Nations|UN)\s+Headquarters/u.exec(line[0])!;
      hqAt(p.start + at, p.start + at + hq[0].length);
      break;
    }
  }
  for (const span of spans) {
    const text = doc.text.slice(span.start, span.end);
    const v = VIRTUAL.exec(text);
    if (v && !virtual) virtual = { start: span.start + v.index, end: span.start + v.index + v[0].length };
    const h = HYBRID.exec(text);
    if (h && !hybrid) hybrid = { start: span.start + h.index, end: span.start + h.index + h[0].length };
    const hq = HQ.exec(text);
    // "told a news conference at UN Headquarters": where a speaker met the press, not the meeting's place
    const press = hq !== null && PRESS_BEFORE.test(text.slice(Math.max(0, hq.index - 40), hq.index));
    if (hq && !press && MEETING_VERB.test(text) && !locations.some((l) => l.name === "United Nations Headquarters")) {
      const lead = hq[0].length - hq[0].replace(/^at\s+(?:the\s+)?|^the\s+/u, "").length;
      hqAt(span.start + hq.index + lead, span.start + hq.index + hq[0].length);
      continue;
    }
    if (span === doc.headline || !MEETING_VERB.test(text)) continue;
    CITY.lastIndex = 0;
    for (let m = CITY.exec(text); m; m = CITY.exec(text)) {
      const city = (m[2] ?? m[4])!;
      const known = locations.find((l) => l.city === city || (l.city === "New Delhi" && city === "Delhi"));
      if (known) {
        const day = known.date === undefined && year !== undefined ? dayOf(text.slice(m.index + m[0].length, m.index + m[0].length + 30), year) : undefined;
        if (day && /^\s*(?:on|,)/u.test(text.slice(m.index + m[0].length))) known.date = day;
        continue;
      }
      // Not a city mentioned for something else: "the attacks in Mumbai in 2008".
      const before = text.slice(Math.max(0, m.index - 60), m.index);
      // "from 19 to 21 April in Strasbourg" is a date range, not an origin.
      if (/\b(?:attacks?|victims?|bombings?|incidents?|born|based|headquartered|from(?!\s+\d))\b[^,.]*$/u.test(before)) continue;
      // "told a news conference at UN Headquarters in New York": the press's place
      if (PRESS_AT.test(before)) continue;
      const venueName = m[1] && !/^(?:United Nations|UN)$/u.test(m[1]) && !CITIES[m[1]] ? m[1] : undefined;
      const following = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
      const day = year !== undefined && /^\s*(?:on|,)\s/u.test(following) ? dayOf(following, year) : undefined;
      const lead = m[0].indexOf(venueName ?? city);
      locations.push({
        name: venueName ?? city,
        city,
        country: CITIES[city]!,
        ...(day ? { date: day } : {}),
        span: { start: span.start + m.index + lead, end: span.start + m.index + m[0].length },
        cityOnly: venueName === undefined,
      });
      // "in Mumbai and New Delhi": the second city of a pair.
      const pair = new RegExp(String.raw`^\s+and\s+(?:in\s+)?(${CITY_ALT})\b`, "u").exec(text.slice(m.index + m[0].length));
      if (pair && !locations.some((l) => l.city === pair[1])) {
        const at = span.start + m.index + m[0].length + pair[0].length - pair[1]!.length;
        locations.push({ name: pair[1]!, city: pair[1]!, country: CITIES[pair[1]!]!, span: { start: at, end: at + pair[1]!.length }, cityOnly: true });
      }
    }
  }
  if (virtual && locations.length === 0) return { mode: "virtual", locations: [], spans: [virtual], confidence: 0.9 };
  if (locations.length === 0) return undefined;
  const mode = hybrid || virtual ? "hybrid" : "in-person";
  const cityOnly = locations.some((l) => l.cityOnly);
  return {
    mode,
    locations,
    spans: [...(hybrid ? [hybrid] : virtual ? [virtual] : []), ...locations.map((l) => l.span)],
    confidence: cityOnly ? 0.75 : 0.9,
    ...(cityOnly ? { note: "The text names the city but not the venue; the venue name is the city's." } : {}),
  };
}

/** One session of the programme. */
export interface SessionFact {
  /** `opening`, `session-N` or `closing`. */
  id: string;
  /** Kind of session. */
  kind: "opening" | "thematic" | "closing";
  /** Number of a thematic session. */
  number?: number;
  /** Title, when the text gives one ("Session I: ..."). */
  title?: { value: string; span: Span };
  /** What it discussed, as reported ("The first session discussed ..."). */
  summary?: { value: string; span: Span };
  /** Where the session is mentioned. */
  span: Span;
}

const ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8 };
const ROMAN: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8 };
const SESSION_SUMMARY = /^(?:The|During the|In the)\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|last|final|closing|opening)\s+(?:thematic\s+)?session,?\s+(?:participants\s+)?(?:discussed|examined|addressed|focused on|considered|explored|looked at|covered|dealt with|was devoted to|reviewed|turned to)\s+(.+)$/su;
const SESSION_TITLE = /\bSession\s+(I|II|III|IV|V|VI|VII|VIII|\d)\s*(?:[:–—-]|,\s+on)\s*[“"]?([^”".;]{5,300})[”"]?/gu;

/** The programme: opening, thematic sessions and closing, as the text reports them. */
export function findSessions(doc: Doc, sentences: readonly Span[]): SessionFact[] {
  const thematic = new Map<number, SessionFact>();
  let opening: SessionFact | undefined;
  let closing: SessionFact | undefined;
  const pendingLast: { value: string; sentence: Span; summary: Span }[] = [];
  for (const sentence of sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const m = SESSION_SUMMARY.exec(text);
    if (m) {
      const word = m[1]!.toLowerCase();
      const summary = { value: capitalize(m[2]!.trim()), span: sentence };
      if (word === "opening") opening ??= { id: "opening", kind: "opening", summary, span: sentence };
      else if (word === "closing") closing ??= { id: "closing", kind: "closing", summary, span: sentence };
      else if (word === "last" || word === "final") pendingLast.push({ value: summary.value, sentence, summary: summary.span });
      else {
        const n = ORDINALS[word]!;
        if (!thematic.has(n)) thematic.set(n, { id: `session-${n}`, kind: "thematic", number: n, summary, span: sentence });
      }
      continue;
    }
    SESSION_TITLE.lastIndex = 0;
    for (let t = SESSION_TITLE.exec(text); t; t = SESSION_TITLE.exec(text)) {
      const n = ROMAN[t[1]!] ?? Number(t[1]);
      const at = sentence.start + t.index + t[0].indexOf(t[2]!);
      const title = { value: t[2]!.trim(), span: { start: at, end: at + t[2]!.trim().length } };
      const known = thematic.get(n);
      if (known) known.title ??= title;
      else thematic.set(n, { id: `session-${n}`, kind: "thematic", number: n, title, span: { start: sentence.start + t.index, end: at + t[2]!.length } });
    }
    const o = /\bopening (?:session|remarks|statement|segment)\b/iu.exec(text);
    if (o) opening ??= { id: "opening", kind: "opening", span: { start: sentence.start + o.index, end: sentence.start + o.index + o[0].length } };
    const c = /\bclosing (?:session|remarks|statement|segment)\b|\bconcluding (?:session|remarks)\b/iu.exec(text);
    if (c) closing ??= { id: "closing", kind: "closing", span: { start: sentence.start + c.index, end: sentence.start + c.index + c[0].length } };
  }
  const max = Math.max(0, ...thematic.keys());
  for (const last of pendingLast) {
    const n = max + 1;
    if (!thematic.has(n)) thematic.set(n, { id: `session-${n}`, kind: "thematic", number: n, summary: { value: last.value, span: last.summary }, span: last.sentence });
  }
  return [...(opening ? [opening] : []), ...[...thematic.values()].sort((a, b) => a.number! - b.number!), ...(closing ? [closing] : [])];
}

/** Purposes of the meeting ("The purpose of the meeting was to ..."). */
export function findObjectives(doc: Doc, sentences: readonly Span[]): Found<string>[] {
  const out: Found<string>[] = [];
  const re = /^(?:The\s+(?:main\s+)?(?:purpose|aim|objective|goal)s?\s+of\s+the\s+(?:meeting|briefing|workshop|event|session|open briefing|open meeting|special meeting)\s+(?:was|were|is|are)|The\s+(?:meeting|briefing|workshop|event)\s+(?:aimed|sought|was intended|was designed)|(?:It|The meeting) also aimed)\s+(to\s+.+)$/su;
  for (const sentence of sentences) {
    const m = re.exec(doc.text.slice(sentence.start, sentence.end));
    if (m) out.push({ value: capitalize(m[1]!.trim()), spans: [sentence], confidence: 0.9 });
  }
  return out;
}

/** A link to material about the meeting. */
export interface MediaFact {
  /** What it leads to. */
  kind: "photos" | "webcast" | "concept-note" | "agenda" | "summary" | "document";
  /** Label to show. */
  label: string;
  /** The URL, when the text has one. */
  url?: string;
  /** Where the link is written. */
  span: Span;
}

const MEDIA: readonly [RegExp, MediaFact["kind"], string][] = [
  [/\bwebcast\b|\bUN Web TV\b|\bwatch (?:the )?(?:full )?(?:meeting|briefing|recording)\b/iu, "webcast", "Webcast of the meeting"],
  [/\bphotos?\b|\bpictures\b|\bphotographs\b/iu, "photos", "Photos from the meeting"],
  [/\bconcept note\b/iu, "concept-note", "Concept note"],
  [/\bagenda\b|\bprogramme of the meeting\b/iu, "agenda", "Agenda"],
  [/\bChair’s summary\b|\bChair's summary\b|\bsummary of the (?:meeting|briefing)\b/iu, "summary", "Summary of the meeting"],
];

/** Links to photos, webcasts and documents (sentences that point to them). */
export function findMedia(doc: Doc, sentences: readonly Span[]): MediaFact[] {
  const out: MediaFact[] = [];
  for (const sentence of sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!/\b(?:can be|are|is|will be)\s+(?:found|watched|viewed|seen|available|accessed)\b|^(?:Watch|View|See|Click|Read|Download|More)\b|\bavailable (?:here|at|on)\b/iu.test(text)) continue;
    for (const [re, kind, label] of MEDIA) {
      if (!re.test(text) || out.some((m) => m.kind === kind)) continue;
      const url = /\bhttps?:\/\/[^\s<>"“”]+[^\s<>"“”.,;)]/u.exec(text)?.[0];
      out.push({ kind, label, ...(url ? { url } : {}), span: sentence });
      break;
    }
  }
  return out;
}

/** A resolution or document cited. */
export interface DocumentFact {
  /** Symbol as cited. */
  symbol: string;
  /** Why it is cited. */
  relation: "mandate" | "framework" | "reference";
  /** Where. */
  span: Span;
}

const DOCUMENT = /\b(?:[Rr]esolutions?\s+(\d{3,4})\s*\((\d{4})\)|(S\/\d{4}\/\d{1,4}|S\/RES\/\d{3,4}\s*\(\d{4}\)|A\/RES\/\d{2}\/\d{1,4}))/gu;

/** Security Council resolutions and documents cited, once each. */
export function findDocuments(doc: Doc, sentences: readonly Span[]): DocumentFact[] {
  const out: DocumentFact[] = [];
  for (const sentence of sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    DOCUMENT.lastIndex = 0;
    for (let m = DOCUMENT.exec(text); m; m = DOCUMENT.exec(text)) {
      const symbol = m[1] ? `resolution ${m[1]} (${m[2]})` : m[3]!;
      if (out.some((d) => d.symbol === symbol)) continue;
      const before = text.slice(Math.max(0, m.index - 60), m.index);
      const relation = /\b(?:required by|pursuant to|in accordance with|mandated by|under|in line with|as called for in)\s+(?:Security Council\s+)?$/iu.test(before)
        ? "mandate"
        : /\bframework\b/iu.test(text.slice(Math.max(0, m.index - 80), m.index + m[0].length + 20))
          ? "framework"
          : "reference";
      out.push({ symbol, relation, span: { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length } });
    }
  }
  return out;
}
