// People: speakers introduced with their post ("H.E. Mr. X, Chair of the Y", "X, Deputy Executive
// Director of the Y (Z)", "X, Permanent Representative of Egypt and CTC Chair", "Ambassador X of Y",
// "the Executive Director of CTED, X,"), their posts (roles) and later references ("Mr. X").
import { normalizeName } from "@briefings/core";
import type { OrgMatch, OrgResolver } from "./organizations";
import { findNameHits, hasNoTitleWord, lowerCaseWords } from "./names";
import type { Doc, Span } from "./text";

/** A post as the text states it, resolved to an organization. */
export interface RoleFact {
  /** The post, normalised ("Chair", "Under-Secretary-General"). */
  title: string;
  /** The post as written ("Chair of the Counter-Terrorism Committee"). */
  titleAsStated: string;
  /** The organization the post is in (a Member State for a Permanent Representative). */
  org: OrgMatch;
  /** `acting` for an Acting or Officer-in-Charge post. */
  tenure: "substantive" | "acting";
  /** Where the post is stated (honorific, name and post). */
  span: Span;
  /** `true` for a rank of the Secretariat stated without any organization ("Under-Secretary-General"): the United Nations is the default, not what the text says. */
  bare?: boolean;
}

/** A person named in the text. */
export interface PersonFact {
  /** Comparison key (normalised name). */
  key: string;
  /** Name as written, without honorific. */
  name: string;
  /** Given name(s). */
  givenName?: string;
  /** Family name. */
  familyName?: string;
  /** Honorific used with the name ("H.E. Mr.", "Ms."), from the introduction or a later reference. */
  honorific?: string;
  /** Every span where the name (or a later "Mr. X") is written. */
  spans: Span[];
  /** Posts stated for the person. */
  roles: RoleFact[];
  /** Where the person is introduced (honorific, name and posts). */
  intro: Span;
  /** `true` when the intro says the person chaired ("chaired by"). */
  chaired: boolean;
  /** The organization the person is "of", stated without a post ("Ana Ruiz of the Harbour Institute"). */
  affiliation?: OrgMatch;
}

/** Words that make a phrase a post. */
const TITLE_WORD =
  /\b(?:Chair|Chairman|Chairperson|Chairwoman|Vice-Chair|President|Vice-President|Director|Director-General|Representative|Secretary|Secretary-General|Under-Secretary-General|Head|Manager|Minister|Ambassador|Officer|Officer-in-Charge|Coordinator|Co-ordinator|Adviser|Advisor|Expert|Chief|Commissioner|Envoy|Rapporteur|Professor|Researcher|Fellow|Founder|Co-Founder|Executive|Deputy|Chargé|Counsellor|Counselor|Inspector|Superintendent|Commander|Commissioner|Spokesperson|Lead|Analyst|Specialist|Consultant|Lecturer|Mayor|Judge|Prosecutor|Attorney|Member|Senior|Principal|Legal|Programme|Program|Policy|Officer)\b|\bCharg[ée] d/u;

const HONORIFIC = String.raw`(?:(?:H\.\s?E\.|His Excellency|Her Excellency|Honorable|Honourable|Hon\.)\s+)?(?:(?:Mr|Ms|Mrs|Dr|Prof|Amb)\.?\s+|(?:Ambassador|Professor|Judge|Dame|Sir|Colonel|Lieutenant|Major|Captain|Brigadier|Admiral)\s+)?`;
const PARTICLE = String.raw`(?:de|da|del|della|van|von|der|den|al|bin|ibn|la|le|di|du|dos|das|el|y)`;
const NAME_WORD = String.raw`(?:\p{Lu}[\p{Ll}\p{M}’'ʼ]+(?:-\p{Lu}?[\p{Ll}\p{M}’']+)*|\p{Lu}\.)`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)?${NAME_WORD}){1,4}`;

/** Capitalised words that never belong to a person's name. */
const NOT_NAME = new Set(
  "The This That These Those On In At For From By With And Of To During After Before Following Also His Her Their Its Chair Chairman Vice President Director Executive Deputy Under-Secretary-General Secretary-General Secretary Assistant General Permanent Representative Head Manager Minister Ambassador Officer Committee Council Security United Nations Counter-Terrorism Counterterrorism Office Directorate Organization Network Forum Commission Department Police Member States State Session Meeting Briefing Open Special Joint Workshop Global International National Regional European African Arab January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday New York Geneva Vienna Internet Facebook Twitter Google Microsoft Resolution Guide Technical Declaration Delhi Strategy Plan Task Force Centre Center Institute University Group Alliance Republic Kingdom Federation Civil Society Private Sector Government Governments Photos Webcast Watch More UN CTC CTED".split(" "),
);

/** Verbs of reported speech, which end a speaker's introduction. */
export const REPORTING_VERBS =
  "said|says|stated|states|highlighted|emphasi[sz]ed|noted|stressed|underlined|underscored|pointed out|observed|recalled|reiterated|reaffirmed|welcomed|called (?:for|on|upon)|urged|explained|described|presented|briefed|informed|expressed|added|concluded|affirmed|acknowledged|commended|encouraged|outlined|shared|remarked|indicated|warned|argued|suggested|announced|spoke|delivered|introduced|gave|provided|drew attention|mentioned|asserted|cautioned|recognized|recognised|thanked|opened|closed|chaired|moderated|launched|echoed|insisted|proposed|reported|told|addressed|took the floor";

/** A post written in lower case after a name ("…, the outgoing chair of the X Committee"). */
const LOWER_TITLE = /(?:^|\s)(?:chair|chairman|chairperson|chairwoman|president|director|head|coordinator|chief)\s+of\s/u;
/** Lower-case words that may open a post after a name's comma ("the", "a", "former", "head of", "senior adviser"). */
const LOWER_LEAD = /^(?:the|a|an|its|his|her|their|former|current|outgoing|incoming|newly|new|then|acting|interim|deputy|assistant|senior|special|permanent|executive|chief|chair|chairman|chairperson|chairwoman|co-chair|vice-chair|president|director|head|coordinator|co-ordinator|adviser|advisor|minister|secretary|ambassador|representative|officer|manager|expert|professor|researcher|fellow|founder|co-founder|analyst|specialist|consultant|lecturer|commissioner|envoy|rapporteur|spokesperson|moderator|panellist|panelist|member|lead|programme|program|policy|legal|judge|prosecutor|mayor|governor|inspector|commander|superintendent|counsellor|counselor)\b/u;
/** A footnote mark glued to a name ("Ruiz†"): not part of it. */
const FOOTNOTE = "[†‡*¹²³⁴⁵⁶⁷⁸⁹]?";
const INTRO = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}’'.-])(${HONORIFIC})(${NAME})${FOOTNOTE}(?:\s+\(\s?(\p{Lu}[\p{L} ’'-]{1,40})\))?,\s+`, "gu");
/** An honorific that only a person's name follows (H.E., an ambassador's title), a name of one word (hyphenated parts kept), and the comma of its post. */
const ONE_WORD_INTRO = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}’'.-])((?:H\.\s?E\.\s+(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?|Ambassador\s+))(\p{Lu}\p{Ll}[\p{Ll}\p{M}’']+(?:-\p{Lu}\p{Ll}[\p{Ll}\p{M}’']+)?),\s+`, "gu");
const APPOSITIVE = new RegExp(String.raw`\b[Tt]he\s+((?:[Aa]cting\s+)?[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*){0,4}\s+of\s+(?:the\s+)?[^,]{2,90}),\s+(${HONORIFIC})(${NAME})(?:,|\.(?:\s|$))`, "gu");
const AMBASSADOR_OF = new RegExp(String.raw`((?:H\.\s?E\.\s+)?Ambassador\s+)(${NAME})\s+of\s+((?:the\s+)?\p{Lu}[\p{L}’' -]{1,60}?)(?=[,.;]|\s+(?:${REPORTING_VERBS})\b)`, "gu");
const ROLE_END = new RegExp(String.raw`,?\s+(?:who|which|whose)\b|,\s+(?:also|then|later|further|subsequently|in turn)\b|,?\s+(?:${REPORTING_VERBS})\b|[;:](?:\s|$)|(?<!\ba\.i)\.(?:\s|$)|,\s+(?:and\s+)?(?:H\.\s?E\.|Mr\.|Ms\.|Mrs\.|Dr\.)|,\s+(?:and\s+)?(?:the|a|an|in|on|at|during)\s|,\s+for\s+(?:his|her|their|its)\s|\s+and\s+(?:H\.\s?E\.|Mr\.|Ms\.|Mrs\.|Dr\.)|,\s+(?:and\s+)?${NAME},|\s+and\s+${NAME},(?=\s[^,.;:]{0,40}?(?:${TITLE_WORD.source}))`, "u");

/** Splits an honorific off ("H.E. Mr. " → "H.E. Mr."), or undefined for none. */
const cleanHonorific = (h: string): string | undefined => {
  const t = h.trim();
  return t === "" ? undefined : t.replace(/\s+/gu, " ");
};

/** Given and family names: the last word (hyphenated parts included) is the family name. */
export function splitName(name: string): { givenName?: string; familyName?: string } {
  const words = name.split(/\s+/u);
  if (words.length < 2) return {};
  const family = words[words.length - 1]!;
  return { givenName: words.slice(0, -1).join(" "), familyName: family };
}

const isName = (name: string): boolean => name.split(/\s+/u).every((w) => !NOT_NAME.has(w) && !NOT_NAME.has(w.replace(/[’'].*$/u, "")));

/** Normalises a post: "Chair of the Counter-Terrorism Committee" → "Chair"; "Manager of the X team" → "Manager, X". */
export function normalizeTitle(stated: string): { title: string; tenure: "substantive" | "acting" } {
  // "the outgoing chair", "and Executive Director": the article, the conjunction and the time of the post are not the post.
  let t = stated.trim().replace(/^(?:the|and)\s+/iu, "").replace(/^(?:outgoing|incoming|new|former|current|newly appointed)\s+/iu, "");
  let tenure: "substantive" | "acting" = "substantive";
  const acting = /^(?:Acting|Interim)\s+/iu.exec(t);
  if (acting) {
    tenure = "acting";
    t = t.slice(acting[0].length);
  }
  if (/Officer-in-Charge/iu.test(t)) tenure = "acting";
  // "Deputy Executive Director a.i.": ad interim.
  if (/\sa\.i\.?(?=\s|$)/u.test(t)) {
    tenure = "acting";
    t = t.replace(/\sa\.i\.?(?=\s|$)/u, "");
  }
  t = t.replace(/\s+to the (?:United Nations|UN)$/u, "");
  t = t.charAt(0).toUpperCase() + t.slice(1);
  if (/^Chair(?:man|person|woman)$/u.test(t)) t = "Chair";
  if (t === "Experts") t = "Expert";
  // "Under-Secretary-General for Counter-Terrorism": the rank is the post; its field stays in the post as stated.
  const rank = /^((?:Under-|Assistant |Deputy )Secretary-General|(?:Deputy |Assistant )?Executive Director) for \p{Lu}/u.exec(t);
  if (rank) t = rank[1]!;
  const team = /^(.+?) of the (.+?) (?:team|unit|division|section|department|programme|program)$/iu.exec(t);
  if (team) return { title: `${team[1]}, ${team[2]}`, tenure };
  return { title: t, tenure };
}

/** Splits the post text into the posts it lists ("Permanent Representative of Egypt and CTC Chair"). */
function splitPosts(text: string, at: number): (Span & { alone?: boolean })[] {
  // `alone`: a post cut before another's possessive ("Chair" of "Chair India’s Permanent Representative"), which borrows no organization from it.
  const parts: (Span & { alone?: boolean })[] = [];
  let start = 0;
  // ", ", " and ", and a space before a possessive that starts another post ("committee Chair India’s Permanent Representative").
  const re = /\s+and\s+|,\s+|\s+(?=\p{Lu}[\p{L}-]*[’']s\s+\p{Lu})/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const rest = text.slice(m.index + m[0].length);
    if (m[0].trim() === "") {
      // A possessive after a post ("Chair") and before another ("Permanent Representative"): two posts.
      const head = text.slice(start, m.index);
      if (TITLE_WORD.test(head) && !/\b(?:of|the|for|to|at|in|on|and|with|a|an)$/u.test(head) && TITLE_WORD.test(rest.replace(/^\S+\s+/u, ""))) {
        parts.push({ start: at + start, end: at + m.index, alone: true });
        start = m.index + m[0].length;
      }
      continue;
    }
    const nextWord = /^(?:the\s+)?([\p{L}-]+)(?:\s+([\p{L}-]+))?/u.exec(rest);
    // "… of the United Nations and head of B": a post written in lower case after "and" is a second post.
    const startsPost = nextWord && (TITLE_WORD.test(nextWord[1]!) || (/^(?:head|chair|director|chief|coordinator)$/u.test(nextWord[1]!) && /\sof\s/u.test(text.slice(start, m.index))) || ((/^\p{Lu}{2,}$/u.test(nextWord[1]!) || /^(?:Permanent|Special|Assistant|Acting)$/u.test(nextWord[1]!)) && TITLE_WORD.test(nextWord[2] ?? "")));
    // Here the separator is " and " or ", " (a possessive's space went on above), and ", " always splits: the tests above and below read an "and".
    const isOrg = m[0].startsWith(",");
    // "… to the United Nations and Counter-Terrorism Committee Chair": capitalised words ending with a post's word are another post.
    const orgThenPost = /^(?:the\s+)?(?:[\p{Lu}\p{N}][\p{L}\p{N}-]*\s+){0,4}(?:Committee|Council|Directorate|Office|Organi[sz]ation|Group|Team|Force|\p{Lu}{2,})\s+(?:Chair|Chairman|Chairperson|Chairwoman|President|Director|Head|Coordinator)(?=$|,)/u.test(rest);
    if (startsPost || isOrg || orgThenPost) {
      parts.push({ start: at + start, end: at + m.index });
      start = m.index + m[0].length;
    }
  }
  parts.push({ start: at + start, end: at + text.length });
  return parts;
}

/** "the so-called " before a name: not part of it. */
const SO_CALLED = /^(?:the\s+)?so-called\s+/u;

/** The capitalised head of a phrase ("the X Committee (CTC) established to …" → "the X Committee (CTC)"), or undefined. */
export function orgPrefix(phrase: string): string | undefined {
  const words = phrase.replace(SO_CALLED, "").split(/\s+/u);
  const kept: string[] = [];
  for (const w of words.slice(0, 14)) {
    if (/^[“"]?[\p{Lu}\p{N}(]/u.test(w) || (kept.length > 0 && /^(?:of|for|the|and|on|against|to|in|de|du|des|la)$/u.test(w)) || w === "the") kept.push(w);
    else break;
  }
  while (kept.length > 0 && /^(?:of|for|the|and|on|against|to|in|de|du|des|la)$/u.test(kept[kept.length - 1]!)) kept.pop();
  const out = kept.join(" ").replace(/[,;:]$/u, "");
  return out === "" || /^the$/iu.test(out) ? undefined : out;
}

/** Words that say when a post is held, before its organization ("the current CTC chairman"). */
const DESCRIPTOR = /^(?:the\s+)?(?:(?:current|new|outgoing|incoming|former|then|newly appointed)\s+)+/iu;
/** A post's title word, in either case ("chairman" as well as "Chairman"). */
const isTitleWord = (w: string): boolean => TITLE_WORD.test(w) || TITLE_WORD.test(w.charAt(0).toUpperCase() + w.slice(1)) || /^[Ee]xperts$/u.test(w);

/** Reads one post ("Chair of the Committee", "CTC Chair", "Head of the Strong Cities Network") into title and organization. */
function readPost(doc: Doc, span: Span, resolver: OrgResolver): { stated: string; org?: { phrase: string; span: Span } } {
  const stated = doc.text.slice(span.start, span.end);
  // "<title> of/for/at <org>": the last connective whose right side is a known organization, else the first " of ".
  const connectives = [...stated.matchAll(/\s(?:of|for|at|with|to)\s+/gu)];
  // The longest phrase that names a dataset record first ("the UN Office of Counter-Terrorism (OCT)", not "Counter-Terrorism (OCT)"), then one the text defines, nearest the end first.
  const inDataset = (by: string) => by === "name" || by === "acronym" || by === "alternate-name" || by === "member-state";
  for (const pass of [0, 1] as const) {
    for (const m of pass === 0 ? connectives : [...connectives].reverse()) {
      let phrase = stated.slice(m.index + m[0].length).replace(/\s+to the United Nations$/u, "");
      // "Permanent Representative (of X) to the United Nations": the post is a State's, never the United Nations'. (The phrase is the United Nations
      // and no more, so a Representative's word in the post is before the connective.)
      if (/^(?:the\s+)?(?:United Nations|UN)$/u.test(phrase) && /Representative|Ambassador|Mission/u.test(stated)) continue;
      // "Chef de Cabinet to the UN Secretary-General": a post in the Secretary-General's office is at the United Nations.
      if (/^(?:the\s+)?(?:United Nations|UN)\s+(?:Deputy\s+)?Secretary-General$/u.test(phrase) && resolver.peek("United Nations")?.existing) {
        const s = span.start + m.index + m[0].length;
        return { stated, org: { phrase: "United Nations", span: { start: s, end: s + phrase.length } } };
      }
      let peek = resolver.peek(phrase);
      // Where the organization's name starts in the phrase: after "the so-called " when the head below drops it.
      let skip = 0;
      // "the X Committee (CTC) established to deal with …", "the so-called 1267 Committee on sanctions …": the name is the capitalised words before the rest.
      if (!peek || peek.matchedBy === "new") {
        const head = orgPrefix(phrase);
        const hp = head && head !== phrase ? resolver.peek(head) : undefined;
        if (hp && hp.matchedBy !== "new") {
          peek = hp;
          skip = SO_CALLED.exec(phrase)?.[0].length ?? 0;
          phrase = head!;
        }
      }
      if (peek && (pass === 0 ? inDataset(peek.matchedBy) : peek.matchedBy !== "new")) {
        const s = span.start + m.index + m[0].length + skip;
        return { stated, org: { phrase, span: { start: s, end: s + phrase.length } } };
      }
    }
  }
  // "<ORG> <title>": "CTC Chair", "FATF President", "UN Women Executive Director", "the current CTC chairman".
  const lead = DESCRIPTOR.exec(stated)?.[0].length ?? 0;
  const words = [...stated.slice(lead).matchAll(/\S+/gu)];
  for (let n = Math.min(7, words.length - 1); n >= 1; n--) {
    const phrase = stated.slice(lead, lead + words[n - 1]!.index + words[n - 1]![0].length);
    const rest = stated.slice(lead + words[n]!.index);
    const [first = "", second = ""] = rest.split(/\s/u);
    const owner = phrase.replace(/[’']s$/u, "");
    const possessive = owner !== phrase;
    // "CTED Acting Executive Director": the tenure may come between the organization and the post. "UK Foreign Secretary",
    // "CTED’s Research and Analysis Coordinator": after a State or a possessive, the post's words may come before its title word.
    const titled = isTitleWord(first) || (/^(?:Acting|Interim|Permanent|Special|Assistant)$/u.test(first) && isTitleWord(second));
    const peek = titled || possessive || resolver.isState(owner) ? resolver.peek(owner) : undefined;
    if (!peek) continue;
    const known = peek.matchedBy !== "new" || /^\p{Lu}{2,}$/u.test(owner) || (possessive && /^\p{Lu}[\p{L}-]*$/u.test(owner) && /\p{Lu}.*\p{Lu}/u.test(owner));
    const postAfter = titled || ((possessive || peek.matchedBy === "member-state") && /^(?:\p{Lu}[\p{L}-]*\s+(?:and\s+)?){0,4}\p{Lu}[\p{L}-]*$/u.test(rest) && TITLE_WORD.test(rest));
    if (known && postAfter) return { stated, org: { phrase: owner, span: { start: span.start + lead, end: span.start + lead + owner.length } } };
  }
  const first = connectives[0];
  if (first) {
    const phrase = stated.slice(first.index + first[0].length);
    const s = span.start + first.index + first[0].length;
    // "Chief of Branch": one common word names no organization; a Permanent Representative's post is never the United Nations'.
    const un = /^(?:the\s+)?(?:United Nations|UN)$/u.test(phrase.trim()) && /Representative|Ambassador|Mission/u.test(stated);
    if (!un && resolver.peek(phrase) && (/\s/u.test(phrase.trim()) || /^\p{Lu}{2,}$/u.test(phrase.trim()))) return { stated, org: { phrase, span: { start: s, end: s + phrase.length } } };
  }
  // "Senior Policy Analyst of International Security at New America": "at" and capitalised words ending the post name where the post is held.
  const at = [...stated.matchAll(/\sat\s+(?:the\s+)?/gu)].pop();
  if (at) {
    const phrase = stated.slice(at.index + at[0].length);
    const s = span.start + at.index + at[0].length;
    if (/^\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|for|and|on)\s+)?\p{Lu}[\p{L}’'-]*){1,6}$/u.test(phrase) && resolver.peek(phrase)) return { stated, org: { phrase, span: { start: s, end: s + phrase.length } } };
  }
  // The whole part may be an organization ("Assistant Secretary-General, UN Women").
  return { stated };
}

/** Nothing, or only words that say when the post is held. */
const DESCRIPTOR_ONLY = /^(?:(?:the\s+)?(?:(?:current|new|outgoing|incoming|former|then|newly appointed)\s+)+)?$/iu;

/** Reads the posts of an introduction: each post with its organization; a post without one borrows the next one's. */
export function readPosts(doc: Doc, roleSpan: Span, introStart: number, resolver: OrgResolver): RoleFact[] {
  const text = doc.text.slice(roleSpan.start, roleSpan.end);
  const parts = splitPosts(text, roleSpan.start);
  // A part that is a dataset organization's whole name ("Counter-Terrorism Committee Executive Directorate (CTED)") is no post, though a word of it is a post's.
  const isOrgName = (t: string) => {
    const name = t.replace(/\s*\([^()]{1,20}\)$/u, "");
    const peek = resolver.peek(name);
    if (peek === undefined || (peek.matchedBy !== "name" && peek.matchedBy !== "alternate-name")) return false;
    // "1540 Committee Chair": the resolver reads "1540 Committee <anything>" as the 1540 Committee, but a body's own name then a post's word is a post.
    const last = /^(.+)\s+(\S+)$/u.exec(name);
    return !(last && TITLE_WORD.test(last[2]!) && resolver.peek(last[1]!)?.id === peek.id);
  };
  const read = parts.map((p) => {
    const t = doc.text.slice(p.start, p.end);
    return isOrgName(t) ? { span: p, stated: t, isTitle: false } : { span: p, ...readPost(doc, p, resolver), isTitle: TITLE_WORD.test(t) || t.split(/\s+/u).some(isTitleWord) };
  });
  const roles: RoleFact[] = [];
  let pending: typeof read = [];
  for (const part of read) {
    // "… for Policy, Programme, Civil Society …": a word of a portfolio's list is no post on its own.
    if (/^(?:Programme|Program|Policy|Legal|Senior|Executive|Member|Lead|Principal|Deputy|Research)$/u.test(part.stated.trim())) continue;
    // "…, Civil Society and Intergovernmental Support at UN Women": a part with no post's word gives its organization to the posts before it, and no post.
    if (!part.isTitle && part.org && pending.length > 0) {
      const org = resolver.resolve(part.org.phrase, part.org.span)!;
      const stated = doc.text.slice(pending[0]!.span.start, part.span.end);
      for (const t of pending.map((p) => p.stated)) {
        const { title, tenure } = normalizeTitle(t);
        if (!roles.some((r) => r.title === title && r.org.id === org.id)) roles.push({ title, titleAsStated: stated, org, tenure, span: { start: introStart, end: part.span.end } });
      }
      pending = [];
      continue;
    }
    if (!part.isTitle && !part.org) {
      // A bare organization after a post: "Assistant Secretary-General, UN Women".
      const phrase = part.stated;
      const last = pending[pending.length - 1];
      if (last && resolver.peek(phrase)) {
        const org = resolver.resolve(phrase, part.span)!;
        const stated = doc.text.slice(pending[0]!.span.start, part.span.end);
        for (const t of pending.map((p) => p.stated)) {
          const { title, tenure } = normalizeTitle(t);
          roles.push({ title, titleAsStated: stated, org, tenure, span: { start: introStart, end: part.span.end } });
        }
        pending = [];
      }
      continue;
    }
    if (!part.org) {
      if (!part.span.alone) pending.push(part);
      continue;
    }
    const org = resolver.resolve(part.org.phrase, part.org.span)!;
    const group = [...pending, part];
    const stated = doc.text.slice(group[0]!.span.start, part.span.end);
    const titleOnly = DESCRIPTOR_ONLY.test(part.stated.slice(0, part.org.span.start - part.span.start)) ? part.stated.slice(part.org.span.end - part.span.start).replace(/^[’']s(?=\s)/u, "").trim() : part.stated.slice(0, part.org.span.start - part.span.start).replace(/\s+(?:of|for|at|with|to)(?:\s+the)?(?:\s+so-called)?\s*$/u, "");
    // Each post of "Ambassador and Permanent Representative of X" is a post at X.
    for (const t of [...pending.map((p) => p.stated), titleOnly]) {
      if (t.trim() === "") continue;
      const { title, tenure } = normalizeTitle(t);
      if (!roles.some((r) => r.title === title && r.org.id === org.id)) roles.push({ title, titleAsStated: stated, org, tenure, span: { start: introStart, end: part.span.end } });
    }
    pending = [];
  }
  // A post of the United Nations Secretariat named without any organization after it ("Secretary-General").
  for (const part of pending) {
    if (!/^(?:Deputy\s+|Assistant\s+|Under-)?Secretary-General$/u.test(part.stated.trim()) || !resolver.peek("United Nations")) continue;
    const org = resolver.resolve("United Nations", { start: part.span.end, end: part.span.end })!;
    const { title, tenure } = normalizeTitle(part.stated);
    roles.push({ title, titleAsStated: part.stated, org, tenure, span: { start: introStart, end: part.span.end }, bare: true });
  }
  return roles;
}

/**
 * Where an introduction's post text ends (ROLE_END), except at ", X," when X is a body of the organizations (not a State):
 * "Lena Marsh, Adviser, Counter-Terrorism Committee Executive Directorate, said": the body is the post's, not a next name.
 */
function roleEnd(rest: string, resolver: OrgResolver): number {
  let from = 0;
  for (;;) {
    const e = rest.slice(from).search(ROLE_END);
    if (e < 0) return -1;
    const at = from + e;
    const body = /^,\s+(\p{Lu}[^,]*),/u.exec(rest.slice(at));
    const hit = body ? resolver.peek(body[1]!) : undefined;
    if (!hit?.existing || hit.kind === "member-state") return at;
    from = at + body![0].length - 1;
  }
}

/** Finds people introduced with their posts, and their later references ("Mr. X", "Ms. X"). */
export function findPeople(doc: Doc, resolver: OrgResolver, sentences: readonly Span[], lead: readonly Span[] = []): PersonFact[] {
  const people = new Map<string, PersonFact>();
  const add = (name: string, nameSpan: Span, honorific: string | undefined, intro: Span, roles: RoleFact[], chaired: boolean) => {
    if (!isName(name) || !hasNoTitleWord(name) || resolver.isState(name) || /^(?:North|South|East|West|Southeast|Southwest|Northeast|Northwest|Central)\s/u.test(name)) return;
    const key = normalizeName(name);
    const known = people.get(key);
    if (known) {
      // the same words found again by another cue are the same evidence, not a second mention
      if (known.spans.length < 50 && !known.spans.some((k) => k.start === nameSpan.start && k.end === nameSpan.end)) known.spans.push(nameSpan);
      for (const r of roles) if (!known.roles.some((k) => k.org.id === r.org.id && k.title === r.title)) known.roles.push(r);
      known.honorific ??= honorific;
      known.chaired ||= chaired;
      return;
    }
    people.set(key, { key, name, ...splitName(name), ...(honorific ? { honorific } : {}), spans: [nameSpan], roles, intro, chaired });
  };
  for (const sentence of sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const at = sentence.start;
    INTRO.lastIndex = 0;
    for (let m = INTRO.exec(text); m; m = INTRO.exec(text)) {
      const restStart = m.index + m[0].length;
      const rest = text.slice(restStart, restStart + 400);
      const end = roleEnd(rest, resolver);
      const roleText = (end < 0 ? rest : rest.slice(0, end)).replace(/[\s,]+$/u, "");
      // "Ana Ruiz, met with the Director of X": a clause that opens with a verb in lower case is what she did, not her post.
      if (/^\p{Ll}/u.test(roleText) && !LOWER_LEAD.test(roleText)) {
        INTRO.lastIndex = m.index + 1;
        continue;
      }
      // "Mr. A, and Executive Director of B, Ms. C": a post after ", and" is the next person's, written before their name.
      // "Ana Ruiz, in her briefing to the Council in her capacity as Chair …": a clause that opens with a preposition is no post (the capacity is read by postsByCapacity).
      if (!(TITLE_WORD.test(roleText) || LOWER_TITLE.test(roleText)) || roleText.length > 220 || !isName(m[2]!) || /^(?:and|in|at|on|during|after|before|with|from|by|as|while|when|upon)\s/u.test(roleText)) {
        INTRO.lastIndex = m.index + 1;
        continue;
      }
      const hon = cleanHonorific(m[1]!);
      const nameStart = at + m.index + m[1]!.length;
      const nameSpan = { start: nameStart, end: nameStart + m[2]!.length };
      const introStart = at + m.index;
      const roleSpan = { start: at + restStart, end: at + restStart + roleText.length };
      const roles = readPosts(doc, roleSpan, introStart, resolver);
      if (m[3] && resolver.isState(m[3])) {
        const s = at + m.index + m[0].indexOf(m[3], m[1]!.length + m[2]!.length);
        const state = resolver.resolve(m[3], { start: s, end: s + m[3].length });
        if (state && roles.every((r) => r.org.id !== state.id)) {
          roles.push({ title: "Representative", titleAsStated: m[3], org: state, tenure: "substantive", span: { start: introStart, end: roleSpan.end } });
        }
      }
      const chaired = /\bchaired by\s+$/u.test(text.slice(Math.max(0, m.index - 14), m.index));
      add(m[2]!, nameSpan, hon, { start: introStart, end: roleSpan.end }, roles, chaired);
      INTRO.lastIndex = restStart + roleText.length;
    }
    APPOSITIVE.lastIndex = 0;
    for (let m = APPOSITIVE.exec(text); m; m = APPOSITIVE.exec(text)) {
      if (!TITLE_WORD.test(m[1]!)) continue;
      const roleStart = at + m.index + m[0].indexOf(m[1]!);
      const roleSpan = { start: roleStart, end: roleStart + m[1]!.length };
      const nameStart = at + m.index + m[0].lastIndexOf(m[3]!);
      const nameSpan = { start: nameStart, end: nameStart + m[3]!.length };
      const roles = readPosts(doc, roleSpan, roleStart, resolver).map((r) => ({ ...r, span: { start: roleStart, end: nameSpan.end } }));
      add(m[3]!, nameSpan, cleanHonorific(m[2]!), { start: roleStart, end: nameSpan.end }, roles, false);
    }
    AMBASSADOR_OF.lastIndex = 0;
    for (let m = AMBASSADOR_OF.exec(text); m; m = AMBASSADOR_OF.exec(text)) {
      const nameStart = at + m.index + m[1]!.length;
      const nameSpan = { start: nameStart, end: nameStart + m[2]!.length };
      const orgStart = nameSpan.end + text.slice(nameSpan.end - at).indexOf(m[3]!);
      const orgSpan = { start: orgStart, end: orgStart + m[3]!.length };
      const org = resolver.peek(m[3]!) ? resolver.resolve(m[3]!, orgSpan) : undefined;
      const roles: RoleFact[] = org ? [{ title: "Ambassador", titleAsStated: `Ambassador of ${m[3]!.replace(/^the\s+/u, "")}`, org, tenure: "substantive", span: { start: at + m.index, end: orgSpan.end } }] : [];
      add(m[2]!, nameSpan, cleanHonorific(m[1]!), { start: at + m.index, end: orgSpan.end }, roles, false);
    }
  }
  for (const sentence of [...lead, ...sentences]) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const at = sentence.start;
    // "H.E. Meza-Cuadra, Ambassador and Permanent Representative of …": a name of one word after an honorific, introduced with a post.
    ONE_WORD_INTRO.lastIndex = 0;
    for (let m = ONE_WORD_INTRO.exec(text); m; m = ONE_WORD_INTRO.exec(text)) {
      const name = m[2]!;
      const key = normalizeName(name);
      if ([...people.values()].some((p) => p.key !== key && (p.familyName === name || p.key.endsWith(` ${key}`)))) continue;
      const restStart = m.index + m[0].length;
      const rest = text.slice(restStart, restStart + 400);
      const end = rest.search(ROLE_END);
      const roleText = (end < 0 ? rest : rest.slice(0, end)).replace(/[\s,]+$/u, "");
      if (!TITLE_WORD.test(roleText) || /^\p{Ll}/u.test(roleText) || roleText.length > 220) continue;
      const nameStart = at + m.index + m[1]!.length;
      const introStart = at + m.index;
      const roleSpan = { start: at + restStart, end: at + restStart + roleText.length };
      add(name, { start: nameStart, end: nameStart + name.length }, cleanHonorific(m[1]!), { start: introStart, end: roleSpan.end }, readPosts(doc, roleSpan, introStart, resolver), false);
    }
  }
  // Names found by the other cues (a post before the name, a State in parentheses, "of" an organization, ...).
  const lower = lowerCaseWords(doc.text);
  const options = { isState: (p: string) => resolver.isState(p), isKnownOrg: (p: string) => { const m = resolver.peek(p); return m !== undefined && m.matchedBy !== "new"; }, lower };
  // Names the introductions found, by start: a hit overlapping one of them is not another person.
  const taken = [...people.values()].flatMap((p) => p.spans).sort((a, b) => a.start - b.start);
  const overlapsTaken = (span: Span): boolean => {
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (taken[mid]!.start < span.end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && i >= lo - 3; i--) if (taken[i]!.end > span.start) return true;
    return false;
  };
  for (const sentence of [...lead, ...sentences]) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const hits = findNameHits(text, sentence.start, { ...options, strict: sentence.end <= (sentences[0]?.start ?? 0) });
    for (const h of hits) {
      const name = doc.text.slice(h.name.start, h.name.end);
      if (!isName(name) || !hasNoTitleWord(name) || resolver.isState(name) || options.isKnownOrg(name)) continue;
      const key = normalizeName(name);
      if (!people.has(key) && overlapsTaken(h.name)) continue;
      const introStart = h.post?.start ?? h.honorific?.start ?? h.name.start;
      const introEnd = Math.max(h.name.end, h.org?.end ?? 0, h.postAfter?.end ?? 0, h.chairs?.end ?? 0);
      const roles = h.post ? readPosts(doc, h.post, introStart, resolver) : [];
      if (h.postAfter) for (const r of readPosts(doc, h.postAfter, introStart, resolver)) if (!roles.some((k) => k.title === r.title && k.org.id === r.org.id)) roles.push(r);
      if (h.chairs) {
        const phrase = doc.text.slice(h.chairs.start, h.chairs.end);
        const org = resolver.peek(phrase) ? resolver.resolve(phrase, h.chairs) : undefined;
        if (org) roles.push({ title: "Chair", titleAsStated: `chairs ${phrase}`, org, tenure: "substantive", span: { start: introStart, end: h.chairs.end } });
      }
      if (h.org) {
        const phrase = doc.text.slice(h.org.start, h.org.end);
        const org = resolver.peek(phrase) ? resolver.resolve(phrase, h.org) : undefined;
        if (org && roles.every((r) => r.org.id !== org.id)) {
          if (org.kind === "member-state") roles.push({ title: "Representative", titleAsStated: phrase, org, tenure: "substantive", span: { start: introStart, end: introEnd } });
          // "Under-Secretary-General Ana Ruiz of the Harbour Office": the post is at the body named after the name, not at the United Nations a bare rank would give.
          else if (roles.length > 0 && roles.every((r) => r.bare === true)) for (let n = 0; n < roles.length; n++) roles[n] = { ...roles[n]!, org, bare: false, span: { start: introStart, end: introEnd } };
        }
      }
      add(name, h.name, h.honorific ? cleanHonorific(doc.text.slice(h.honorific.start, h.honorific.end)) : undefined, { start: introStart, end: introEnd }, roles, /\bchaired by\s+$/u.test(doc.text.slice(Math.max(0, introStart - 14), introStart)));
      // "Ana Ruiz of the Harbour Institute": the organization, though no post is stated.
      if (h.org && roles.length === 0) {
        const person = people.get(normalizeName(name));
        const phrase = doc.text.slice(h.org.start, h.org.end);
        const peek = person && !person.affiliation && person.roles.length === 0 ? resolver.peek(phrase) : undefined;
        // A name cut short ("King’s College" of "King’s College London") is no organization's.
        const cut = /^\s+[\p{Lu}\p{N}]/u.test(doc.text.slice(h.org.end, h.org.end + 3));
        if (person && peek && peek.kind !== "member-state" && !cut) person.affiliation = resolver.resolve(phrase, h.org);
      } else if (roles.length === 0) {
        // "Presentation by Ana Ruiz, UNODC" (a programme's line): an organization of the dataset ending the line after the name.
        const after = /^,\s+((?:the\s+)?\p{Lu}[^,.;:\n]{1,60}?)[ \t]*(?:\n|$)/u.exec(doc.text.slice(h.name.end, h.name.end + 80));
        const person = people.get(normalizeName(name));
        const peek = after && person && !person.affiliation && person.roles.length === 0 ? resolver.peek(after[1]!) : undefined;
        if (person && peek && peek.matchedBy !== "new" && peek.kind !== "member-state") {
          const start = h.name.end + after![0].indexOf(after![1]!);
          person.affiliation = resolver.resolve(after![1]!, { start, end: start + after![1]!.length });
        }
      }
    }
  }
  mergeShortNames(people);
  resolveReferences(doc, people, sentences);
  chairsByAnaphor(doc, resolver, people, sentences);
  monthlyPresidents(doc, resolver, people, [...lead, ...sentences]);
  postsByCapacity(doc, resolver, people);
  postsOnNextLine(doc, resolver, people);
  return [...people.values()].sort((a, b) => a.intro.start - b.intro.start);
}

const ANAPHOR_POST = /(?:^|\s)(?:that body|the body|its)[’']?s?\s+(Chair(?:man|person|woman)?|Vice-Chair(?:man|person|woman)?|President|Head)\s*,\s*(?:(?:H\.\s?E\.\s+)?(?:Mr|Ms|Mrs|Dr)\.\s+|Ambassador\s+)?$/u;
const ANAPHOR_AFTER = /^(?:\s*\(\s?[^()]{1,40}\))?,\s+(?:that body|the body|its)[’']s?\s+(Chair(?:man|person|woman)?|Vice-Chair(?:man|person|woman)?|President|Head)\b/u;
const BODY_PHRASE = /(?:the\s+)?\p{Lu}[\p{L}’'-]{0,40}(?:\s+(?:(?:of|for|on|the|and|against)\s+){0,2}[\p{Lu}\p{N}][\p{L}\p{N}’'-]{0,40}){0,8}/gu;

/**
 * "the X Committee, that body’s Chairman, Ana Ruiz (Chile)": the post's body is the organization (no Member State) named right
 * before the anaphor, in the same sentence; none when another phrase comes between.
 */
function chairsByAnaphor(doc: Doc, resolver: OrgResolver, people: Map<string, PersonFact>, sentences: readonly Span[]): void {
  for (const person of people.values()) {
    const name = person.spans[0];
    if (!name) continue;
    const sentence = sentences.find((s) => s.start <= name.start && name.start < s.end);
    if (!sentence) continue;
    const before = doc.text.slice(Math.max(sentence.start, name.start - 60), name.start);
    const m = ANAPHOR_POST.exec(before);
    if (!m) {
      // "…, Ana Ruiz (Chile), that body’s Chairman, told the Council": the body is the last one the sentence names before her.
      const a = ANAPHOR_AFTER.exec(doc.text.slice(name.end, Math.min(sentence.end, name.end + 80)));
      if (!a) continue;
      const text = doc.text.slice(Math.max(sentence.start, name.start - 400), name.start);
      const from = name.start - text.length;
      let body: { phrase: string; at: number } | undefined;
      BODY_PHRASE.lastIndex = 0;
      for (let b = BODY_PHRASE.exec(text); b; b = BODY_PHRASE.exec(text)) {
        const phrase = b[0].replace(/[’']s$/u, "");
        const peek = resolver.peek(phrase);
        if (peek && peek.existing && peek.kind !== "member-state") body = { phrase, at: from + b.index };
      }
      if (!body) continue;
      const org = resolver.resolve(body.phrase, { start: body.at, end: body.at + body.phrase.length });
      if (!org) continue;
      const { title, tenure } = normalizeTitle(a[1]!);
      const postStart = name.end + a.index + a[0].indexOf(a[1]!);
      if (!person.roles.some((r) => r.org.id === org.id && r.title === title)) person.roles.unshift({ title, titleAsStated: a[0].replace(/^[^,]*,\s+/u, ""), org, tenure, span: { start: name.start, end: postStart + a[1]!.length } });
      continue;
    }
    const anaphorStart = name.start - before.length + m.index + (m[0].length - m[0].trimStart().length);
    // The last capitalised phrase of the sentence before the anaphor, followed by nothing but a comma.
    const from = Math.max(sentence.start, anaphorStart - 300);
    const text = doc.text.slice(from, anaphorStart);
    let last: RegExpExecArray | undefined;
    BODY_PHRASE.lastIndex = 0;
    for (let b = BODY_PHRASE.exec(text); b; b = BODY_PHRASE.exec(text)) last = b;
    if (!last || !/^\s*,\s*$/u.test(text.slice(last.index + last[0].length))) continue;
    const phrase = last[0].replace(/[’']s$/u, "");
    const peek = resolver.peek(phrase);
    if (!peek || peek.matchedBy === "new" || peek.kind === "member-state") continue;
    const org = resolver.resolve(phrase, { start: from + last.index, end: from + last.index + phrase.length });
    if (!org) continue;
    const { title, tenure } = normalizeTitle(m[1]!);
    if (person.roles.some((r) => r.org.id === org.id && r.title === title)) continue;
    // "its Chairperson, Ms. Lena Marsh": the post as stated ends at the post, not at the honorific before the name
    const stated = m[0].trimStart();
    person.roles.unshift({ title, titleAsStated: stated.slice(0, stated.indexOf(m[1]!) + m[1]!.length), org, tenure, span: { start: anaphorStart, end: name.end } });
  }
}

const CAPACITY_POST = String.raw`(?:[Cc]hair(?:man|person|woman)?|[Vv]ice-[Cc]hair(?:man|person|woman)?|[Pp]resident|[Hh]ead)\s+of\s+(?:the\s+)?[^,;.:“”"]{2,100}`;
/** "As chair of the X Committee, Algerian Ambassador Ana Ruiz …": the post the sentence opens with is the person's who follows. */
const AS_POST_BEFORE = new RegExp(String.raw`(?:^|[\s(])(?:[Ss]peaking\s+)?[Aa]s\s+(?:the\s+)?(${CAPACITY_POST}),\s+(?:(?:\p{Lu}[\p{L}’'-]*\.?|H\.\s?E\.)\s+){0,3}$`, "u");
/** "Ana Ruiz, in her briefing, in her capacity as Chair of the X Committee, …": the capacity is the person's. */
const AS_POST_AFTER = new RegExp(String.raw`^(?:\s*\(\s?[^()]{1,40}\))?,\s+(?:[^,;.:“”"]{0,80}?,?\s+)?in\s+(?:his|her|their)\s+capacity\s+as\s+(?:the\s+)?(${CAPACITY_POST})`, "u");

/** Posts stated as a capacity around the name: "As chair of the X, Ana Ruiz …", "Ana Ruiz, in her capacity as Chair of the X, …". */
function postsByCapacity(doc: Doc, resolver: OrgResolver, people: Map<string, PersonFact>): void {
  for (const person of people.values()) {
    for (const name of person.spans.slice(0, 10)) {
      const from = Math.max(0, name.start - 200);
      const window = doc.text.slice(from, name.start);
      const before = AS_POST_BEFORE.exec(window);
      const after = before ? undefined : AS_POST_AFTER.exec(doc.text.slice(name.end, name.end + 300));
      const m = before ?? after;
      if (!m) continue;
      const postStart = (before ? from : name.end) + m.index + m[0].indexOf(m[1]!);
      const post = { start: postStart, end: postStart + m[1]!.trimEnd().length };
      // Only a post at a body the dataset knows (not a State's): the capacity is certain, the organization must be too.
      const roles = readPosts(doc, post, Math.min(post.start, name.start), resolver).filter((r) => r.org.existing && r.org.kind !== "member-state" && !r.bare);
      const span = { start: Math.min(post.start, name.start), end: Math.max(post.end, name.end) };
      for (const r of roles) {
        // the same post read by a name cue ("chair of the X" before the name): the capacity ties it to the name
        const same = person.roles.findIndex((k) => k.org.id === r.org.id && k.title === r.title);
        if (same < 0) person.roles.unshift({ ...r, span });
        else person.roles[same] = { ...person.roles[same]!, span: { start: Math.min(span.start, person.roles[same]!.span.start), end: Math.max(span.end, person.roles[same]!.span.end) } };
      }
      if (roles.length > 0) break;
    }
  }
}

/** A line that states a post and nothing else: "Chair, Counter-Terrorism Committee", "Permanent Representative of X to the United Nations". */
const POST_LINE = /^[ \t]*((?:Acting\s+|Deputy\s+|Permanent\s+|Special\s+|Executive\s+|Vice-)?(?:Chair|Chairman|Chairperson|Chairwoman|President|Director|Director-General|Representative|Secretary-General|Under-Secretary-General|Head|Minister|Ambassador|Coordinator|Envoy|Rapporteur|Officer-in-Charge)\b[^\n]{0,150}?)[ \t,.]*$/u;

/**
 * A signature block: the name alone on its line ("H.E. Ambassador Ana Ruiz", "Statement by\nAna Ruiz,"), the post alone on the next
 * non-empty line ("Chair, Counter-Terrorism Committee"). Only for a person the text gives no other post.
 */
function postsOnNextLine(doc: Doc, resolver: OrgResolver, people: Map<string, PersonFact>): void {
  for (const person of people.values()) {
    if (person.roles.length > 0) continue;
    for (const name of person.spans.slice(0, 10)) {
      const lineStart = doc.text.lastIndexOf("\n", name.start - 1) + 1;
      const lineEnd = doc.text.indexOf("\n", name.end);
      if (lineEnd < 0) break;
      // Nothing but an honorific or a by-line before the name, nothing but a comma after it.
      if (!/^[ \t]*(?:(?:by|By|Statement by|Remarks by|Opening statement of|Opening remarks of)[ \t]+)?(?:(?:H\.\s?E\.|His Excellency|Her Excellency|Mr\.|Ms\.|Mrs\.|Dr\.|Ambassador|Amb\.)[ \t]+)*$/u.test(doc.text.slice(lineStart, name.start))) continue;
      if (!/^[ \t,]*$/u.test(doc.text.slice(name.end, lineEnd))) continue;
      // The next line with words, past blank lines only.
      let at = lineEnd + 1;
      while (at < doc.text.length && at < lineEnd + 40 && /\s/u.test(doc.text[at]!)) at++;
      const nextEnd = doc.text.indexOf("\n", at);
      const line = doc.text.slice(at, nextEnd < 0 ? doc.text.length : nextEnd);
      const m = POST_LINE.exec(line);
      if (!m) continue;
      const post = { start: at + m.index + m[0].indexOf(m[1]!), end: at + m.index + m[0].indexOf(m[1]!) + m[1]!.length };
      const roles = readPosts(doc, post, name.start, resolver).filter((r) => !r.bare);
      if (roles.length === 0) continue;
      for (const r of roles) person.roles.push({ ...r, span: { start: name.start, end: post.end } });
      break;
    }
  }
}

const MONTH = "January|February|March|April|May|June|July|August|September|October|November|December";
const PRESIDENT_BEFORE = new RegExp(String.raw`\b(?:its|the Council[’']s|the)\s+President\s+for\s+(?:the\s+month\s+of\s+)?(?:${MONTH}),\s*(?:(?:H\.\s?E\.\s+)?(?:Mr|Ms|Mrs|Dr)\.\s+|Ambassador\s+)?$`, "u");
const PRESIDENT_AFTER = new RegExp(String.raw`^\s*(?:\(\s?[^()]{1,40}\))?,\s+(?:the\s+)?(?:Council\s+)?President\s+for\s+(?:the\s+month\s+of\s+)?(?:${MONTH})\b`, "u");

/** "its President, Ana Ruiz": no month; the Council's only when its sentence names the Council and no other body. */
const PRESIDENT_ITS = /\b(?:its|the Council[’']s)\s+President,\s*(?:(?:H\.\s?E\.\s+)?(?:Mr|Ms|Mrs|Dr)\.\s+|Ambassador\s+)?$/u;
/** "Ana Ruiz of Chile, which holds the Council’s rotating presidency": the State's presidency of the Council, held by its speaker. */
const PRESIDENT_HOLDS = /^(?:\s*\(\s?[^()]{1,40}\)|\s+of\s+(?:the\s+)?\p{Lu}[\p{L}’' -]{1,40}?)?,\s+which\s+(?:holds|held|has)\s+the\s+(?:Security\s+)?Council[’']s\s+(?:rotating\s+)?presidency\b/u;
/** Bodies other than the Council: "its" could be theirs. */
const OTHER_BODY = /\b(?:Committee|Assembly|Commission|Organi[sz]ation|Directorate|Office|Union|Forum|Network|Group|Court|Conference)\b/u;

/** "Ana Ruiz (Chile), President for the month of May", "its President for May, Ana Ruiz": the monthly presidency is the Security Council's. */
function monthlyPresidents(doc: Doc, resolver: OrgResolver, people: Map<string, PersonFact>, sentences: readonly Span[]): void {
  /** "In a statement read out by its President, Ana Ruiz (Chile), the Council …": the sentence names the Council and nothing else "its" could be. */
  const councilSentence = (at: number, end: number): boolean => {
    // "…, its President, Ana Ruiz (Chile), the Council welcomed …": the Council is the clause's subject, whatever else the sentence names.
    if (/^(?:\s*\(\s?[^()]{1,40}\)|\s+of\s+[^,;]{1,40})?,\s+the\s+(?:Security\s+)?Council\b/u.test(doc.text.slice(end, end + 80))) return true;
    const s = sentences.find((x) => x.start <= at && at < x.end);
    const text = s ? doc.text.slice(s.start, s.end) : "";
    return /\bCouncil\b/u.test(text) && !OTHER_BODY.test(text) && !/\bCouncil of\b/u.test(text);
  };
  for (const person of people.values()) {
    for (const name of person.spans.slice(0, 10)) {
      const window = doc.text.slice(Math.max(0, name.start - 80), name.start);
      const its = PRESIDENT_ITS.exec(window);
      const before = PRESIDENT_BEFORE.exec(window) ?? (its && (!its[0].startsWith("its") || councilSentence(name.start, name.end)) ? its : null);
      const after = before ? undefined : (PRESIDENT_AFTER.exec(doc.text.slice(name.end, name.end + 100)) ?? PRESIDENT_HOLDS.exec(doc.text.slice(name.end, name.end + 140)));
      const m = before ?? after;
      // the Council must be one of the organizations: a phrase the resolver does not know would make up a new body
      if (!m || resolver.peek("Security Council")?.existing !== true) continue;
      const start = before ? name.start - (doc.text.slice(Math.max(0, name.start - 80), name.start).length - m.index) : name.end + m.index;
      const end = before ? name.start : name.end + m.index + m[0].length;
      const org = resolver.resolve("Security Council", { start, end })!;
      if (!person.roles.some((r) => r.org.id === org.id && r.title === "President")) {
        // "its President, Ms. Ana Ruiz": the post as stated ends before the comma, not at the honorific
        const stated = before ? m[0].slice(0, m[0].lastIndexOf(",")) : doc.text.slice(start, end).replace(/^\s*(?:\([^()]*\))?[\s(),]*|[\s,]+$/gu, "");
        person.roles.unshift({ title: "President", titleAsStated: stated, org, tenure: "substantive", span: { start: Math.min(start, name.start), end: Math.max(end, name.end) } });
      }
      break;
    }
  }
}

/** Folds a person named by fewer words ("Ruiz Lopez") into the one whose name ends with them ("Ana Ruiz Lopez"), when there is one. */
function mergeShortNames(people: Map<string, PersonFact>): void {
  if (people.size > 400) return; // pairwise: bounded
  for (const short of [...people.values()]) {
    let longer = [...people.values()].filter((p) => p !== short && p.key.endsWith(` ${short.key}`));
    // "López Ruiz" inside "Ana López Ruiz Vega": two words or more, whole words, one person only.
    if (longer.length === 0 && short.key.includes(" ")) longer = [...people.values()].filter((p) => p !== short && ` ${p.key} `.includes(` ${short.key} `));
    if (longer.length !== 1) continue;
    const into = longer[0]!;
    for (const s of short.spans) if (into.spans.length < 50) into.spans.push(s);
    for (const r of short.roles) if (!into.roles.some((k) => k.org.id === r.org.id && k.title === r.title)) into.roles.push(r);
    into.honorific ??= short.honorific;
    into.chaired ||= short.chaired;
    people.delete(short.key);
  }
}

const REFERENCE = /\b((?:H\.\s?E\.\s+)?(?:Mr|Ms|Mrs|Dr|Prof)\.\s+|(?:Ambassador|Professor)\s+)((?:\p{Lu}[\p{Ll}\p{M}’'-]+)(?:[- ]\p{Lu}[\p{Ll}\p{M}’'-]+)?)/gu;

/** Adds later references ("Ms. Skellett") to the people they name, and takes their honorific when the introduction had none. */
function resolveReferences(doc: Doc, people: Map<string, PersonFact>, sentences: readonly Span[]): void {
  const byFamily = new Map<string, PersonFact[]>();
  for (const p of people.values()) {
    for (const key of [p.familyName, p.name.split(/\s+/u).slice(-2).join(" ")]) {
      if (!key) continue;
      const list = byFamily.get(normalizeName(key)) ?? [];
      if (!list.includes(p)) list.push(p);
      byFamily.set(normalizeName(key), list);
    }
  }
  for (const sentence of sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    REFERENCE.lastIndex = 0;
    for (let m = REFERENCE.exec(text); m; m = REFERENCE.exec(text)) {
      // "Ms. Marsh Then left": the reference is the words a person's name ends with, not the capitalised word after them
      const whole = byFamily.get(normalizeName(m[2]!));
      const words = whole ? m[2]! : m[2]!.split(/\s+/u)[0]!;
      const candidates = whole ?? byFamily.get(normalizeName(words));
      if (!candidates || candidates.length !== 1) continue;
      const person = candidates[0]!;
      const start = sentence.start + m.index + m[1]!.length;
      const span = { start, end: start + words.length };
      if (person.spans.length >= 50 || person.spans.some((s) => s.start <= span.start && span.end <= s.end)) continue;
      const refStart = sentence.start + m.index;
      if (person.intro.start <= refStart && refStart < person.intro.end) continue;
      person.spans.push(span);
      person.honorific ??= m[1]!.trim();
    }
  }
}

/** Finds which known person a phrase refers to ("Mr. Tessler", "Rebecca Skellett", "Ms. Skellett"). */
export function personByReference(people: readonly PersonFact[], phrase: string): PersonFact | undefined {
  // normalizeName drops the honorifics ("H.E. Mr.", "Ms.") itself.
  const key = normalizeName(phrase);
  // Stryker disable next-line ConditionalExpression: an empty key equals no key, family name or tail, and is shorter than 3.
  if (!key) return undefined;
  const exact = people.find((p) => p.key === key);
  if (exact) return exact;
  const family = people.filter((p) => p.familyName !== undefined && normalizeName(p.familyName) === key);
  if (family.length === 1) return family[0];
  const tail = people.filter((p) => p.key.endsWith(` ${key}`));
  if (tail.length > 0) return tail.length === 1 ? tail[0] : undefined;
  // "Ban" for "Ban Ki-moon", "Meza-Cuadra" for "Gustavo Meza-Cuadra Velásquez": whole words of one name only.
  if (key.length < 3) return undefined;
  const inside = people.filter((p) => ` ${p.key} `.includes(` ${key} `));
  if (inside.length > 0) return inside.length === 1 ? inside[0] : undefined;
  // "Mr. Sharia" for "David Scharia": a family name of five letters or more with one letter lost, when only one person's fits.
  if (key.length < 5 || key.includes(" ")) return undefined;
  const lost = people.filter((p) => p.familyName !== undefined && oneLetterLost(normalizeName(p.familyName), key));
  return lost.length === 1 ? lost[0] : undefined;
}

/** Whether `short` is `full` with exactly one letter left out. */
export function oneLetterLost(full: string, short: string): boolean {
  if (full.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && full[i] === short[i]) i++;
  return full.slice(i + 1) === short.slice(i);
}
