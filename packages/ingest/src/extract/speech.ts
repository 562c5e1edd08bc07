// Reported speech ("X said that ...") and direct quotations ("“...,” said Mr. X"), with their speakers.
import type { OrgMatch, OrgResolver } from "./organizations";
import type { PersonFact } from "./people";
import { personByReference, REPORTING_VERBS } from "./people";
import { DocumentSubjects, type DocumentQuote } from "./documents";
import { findQuotes, genderDiffers, isBody } from "./quotes";
import type { Doc, Paragraph, Span } from "./text";
import { capitalize, trimSpan } from "./text";

/** A speaker the text names but does not name ("the acting CTC Chair"). */
export interface UnnamedSpeaker {
  /** Comparison key (slug of the description). */
  key: string;
  /** How the text describes the speaker. */
  description: string;
  /** The organization in the description, if any. */
  org?: OrgMatch;
  /** `true` for a chair. */
  chair: boolean;
  /** Where the description is written. */
  span: Span;
  /** The session, when the text says "opening" or "closing" remarks. */
  session?: "opening" | "closing";
  /** Where the session is stated ("In his closing remarks, the acting CTC Chair"). */
  sessionSpan?: Span;
  /** `true` for a body speaking as a whole ("the Security Council", "the Committee", "Council members"): no person, never "he" or "she". */
  body?: boolean;
}

/** Who is speaking: a named person or an unnamed speaker. */
export type Speaker = { kind: "person"; person: PersonFact } | { kind: "unnamed"; unnamed: UnnamedSpeaker };

/** The kinds of statement the dataset knows. */
export type StatementKind = "opening-remarks" | "closing-remarks" | "remarks" | "presentation" | "briefing" | "joint-statement";

/** A sentence of reported speech. */
export interface StatementFact {
  /** Who spoke. */
  speaker: Speaker;
  /** What kind of statement. */
  kind: StatementKind;
  /** The reported words ("The recent attacks ..."), repaired text. */
  text: string;
  /** From the reporting verb to the end of the sentence. */
  span: Span;
  /** The whole sentence. */
  sentence: Span;
  /** The paragraph's index. */
  paragraph: number;
  /** Opening or closing session, when stated. */
  session?: "opening" | "closing";
  /** 0..1, lower for a speaker found through a pronoun. */
  confidence: number;
}

/** A direct quotation. */
export interface QuoteFact {
  /** Who is quoted. */
  speaker: Speaker;
  /** The quoted words (without marks or a trailing comma). */
  span: Span;
  /** The sentence holding it. */
  sentence: Span;
  /** The paragraph's index. */
  paragraph: number;
  /** The statement it belongs to, if any. */
  statement?: StatementFact;
  /** 0..1, lower when the speaker is found from the sentence before. */
  confidence: number;
}

/** What the speech analysis finds. */
export interface SpeechFacts {
  /** Reported speech, in order. */
  statements: StatementFact[];
  /** Direct quotations, in order. */
  quotes: QuoteFact[];
  /** Direct quotations of a document (a report, a communiqué, a concept note, a resolution), in order: nobody's words. */
  documentQuotes: DocumentQuote[];
  /** Unnamed speakers (people the text does not name). */
  unnamed: UnnamedSpeaker[];
  /** Bodies the text makes speak as a whole ("the Security Council … called on States to act “as a matter of urgency”"). */
  bodies: UnnamedSpeaker[];
  /** The speaker of each sentence that has one (by the sentence's start). */
  speakerOf: Map<number, Speaker>;
  /** Opening/closing session of a named person, when their remarks are so introduced. */
  sessionOf: Map<PersonFact, { session: "opening" | "closing"; span: Span }>;
}

const LEAD =
  /^(?:(?:In|During|At)\s+(?:his|her|their|the)\s+(?:(opening|closing|concluding|introductory|keynote|welcoming)\s+)?(?:remarks|statement|address|session|presentation|briefing|intervention)|For (?:instance|example)|In addition|Furthermore|Moreover|Also|Meanwhile|Similarly|Likewise|Finally|Lastly|Subsequently|Then|Next|In closing|Opening the (?:meeting|briefing|session)|Closing the (?:meeting|briefing|session))\s*,\s*/u;
const VERB = new RegExp(String.raw`\b(?:${REPORTING_VERBS})\b`, "u");
/** Verbs that end an introduction but report no words ("delivered the keynote address"). */
const NOT_SPEECH = /^(?:delivered|gave|addressed|took the floor|opened|closed|chaired|moderated|introduced|launched|spoke|provided|thanked)$/u;
const UNNAMED =
  /^(?:[Tt]he\s+)?((?:acting\s+|Acting\s+|outgoing\s+|incoming\s+)?(?:(?:CTC|CTED|Committee|Counter-Terrorism Committee|Committee’s|Committee's)\s+)?(?:Chair|Chairman|Chairperson|Vice-Chair|Executive Director|Deputy Executive Director|Under-Secretary-General|Secretary-General|President|Officer-in-Charge)(?:\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}\s-]{1,60}?))?)$/u;
const QUOTE_VERBS = "said|stated|added|noted|continued|explained|stressed|emphasi[sz]ed|underlined|remarked|observed|concluded|insisted|declared|highlighted|affirmed|warned|told";
const REF = String.raw`(?:H\.\s?E\.\s+)?(?:(?:Mr|Ms|Mrs|Dr|Prof)\.\s+|Ambassador\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3}|[Hh]e|[Ss]he|the\s+[^,.“”]{3,60}?`;
const AFTER_ATTRIBUTION = new RegExp(String.raw`\b(?:${QUOTE_VERBS})\s+(${REF})(?=\s*[,.;]|\s*$)`, "u");
const BEFORE_ATTRIBUTION = new RegExp(String.raw`(?:^|[,;]\s*|\s)(${REF})\s+(?:${QUOTE_VERBS})(?:\s+that)?\s*(?:[:,.]|$|\s_)`, "u");

/** A body that speaks as a whole: the Security Council, a committee of it, or their members ("the 15-member body", "Council members"). */
const BODY =
  /^(?:[Tt]he\s+)?(?:(?:(?:UN|United Nations)\s+)?(?<council>(?:UN\s+)?Security Council)|(?<committee>Counter-Terrorism Committee|CTC)|(?<bare>Council|Committee|15-member (?:body|Council|organ))|(?<members>(?:(?:Council|Committee)\s+)?members|[Mm]embers of the (?:Security\s+)?(?:Council|Committee)|[Ii]ts members|Members))$/u;
/** Words after a subject that do not belong to it ("the Council today", "the Committee also"). */
const SUBJECT_TAIL = /(?:\s+(?:today|yesterday|tonight|this (?:morning|afternoon|evening|week)|on \p{Lu}\p{Ll}+day|also|further|then|again|unanimously|jointly|in turn|for its part))+$/u;
/** "the Committee held a meeting … and urged": the subject of the first of two joined predicates. */
const JOINED = /^((?:[Tt]he\s+)?[^,;:]{0,60}?\b(?:Council|Committee|CTC|body))\s+\p{Ll}[^,;:“”"]{0,200}\sand$/u;

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-|-$/gu, "");

/** Finds reported speech and quotations, and who said them. */
export function findSpeech(doc: Doc, people: readonly PersonFact[], resolver: OrgResolver, sentences: readonly { sentence: Span; paragraph: Paragraph }[]): SpeechFacts {
  const statements: StatementFact[] = [];
  const quotes: QuoteFact[] = [];
  const unnamed = new Map<string, UnnamedSpeaker>();
  const speakerOf = new Map<number, Speaker>();
  const sessionOf = new Map<PersonFact, { session: "opening" | "closing"; span: Span }>();
  let last: Speaker | undefined;
  const bodies = new Map<string, UnnamedSpeaker>();
  // The subjects of reporting verbs, in order: the body a subject names, or none for any other subject ("it" names a body only when the subject just before was that body).
  const subjects: { at: number; body?: UnnamedSpeaker }[] = [];
  const nearestBody = (at: number): UnnamedSpeaker | undefined => {
    // Subjects are pushed in reading order: a binary search for the last one before `at`.
    let lo = 0;
    let hi = subjects.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (subjects[mid]!.at < at) lo = mid + 1;
      else hi = mid;
    }
    const near = subjects[lo - 1];
    return near && at - near.at <= 1500 ? near.body : undefined;
  };
  // Where the Security Council is first named, and where committees are named (once, for every bare "the Council"/"the Committee").
  const councilAt = doc.text.search(/\bSecurity Council\b/u);
  let committeeNames: { at: number; ctc: boolean }[] | undefined;
  const committeeBefore = (at: number): boolean | undefined => {
    // "The Committee" opening a sentence names no committee: it is what is being resolved.
    committeeNames ??= [...doc.text.matchAll(/Counter-Terrorism Committee|\bCTC\b|\b(?:(?!The\s)\p{Lu}[\p{L}-]*|\d{3,4}(?:\/\d{3,4})*)\s+Committee\b/gu)].map((m) => ({ at: m.index, ctc: /^(?:Counter-Terrorism Committee|CTC)$/u.test(m[0]) }));
    let lo = 0;
    let hi = committeeNames.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (committeeNames[mid]!.at < at) lo = mid + 1;
      else hi = mid;
    }
    return committeeNames[lo - 1]?.ctc;
  };
  const addBody = (key: string, description: string, span: Span, orgPhrase?: string): UnnamedSpeaker => {
    const known = bodies.get(key);
    if (known) return known;
    const org = orgPhrase && resolver.peek(orgPhrase) ? resolver.resolve(orgPhrase, span) : undefined;
    const b: UnnamedSpeaker = { key, description, ...(org ? { org } : {}), chair: false, span, body: true };
    bodies.set(key, b);
    return b;
  };
  /** The body a subject names ("the Security Council", "In its statement, the 15-member body", "it" right after one), if any. */
  const bodyRef = (phrase: string, at: number): UnnamedSpeaker | undefined => {
    const clause = phrase.trim().replace(/,$/u, "").split(/[,;:]\s+/u).pop() ?? "";
    let p = clause.replace(SUBJECT_TAIL, "");
    p = JOINED.exec(p)?.[1] ?? p;
    if (/^it$/iu.test(p)) return nearestBody(at);
    const m = BODY.exec(p);
    if (!m?.groups) return undefined;
    const lead = /^the\s+/iu.exec(p)?.[0].length ?? 0;
    const start = at + phrase.lastIndexOf(p) + lead;
    const span = { start, end: start + p.length - lead };
    const council = () => addBody("security-council", "The Security Council, as a body", span, "Security Council");
    const committee = () => addBody("counter-terrorism-committee", "The Counter-Terrorism Committee, as a body", span, "Counter-Terrorism Committee");
    const { council: c, committee: k, bare, members } = m.groups;
    if (c) return council();
    if (k) return committee();
    if (bare) {
      // Stryker disable next-line Regex: `bare` is one of "Council", "Committee", "15-member body/Council/organ": only "Committee" starts or ends with "Committee"
      if (/^Committee$/u.test(bare)) {
        // The committee named last before it, when that is the Counter-Terrorism Committee; any other committee stays unnamed.
        return committeeBefore(span.start) === true ? committee() : addBody("committee", "The Committee, as a body", span);
      }
      return bodies.get("security-council") ?? (councilAt >= 0 && councilAt < span.start ? council() : addBody("council", "The Council, as a body", span));
    }
    if (members) {
      const of = /Committee/u.test(members) ? committee() : /Council/u.test(members) ? council() : nearestBody(at);
      // Stryker disable next-line Regex: the keys are "security-council", "counter-terrorism-committee", "council", "committee" and those with "-members" appended: "-members" occurs only at the end
      if (!of || /-members$/u.test(of.key)) return of;
      return addBody(`${of.key}-members`, `Members of ${of.description.replace(/^The\s/u, "the ").replace(/, as a body$/u, "")}, as a group`, span);
    }
    return undefined;
  };

  const resolveRef = (phrase: string, at: number): { speaker: Speaker; pronoun: boolean } | undefined => {
    const p = phrase.trim().replace(/,$/u, "");
    if (/^(?:he|she)$/iu.test(p)) return last && !genderDiffers(p, last) ? { speaker: last, pronoun: true } : undefined;
    const person = personByReference(people, p);
    if (person) return { speaker: { kind: "person", person }, pronoun: false };
    const m = UNNAMED.exec(p);
    if (!m) {
      const body = bodyRef(phrase, at);
      // Stryker disable next-line BooleanLiteral: this bodyRef gives a body only for a quotation's attribution (the statement pass tried the same bodyRef first), and that caller reads no `pronoun`
      return body ? { speaker: { kind: "unnamed", unnamed: body }, pronoun: false } : undefined;
    }
    const description = m[1]!;
    // The organization: named after "of", else before the post ("the outgoing CTC Chair").
    const orgPhrase = m[2] ?? /^(?:(?:acting|Acting|outgoing|incoming)\s+)?(CTC|CTED|Committee|Counter-Terrorism Committee)\b/u.exec(description)?.[1];
    const holder = holderOf(people, description, orgPhrase, resolver);
    if (holder) return { speaker: { kind: "person", person: holder }, pronoun: false };
    const key = slug(description);
    const known = unnamed.get(key);
    if (known) return { speaker: { kind: "unnamed", unnamed: known }, pronoun: false };
    const lead = p.length - p.replace(/^the\s+/iu, "").length;
    const span = { start: at + phrase.indexOf(p) + lead, end: at + phrase.indexOf(p) + p.length };
    const org = orgPhrase ? resolver.resolve(orgPhrase, span) : undefined;
    const u: UnnamedSpeaker = { key, description: `${capitalize(/^the\s/iu.test(p) ? p : description)}`, ...(org ? { org } : {}), chair: /\bChair/u.test(description), span };
    unnamed.set(key, u);
    return { speaker: { kind: "unnamed", unnamed: u }, pronoun: false };
  };

  for (const { sentence, paragraph } of sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const lead = LEAD.exec(text);
    const session = lead?.[1] ? (/opening|introductory|welcoming/u.test(lead[1]) ? "opening" : /closing|concluding/u.test(lead[1]) ? "closing" : undefined) : /^(?:In closing|Closing the)/u.test(text) ? "closing" : /^Opening the/u.test(text) ? "opening" : undefined;
    const from = lead ? lead[0].length : 0;
    let sentenceSpeaker: Speaker | undefined;
    let statement: StatementFact | undefined;
    const startsWithQuote = /^[“"‘]/u.test(text.slice(from));
    const verb = VERB.exec(text.slice(from));
    if (verb && !startsWithQuote) {
      const verbAt = from + verb.index;
      const subject = text.slice(from, verbAt).replace(/[\s,]+$/u, "");
      if (subject.length > 0 && subject.length <= 300 && !/[“”"]/u.test(subject)) {
        const intro = people.find((p) => p.intro.start >= sentence.start + from && p.intro.start < sentence.start + verbAt);
        // A body in the subject's last clause speaks, not a person named in a clause before it ("After hearing Ana Ruiz, the Council called …").
        const lastClause = sentence.start + from + Math.max(subject.lastIndexOf(", "), subject.lastIndexOf("; "), 0);
        const body = !intro || intro.intro.start < lastClause ? bodyRef(subject, sentence.start + from) : undefined;
        const resolved = body ? { speaker: { kind: "unnamed" as const, unnamed: body }, pronoun: false } : intro ? { speaker: { kind: "person" as const, person: intro }, pronoun: false } : resolveRef(subject, sentence.start + from);
        subjects.push({ at: sentence.start + from, ...(resolved && isBody(resolved.speaker) ? { body: (resolved.speaker as { unnamed: UnnamedSpeaker }).unnamed } : {}) });
        if (resolved) {
          sentenceSpeaker = resolved.speaker;
          const rest = text.slice(verbAt);
          const after = rest.slice(verb[0].length);
          if (!/^\s*[:“"]/u.test(after) && after.trim().length > 3 && !NOT_SPEECH.test(verb[0])) {
            const that = /^\s+that\s+/u.exec(after);
            const body = that ? capitalize(after.slice(that[0].length)) : capitalize(rest);
            const kind: StatementKind =
              // Stryker disable next-line Regex: verb[0] is one whole reporting verb (VERB matches a listed verb between word boundaries): "briefed" and "presented" can only be all of it
              session === "opening" ? "opening-remarks" : session === "closing" ? "closing-remarks" : /^briefed/u.test(verb[0]) ? "briefing" : /^presented/u.test(verb[0]) ? "presentation" : "remarks";
            statement = {
              speaker: resolved.speaker,
              kind,
              text: body.trim(),
              span: { start: sentence.start + verbAt, end: sentence.end },
              sentence,
              paragraph: paragraph.index,
              ...(session ? { session } : {}),
              confidence: resolved.pronoun ? 0.7 : 0.9,
            };
            statements.push(statement);
          }
          if (session && resolved.speaker.kind === "person" && !sessionOf.has(resolved.speaker.person)) {
            sessionOf.set(resolved.speaker.person, { session, span: trimSpan(doc.text, { start: sentence.start, end: sentence.start + verbAt }) });
          }
          if (session && resolved.speaker.kind === "unnamed" && !resolved.speaker.unnamed.session) {
            resolved.speaker.unnamed.session = session;
            resolved.speaker.unnamed.sessionSpan = trimSpan(doc.text, { start: sentence.start, end: sentence.start + verbAt });
          }
        }
      }
    }
    // A sentence that quotes someone ("“…,” said Ms. Ruiz") has that speaker (for later pronouns).
    const found = quoteSpans(text);
    if (found.length > 0 && !sentenceSpeaker) {
      const pieces: string[] = [];
      let at = 0;
      for (const q of found) {
        pieces.push(text.slice(at, q.open), "_".repeat(q.close - q.open + 1));
        at = q.close + 1;
      }
      pieces.push(text.slice(at));
      const masked = pieces.join("");
      const m = AFTER_ATTRIBUTION.exec(masked) ?? BEFORE_ATTRIBUTION.exec(masked);
      const r = m ? resolveRef(m[1]!, sentence.start + m.index + m[0].indexOf(m[1]!)) : undefined;
      if (r) sentenceSpeaker = r.speaker;
      if (r) subjects.push({ at: sentence.start + m!.index, ...(isBody(r.speaker) ? { body: (r.speaker as { unnamed: UnnamedSpeaker }).unnamed } : {}) });
    }
    if (sentenceSpeaker) {
      speakerOf.set(sentence.start, sentenceSpeaker);
      // "he" and "she" name people, never a body.
      if (!isBody(sentenceSpeaker)) last = sentenceSpeaker;
    }
  }
  const describe = (phrase: string, at: number): Speaker | undefined => (/^(?:he|she)$/iu.test(phrase.trim()) ? undefined : resolveRef(phrase, at)?.speaker);
  const documents = new DocumentSubjects(doc.text, sentences);
  for (const q of findQuotes({ doc, people, sentences, speakerOf, describe, documents })) {
    const link = [...statements].reverse().find((st) => st.paragraph === q.paragraph && st.span.start <= q.span.start && sameSpeaker(st.speaker, q.speaker));
    quotes.push({ ...q, ...(link ? { statement: link } : {}) });
    if (!speakerOf.has(q.sentence.start)) speakerOf.set(q.sentence.start, q.speaker);
  }
  const documentQuotes = [...documents.quotes].sort((a, b) => a.span.start - b.span.start);
  return { statements, quotes, documentQuotes, unnamed: [...unnamed.values()], bodies: [...bodies.values()], speakerOf, sessionOf };
}

/** Whether two speakers are the same. */
export function sameSpeaker(a: Speaker, b: Speaker): boolean {
  return a.kind === "person" ? b.kind === "person" && a.person === b.person : b.kind === "unnamed" && a.unnamed === b.unnamed;
}

/** Pairs of quotation marks in a sentence (offsets of the opening and closing marks). */
export function quoteSpans(text: string): { open: number; close: number }[] {
  const out: { open: number; close: number }[] = [];
  let open = -1;
  let straight = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "“") open = i;
    else if (ch === "”" && open >= 0) {
      out.push({ open, close: i });
      open = -1;
    } else if (ch === '"') {
      if (straight < 0) straight = i;
      else {
        out.push({ open: straight, close: i });
        straight = -1;
      }
    }
  }
  return out;
}

/** The one person whose post the description names ("the Chair" → the person introduced as Chair of the Committee), if exactly one. */
function holderOf(people: readonly PersonFact[], description: string, orgPhrase: string | undefined, resolver: OrgResolver): PersonFact | undefined {
  const title = description
    .replace(/^(?:acting|outgoing|incoming)\s+/iu, "")
    .replace(/^(?:CTC|CTED|Committee|Counter-Terrorism Committee|Committee’s|Committee's)\s+/u, "")
    .replace(/\s+of\s+.*$/u, "")
    .replace(/^Chair(?:man|person|woman)$/u, "Chair");
  const org = orgPhrase ? resolver.peek(orgPhrase) : undefined;
  // "the acting Chair" is not the Chair: the tenure must agree when the description states it.
  const acting = /^acting\s/iu.test(description);
  const holders = people.filter((p) => p.roles.some((r) => (r.title === title || (title === "Chair" && /^Chair(?:man|person|woman)?$/u.test(r.title))) && (!org || r.org.id === org.id) && (!acting || r.tenure === "acting")));
  return holders.length === 1 ? holders[0] : undefined;
}

