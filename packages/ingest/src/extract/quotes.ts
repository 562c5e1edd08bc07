// Direct quotations and who said them. Quotation marks are paired per paragraph (double marks,
// guillemets, and single marks where they cannot be apostrophes); a quotation left open at the end
// of a paragraph goes on in the next one. Each quotation is attributed, in this order, by:
//  1. the words right after it: "“…,” said Ana Ruiz", "“…,” Ana Ruiz, Chair of X, told the Council",
//     "“…,” she added";
//  2. the words before it in its sentence: "Ana Ruiz said: “…”", "According to Ms. Ruiz, “…”";
//  3. its neighbours: the quotation before it in the paragraph, the speaker a paragraph ending in ":"
//     introduces, a quotation that goes on from the paragraph before or the speaker of the
//     sentence before it when it opens a paragraph.
// A pronoun ("he said") names the last speaker only when nothing contradicts it (an honorific of
// the other gender, a speaker more than a paragraph back): a quotation without a sure speaker is
// left out, never guessed.
import type { DocumentSubjects } from "./documents";
import type { PersonFact } from "./people";
import { personByReference, REPORTING_VERBS } from "./people";
import type { Speaker } from "./speech";
import type { Doc, Paragraph, Span } from "./text";

/** A pair of quotation marks (offsets of the marks in the text; `close` is the paragraph's end when left open). */
export interface QuoteMarks {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph's end for a quotation that goes on in the next paragraph. */
  close: number;
  /** `false` when the paragraph ends before the quotation does. */
  closed: boolean;
}

/** Verbs that attribute a quotation (reporting verbs and a few of their own). */
const VERBS = `${REPORTING_VERBS}|asked|replied|continued|declared|wrote|insisted|adding|noting|stressing|saying|called(?=\\s+(?:the|a|an|his|her|its|their|this|that|it|them)\\s)`;
const VERB = new RegExp(String.raw`(?<![\p{L}\p{M}’'-])(?:${VERBS})(?![\p{L}\p{M}’'-])`, "gu");
/** A full stop that ends a sentence (not the period of "Mr.", "H.E." or an initial). */
const SENTENCE_STOP = /[;!?]\s|(?<!\b(?:Mr|Ms|Mrs|Dr|Prof|St|Amb|H\.\s?E|\p{Lu}))\.\s/u;
/** The first reporting verb of a stretch, with its offset. */
const firstVerb = (s: string): { index: number; length: number } | undefined => {
  for (const m of s.matchAll(VERB)) return { index: m.index, length: m[0].length };
  return undefined;
};
/** The last reporting verb of a stretch. */
const lastVerb = (s: string): { index: number; length: number } | undefined => {
  let out: { index: number; length: number } | undefined;
  for (const m of s.matchAll(VERB)) out = { index: m.index, length: m[0].length };
  return out;
};
/** "These were the opening remarks of": names the speaker of the quotation before it. */
const REMARKS_OF = /^(?:These|Those|Such) were (?:the|some of the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:remarks|words|statement|message)\s+(?:of|by)\s+/u;
/** "according to": names the speaker after it. */
const ACCORDING = /(?<![\p{L}\p{M}])[Aa]ccording to\s+/gu;
/** Words that give a sentence's quotation another source than the last speaker: a document or a body ("The resolution decided that States shall “…”"). */
const OTHER_SOURCE = /(?<![\p{L}\p{M}])(?:resolutions?|reports?|statements?|declarations?|communiqu[ée]s?|documents?|letters?|texts?|notes?|strateg(?:y|ies)|framework|guidelines|principles|Council|Committee|Committee’s|Committee's|Council’s|Council's)(?![\p{L}\p{M}])/iu;
/** Where a quotation missing its closing mark ends: a comma (and a closing single mark) then a reporting verb and a capital. */
const MISSING_CLOSE = /([,.?!][’']?)\s+(?:said|says|explained|added|noted|stressed|emphasi[sz]ed|stated|told|warned|continued|concluded|observed|remarked|insisted|underlined)\s+(?=\p{Lu})/u;
/** Words before a quotation that make it a title, not words spoken. */
const TITLE_CUE = /(?<![\p{L}\p{M}])(?:on|entitled|titled|theme|themed|called|named|headlined|dubbed|known as|(?:theme|title|slogan|banner|motto)s?\s+of)\s*$/iu;
/** Every word capitalised (small joining words aside), at most five words: a name ("the ‘Harbour Charter’ on …"), when the sentence goes on in lower case right after it. */
const TITLE_CASE = /^(?:\p{Lu}[\p{L}\p{M}’'-]*|of|and|the|for|on|in|to)(?:\s+(?:\p{Lu}[\p{L}\p{M}’'-]*|of|and|the|for|on|in|to)){1,4}$/u;
/** "adopted the “…”", "launched its “…”": a document or plan named in marks after a verb of making it, then its article. */
const ADOPTED_THE = /(?<![\p{L}\p{M}])(?:adopted|adopts|adopt|endorsed|endorses|endorse|launched|launches|launch|approved|approves|approve|unveiled|unveils|presented|presents|published|publishes|issued|issues|signed|signs|agreed)\s+(?:on\s+)?(?:the|a|an|its|their|his|her)\s+(?:new\s+|revised\s+|updated\s+|so-called\s+)?$/iu;
/** Every word capitalised (small joining words aside, not first), at most twelve: the name of a plan or document. */
const LONG_TITLE_CASE = /^(?:\p{Lu}[\p{L}\p{M}\p{N}’'-]*|\p{N}+)(?:\s+(?:\p{Lu}[\p{L}\p{M}\p{N}’'-]*|\p{N}+|of|and|the|for|on|in|to|against|with|by|at)){0,11}$/u;
/** A quotation that opens with a body naming itself as its subject ("The Security Council recognizes …"). */
const SELF_NAMED = /^((?:The|the)\s+(?:Security Council|Counter-Terrorism Committee))\s+(?:\p{Ll}+s|(?:also|further|again)\s+\p{Ll}+s)\b/u;
/** An honorific's gender: "he" cannot name a Ms., "she" cannot name a Mr. */
/**
 * "… CTED noted that “…” Mr. Ruiz also emphasized …": the person the very next sentence says "also" spoke, by name. Group 1 is
 * the reference to the person.
 */
const ALSO_NEXT = new RegExp(String.raw`^[\s.]{0,3}((?:(?:H\.\s?E\.|Mr\.|Ms\.|Mrs\.|Dr\.|Ambassador)\s+)*\p{Lu}[\p{L}\p{M}’'-]+(?:\s+\p{Lu}[\p{L}\p{M}’'-]+){0,3})\s+(?:also|further|additionally)\s+(?:${VERBS})(?![\p{L}\p{M}’'-])`, "u");
/** The subject of a reporting verb that names an organization: capitalised words (small joining words between), nothing else. */
const ORG_SUBJECT = /^(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{M}\p{N}’'-]*(?:\s+(?:of|for|on|and|the|\p{Lu}[\p{L}\p{M}\p{N}’'-]*)){0,8}$/u;
/** "…, the Council was told today.": a sentence the hearers are the subject of, its speaker named in the next paragraph. */
const WAS_TOLD = /,\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Council|Committee|Assembly|meeting)\s+was\s+told(?:\s+(?:today|yesterday|this\s+(?:morning|afternoon|evening)))?\s*[.]?\s*$/u;
const MALE = /^(?:H\.\s?E\.\s+)?(?:Mr\.?|Sir|His Excellency)(?:\s|$)/u;
const FEMALE = /^(?:H\.\s?E\.\s+)?(?:Ms\.?|Mrs\.?|Madam|Dame|Her Excellency)(?:\s|$)/u;

/** Whether a pronoun ("he", "she") contradicts the honorific of the speaker it would name. */
export function genderDiffers(pronoun: string, speaker: Speaker): boolean {
  const honorific = speaker.kind === "person" ? (speaker.person.honorific ?? "") : "";
  return /^he$/iu.test(pronoun.trim()) ? FEMALE.test(honorific) : MALE.test(honorific);
}

/** Whether a speaker is a body speaking as a whole (never named by "he" or "she"). */
export const isBody = (speaker: Speaker): boolean => speaker.kind === "unnamed" && speaker.unnamed.body === true;

const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{M}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined) => ch === undefined || /\s/u.test(ch);

/** Pairs the quotation marks of one paragraph `[from, to)` of `text`. Linear: one pass. */
export function pairQuoteMarks(text: string, from: number, to: number): QuoteMarks[] {
  const out: QuoteMarks[] = [];
  let curly = -1;
  let straight = -1;
  let guillemet = -1;
  let single = -1;
  let singleStraight = false;
  const doubleOpen = () => curly >= 0 || straight >= 0 || guillemet >= 0;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === "“" && !doubleOpen()) curly = i;
    else if (ch === "”" && curly >= 0) {
      out.push({ open: curly, close: i, closed: true });
      curly = -1;
    } else if (ch === '"') {
      if (straight < 0 && !doubleOpen()) straight = i;
      else if (straight >= 0) {
        out.push({ open: straight, close: i, closed: true });
        straight = -1;
      }
    } else if (ch === "«" && !doubleOpen()) guillemet = i;
    else if (ch === "»" && guillemet >= 0) {
      out.push({ open: guillemet, close: i, closed: true });
      guillemet = -1;
    } else if (!doubleOpen() && single < 0 && (ch === "‘" || ch === "'") && (i === from || /[\s([—–-]/u.test(text[i - 1]!)) && /\p{L}/u.test(text[i + 1] ?? "")) {
      // An opening single mark: after a space, before a letter (an apostrophe is inside a word). A straight one only before a capital.
      if (ch === "‘" || /\p{Lu}/u.test(text[i + 1]!)) {
        single = i;
        singleStraight = ch === "'";
      }
    } else if (single >= 0 && !doubleOpen() && (ch === "’" || ch === "'") && !isLetter(text[i + 1]) && (singleStraight ? /[,.?!]/u.test(text[i - 1] ?? "") : !isSpace(text[i - 1]))) {
      if (singleStraight === (ch === "'")) {
        out.push({ open: single, close: i, closed: true });
        single = -1;
      }
    }
  }
  const open = curly >= 0 ? curly : straight >= 0 ? straight : guillemet;
  if (open >= 0) out.push({ open, close: to, closed: false });
  return out.sort((a, b) => a.open - b.open);
}

/** A capitalised run of words ("Russian Ambassador Andrey Denisov") in a stretch of text. */
interface Run {
  start: number;
  end: number;
  words: { start: number; end: number }[];
  /** The run ends with a possessive ("Haddad’s"): it names whose someone is, not who that is. */
  possessive: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}’'.-]*|\S/gu;
const JOINER = /^(?:de|da|del|della|van|von|der|den|al|bin|ibn|la|le|di|du|dos|das|el|y)$/u;

/** Runs of capitalised words (particles between them kept), at most 8 words each; a possessive ends a run. */
function capitalRuns(text: string, from: number, to: number): Run[] {
  const runs: Run[] = [];
  let run: Run | undefined;
  for (const m of text.slice(from, to).matchAll(WORD)) {
    const raw = m[0];
    const possessive = /[’']s$/u.test(raw);
    const w = possessive ? raw.slice(0, -2) : /^(?:Mr|Ms|Mrs|Dr|Prof|H\.E|\p{Lu})\.$/u.test(raw) ? raw : raw.replace(/\.+$/u, "");
    const start = from + m.index;
    if (/^\p{Lu}/u.test(w) && w.length > 0) {
      if (!run || run.words.length >= 8) {
        if (run) runs.push(run);
        run = { start, end: start + w.length, words: [], possessive: false };
      }
      run.words.push({ start, end: start + w.length });
      run.end = start + w.length;
      // A word cut short ends the run: a possessive ("Haddad’s"), or full stops cut (a sentence ends there).
      if (w.length < raw.length) {
        run.possessive = possessive;
        runs.push(run);
        run = undefined;
      }
    } else if (run && JOINER.test(w)) continue;
    else if (run) {
      runs.push(run);
      run = undefined;
    }
  }
  if (run) runs.push(run);
  return runs;
}

/** Options of {@link findQuotes}. */
export interface QuoteContext {
  doc: Doc;
  people: readonly PersonFact[];
  /** The body's sentences with their paragraphs, in order. */
  sentences: readonly { sentence: Span; paragraph: Paragraph }[];
  /** The speaker of each sentence the reported-speech pass found (by the sentence's start). */
  speakerOf: ReadonlyMap<number, Speaker>;
  /** Resolves a description ("the Chair") to a speaker, or undefined. */
  describe: (phrase: string, at: number) => Speaker | undefined;
  /** Where a quotation nobody is found for goes when its sentence quotes a document ("The report says “…”"): see documents.ts. */
  documents?: DocumentSubjects;
}

/** A quotation found with its speaker. */
export interface AttributedQuote {
  speaker: Speaker;
  /** The quoted words (without marks, surrounding space or a trailing comma). */
  span: Span;
  sentence: Span;
  paragraph: number;
  /** How sure: 0.9 by the words around it, 0.7 by a pronoun, 0.6 by a neighbour. */
  confidence: number;
}

type Found = { speaker: Speaker; confidence: number };
type Named = { speaker: Speaker; pronoun: boolean };
/** A pronoun that cannot name the last speaker: the quotation has a speaker, just not one we can name. */
const REFUSED = "refused" as const;

/** Finds the direct quotations of the body and their speakers. */
export function findQuotes({ doc, people, sentences, speakerOf, describe, documents }: QuoteContext): AttributedQuote[] {
  const text = doc.text;
  const out: AttributedQuote[] = [];
  const paragraphs: { paragraph: Paragraph; sentences: Span[] }[] = [];
  for (const s of sentences) {
    const last = paragraphs[paragraphs.length - 1];
    if (last && last.paragraph === s.paragraph) last.sentences.push(s.sentence);
    else paragraphs.push({ paragraph: s.paragraph, sentences: [s.sentence] });
  }
  // The last speaker and where it was named, for pronouns and quotations that go on.
  let last: { speaker: Speaker; paragraph: number; at: number } | undefined;
  // Where a body last spoke: a person's words do not go on across it.
  let lastBodyAt = -1;
  // Where each person is named, to tell whether someone else was named after the last speaker (only ever searched with `some`: unordered).
  const mentions = people.flatMap((p) => p.spans.map((s) => ({ at: s.start, person: p })));
  /** A quotation left open at a paragraph's end: its speaker, or (not yet known) the quotation waiting for one. */
  let openFrom: { speaker: Speaker | undefined; pending?: Omit<AttributedQuote, "speaker" | "confidence"> } | undefined;

  /** A person named by a run of capitalised words, trying shorter tails ("Russian Ambassador Andrey Denisov" → "Andrey Denisov"). */
  const personIn = (run: Run): PersonFact | undefined => {
    for (let k = 0; k < run.words.length; k++) {
      const phrase = text.slice(run.words[k]!.start, run.end);
      const p = personByReference(people, phrase);
      if (p) return p;
    }
    return undefined;
  };
  /** A speaker named in `[from, to)`: a person's name, a description, or a pronoun (first one unless `lastOne`). */
  const speakerIn = (from: number, to: number, lastOne: boolean, paragraph: number): Named | typeof REFUSED | undefined => {
    if (to - from > 300 || to <= from) return undefined;
    const phrase = text.slice(from, to).trim();
    // Quotation marks around a number are part of a name ("the “1540” Committee"), not another quotation.
    if (/[“”"«»]/u.test(phrase.replace(/[“"]\p{N}+[”"]/gu, ""))) return undefined;
    const runs = capitalRuns(text, from, to);
    const ordered = lastOne ? [...runs].reverse() : runs;
    for (const run of ordered) {
      // "said Haddad’s colleague Lena Marsh": the possessor is not the speaker.
      if (run.possessive) continue;
      const p = personIn(run);
      if (p) return { speaker: { kind: "person", person: p }, pronoun: false };
    }
    // A pronoun: the last speaker, unless its honorific says otherwise or it was named too far back.
    // "She also noted", "he further stressed": an adverb may come between the pronoun and the verb.
    const pronoun = (lastOne ? /(?:^|[\s,])([Hh]e|[Ss]he)(?:\s+(?:also|further|then|later|again|too|additionally|subsequently))?\s*$/u : /^([Hh]e|[Ss]he)(?:\s|$)/u).exec(phrase);
    if (pronoun) return byPronoun(pronoun[1]!.toLowerCase() as "he" | "she", paragraph, from) ?? REFUSED;
    const clause = lastOne ? (phrase.split(/[,;:]\s+/u).pop() ?? phrase) : phrase;
    const d = describe(clause, from + phrase.lastIndexOf(clause));
    return d ? { speaker: d, pronoun: false } : undefined;
  };
  const byPronoun = (pronoun: "he" | "she", paragraph: number, at: number): { speaker: Speaker; pronoun: boolean } | undefined => {
    if (!last || paragraph - last.paragraph > 3) return undefined;
    // Someone else named since the last speaker: "he" could be either.
    const speaker = last.speaker;
    const since = last.at;
    if (mentions.some((m) => m.at > since && m.at < at && (speaker.kind !== "person" || m.person !== speaker.person))) return undefined;
    return genderDiffers(pronoun, speaker) ? undefined : { speaker, pronoun: true };
  };

  /** Attribution by the words after the closing mark, up to the next quotation or the sentence's end. */
  const tail = (q: QuoteMarks, end: number, paragraph: number): Found | typeof REFUSED | undefined => {
    if (!q.closed) return undefined;
    let from = q.close + 1;
    while (from < end && /[\s,;:—–-]/u.test(text[from]!)) from++;
    if (from >= end || !/\p{L}/u.test(text[from]!)) return undefined;
    const stop = Math.min(end, from + 260);
    // "“…” These were the opening remarks of Ana Ruiz, …": the words are hers.
    const remarks = REMARKS_OF.exec(text.slice(from, stop));
    // "… policies.” Ana Ruiz said …": a full stop inside the marks and a capital after them start another sentence.
    if (!remarks && /[.!?…]\s*$/u.test(text.slice(q.open + 1, q.close)) && /\p{Lu}/u.test(text[from]!) && !/^(?:[Hh]e|[Ss]he)\s/u.test(text.slice(from, from + 4))) return undefined;
    if (remarks) {
      const at = from + remarks[0].length;
      const rest = text.slice(at, stop);
      const cut = rest.search(/[;:!?“”"]|(?<!\b(?:Mr|Ms|Mrs|Dr|Prof|St|Amb|H\.\s?E|\p{Lu}))\.|\s+(?:at|in|during|on|to|before|after|when|while|as)\s+(?:the|a|an|his|her|its|their)\b/u);
      const named = speakerIn(at, at + (cut < 0 ? rest.length : cut), false, paragraph);
      return named && named !== REFUSED && !named.pronoun ? { speaker: named.speaker, confidence: 0.85 } : undefined;
    }
    const verb = firstVerb(text.slice(from, stop));
    if (!verb) return undefined;
    const verbAt = from + verb.index;
    const verbEnd = verbAt + verb.length;
    let found: Named | typeof REFUSED | undefined;
    if (verb.index === 0) {
      // "said Ana Ruiz, Chair of X" / "said the Chair": the speaker right after the verb.
      const rest = text.slice(verbEnd, stop);
      const cut = rest.search(/[;:!?“”"]|(?<!\b(?:Mr|Ms|Mrs|Dr|Prof|St|Amb|H\.\s?E|\p{Lu}))\.|,\s+(?:adding|noting|stressing|saying|who|which|and)\b|\s+(?:at|in|during|on|to|before|after|when|while|as)\s+(?:the|a|an|his|her|its|their)\b/u);
      found = speakerIn(verbEnd, verbEnd + (cut < 0 ? rest.length : cut), false, paragraph);
      // "said Chair of the X, Ambassador of Y to the United Nations, Ana Ruiz.": the posts first, the name last before the sentence's end.
      if (!found) {
        const end = rest.search(/[;:!?“”"]|(?<!\b(?:Mr|Ms|Mrs|Dr|Prof|St|Amb|H\.\s?E|\p{Lu}))\.(?:\s|$)/u);
        const runs = end > 0 ? capitalRuns(text, verbEnd, verbEnd + end) : [];
        const lastRun = runs[runs.length - 1];
        const person = lastRun && /^\s*$/u.test(text.slice(lastRun.end, verbEnd + end)) && /,\s*(?:(?:H\.\s?E\.|Mr\.|Ms\.|Mrs\.|Dr\.)\s+)*$/u.test(text.slice(verbEnd, lastRun.words[0]!.start)) ? personIn(lastRun) : undefined;
        if (person) found = { speaker: { kind: "person", person }, pronoun: false };
      }
    } else {
      // "Ana Ruiz, Chair of X, said" / "he added" / "the Chair said": the speaker before the verb.
      if (SENTENCE_STOP.test(text.slice(from, verbAt))) return undefined;
      found = speakerIn(from, verbAt, false, paragraph);
    }
    if (found === REFUSED) return REFUSED;
    return found ? { speaker: found.speaker, confidence: found.pronoun ? 0.7 : 0.9 } : undefined;
  };

  /** Attribution by the words before the opening mark in its sentence ("Ana Ruiz said: “…”", "According to Ms. Ruiz, “…”"). */
  const head = (q: QuoteMarks, start: number, paragraph: number): Found | typeof REFUSED | undefined => {
    start = Math.max(start, q.open - 600);
    const before = text.slice(start, q.open);
    const verb = lastVerb(before);
    const according = [...before.matchAll(ACCORDING)].pop();
    if (according && (!verb || according.index > verb.index)) {
      const from = start + according.index + according[0].length;
      const comma = text.indexOf(",", from);
      const f = speakerIn(from, comma > from && comma < q.open ? comma : q.open, false, paragraph);
      if (f === REFUSED) return REFUSED;
      return f ? { speaker: f.speaker, confidence: f.pronoun ? 0.7 : 0.85 } : undefined;
    }
    if (!verb) return undefined;
    const verbAt = start + verb.index;
    // The subject: the clause right before the verb ("…, Ambassador Arias replied:"), else the sentence's subject ("Ana Ruiz, Chair of X, said").
    const clauseStart = Math.max(start, text.lastIndexOf(",", verbAt - 1) + 1, text.lastIndexOf(";", verbAt - 1) + 1);
    let f = speakerIn(clauseStart, verbAt, true, paragraph);
    // "… — Ana Ruiz, of Chile, said": the name is the clause before the State's.
    if (!f && clauseStart > start && text.slice(clauseStart, verbAt).trim() === "") {
      const ofEnd = clauseStart - 1;
      const ofStart = Math.max(start, text.lastIndexOf(",", ofEnd - 1) + 1);
      if (ofStart > start && /^\s*(?:of|from)\s+(?:the\s+)?\p{Lu}[^,;—–]{0,60}$/u.test(text.slice(ofStart, ofEnd))) {
        const nameStart = Math.max(start, text.lastIndexOf(",", ofStart - 2) + 1, text.lastIndexOf("—", ofStart - 2) + 1, text.lastIndexOf("–", ofStart - 2) + 1);
        const g = speakerIn(nameStart, ofStart - 1, true, paragraph);
        if (g && g !== REFUSED && !g.pronoun) f = g;
      }
    }
    if (!f && clauseStart > start && verbAt - start <= 250) f = speakerIn(start, verbAt, false, paragraph);
    if (f === REFUSED) return REFUSED;
    return f ? { speaker: f.speaker, confidence: f.pronoun ? 0.7 : 0.85 } : undefined;
  };

  /** "He stressed the increasing “indispensable” role": a one-word quotation in the very clause of a reporting verb, a few words after it. */
  const oneWordAfterVerb = (open: number, sentenceStart: number): boolean => {
    const near = text.slice(Math.max(sentenceStart, open - 40), open);
    const verb = lastVerb(near);
    return verb !== undefined && !/[,;:.!?“”"]/u.test(near.slice(verb.index));
  };

  /** The named subject of a sentence's reporting verb ("While …, Ambassador Ruiz said …"), for later pronouns; no pronoun itself. */
  const subjectOf = (s: Span, paragraph: number): Speaker | undefined => {
    if (pairQuoteMarks(text, s.start, s.end).length > 0) return undefined;
    const f = head({ open: s.end, close: s.end, closed: true }, s.start, paragraph);
    if (!f || f === REFUSED) return undefined;
    // "…, he said, …": a pronoun that names the last speaker keeps that speaker current (the pronoun was checked against gender and other names).
    return f.confidence >= 0.85 || (last !== undefined && f.speaker === last.speaker) ? f.speaker : undefined;
  };

  /**
   * A quotation whose closing mark is missing ("“Ports are open,’ said Ana Ruiz, …" to the paragraph's end): closed before the comma
   * when a reporting verb and a person the text introduces follow it; otherwise left as it is.
   */
  const closeMissing = (q: QuoteMarks): QuoteMarks => {
    if (q.closed) return q;
    const inner = text.slice(q.open + 1, Math.min(q.close, q.open + 1 + 1500));
    const m = MISSING_CLOSE.exec(inner);
    if (!m) return q;
    const at = q.open + 1 + m.index + m[1]!.length;
    const runs = capitalRuns(text, at, Math.min(q.close, at + 80));
    const first = runs[0];
    if (!first || !/^\s*(?:(?:H\.\s?E\.|Mr\.|Ms\.|Mrs\.|Dr\.|Ambassador)\s+)*$/u.test(text.slice(at + m[0].length - m[1]!.length, first.start)) || !personIn(first)) return q;
    return { open: q.open, close: at - 1, closed: true };
  };

  for (let pi = 0; pi < paragraphs.length; pi++) {
    const { paragraph, sentences: ss } = paragraphs[pi]!;
    // A number in quotation marks ("the “1540” Committee") is part of a name, never a quotation.
    const marks = pairQuoteMarks(text, paragraph.start, paragraph.end).filter((q) => !(q.closed && /^\p{N}+$/u.test(text.slice(q.open + 1, q.close))));
    const sentenceOf = (at: number) => ss.find((s) => s.start <= at && at < s.end) ?? ss.find((s) => at < s.end) ?? ss[ss.length - 1]!;
    const continued = openFrom;
    openFrom = undefined;
    let previous: Found | undefined;
    let previousQuote: { close: number; sentence: Span } | undefined;
    let sentenceSeen = -1;
    for (const mark of marks) {
      const q = closeMissing(mark);
      const sentence = sentenceOf(q.open);
      // The sentences before this one update the last speaker.
      for (const s of ss) {
        if (s.start >= sentence.start || s.start <= sentenceSeen) continue;
        const sp = speakerOf.get(s.start) ?? subjectOf(s, paragraph.index);
        if (sp && !isBody(sp)) last = { speaker: sp, paragraph: paragraph.index, at: s.start };
        else if (sp) lastBodyAt = s.start;
        sentenceSeen = s.start;
      }
      const innerStart = q.open + 1;
      const inner = text.slice(innerStart, q.close);
      const lead = inner.length - inner.trimStart().length;
      const trimmed = inner.trimStart().replace(/[\s,]+$/u, "");
      if (trimmed.length === 0) continue;
      const words = trimmed.split(/\s+/u).length;
      const before = text.slice(Math.max(paragraph.start, q.open - 24), q.open);
      if (TITLE_CUE.test(before)) continue;
      // "adopted the ‘Harbour Charter’ on port checks", "a “One Port” framework": a name in marks, not words spoken.
      if (q.closed && TITLE_CASE.test(trimmed) && /^\p{Lu}/u.test(trimmed) && /^\s\p{Ll}/u.test(text.slice(q.close + 1, q.close + 3))) continue;
      // "the Committee adopted the “Harbour Plan of Action for Ports and Shipping”.": a plan adopted, not words spoken.
      if (q.closed && ADOPTED_THE.test(before) && LONG_TITLE_CASE.test(trimmed)) continue;
      const nextOpen = marks.find((m) => m.open > q.close)?.open ?? paragraph.end;
      const sentenceStart = Math.max(sentence.start, ...marks.filter((m) => m.close < q.open && m.close >= sentence.start).map((m) => m.close + 1));
      let attributed = tail(q, Math.min(sentence.end, nextOpen), paragraph.index);
      if (!attributed && (words >= 2 || oneWordAfterVerb(q.open, sentenceStart))) attributed = head(q, sentenceStart, paragraph.index);
      const refused = attributed === REFUSED;
      let found = attributed === REFUSED ? undefined : attributed;
      if (!found && !refused && words >= 2) {
        const sp = speakerOf.get(sentence.start);
        if (sp) found = { speaker: sp, confidence: 0.8 };
      }
      // "“…”" ending its paragraph, then "These were the opening remarks of Ana Ruiz, …" opening the next.
      if (!found && !refused && q.closed && !/[\p{L}\p{N}]/u.test(text.slice(q.close + 1, paragraph.end)) && pi + 1 < paragraphs.length) {
        const next = paragraphs[pi + 1]!.paragraph;
        const remarks = REMARKS_OF.exec(text.slice(next.start, Math.min(next.end, next.start + 80)));
        if (remarks) {
          const at = next.start + remarks[0].length;
          const cut = text.slice(at, Math.min(next.end, at + 200)).search(/[,;:]/u);
          const f = speakerIn(at, cut < 0 ? Math.min(next.end, at + 200) : at + cut, false, paragraph.index);
          if (f && f !== REFUSED && !f.pronoun) found = { speaker: f.speaker, confidence: 0.85 };
        }
      }
      // "X called the plan “…,” one that “…”": a later quotation of the same sentence, with no verb and no capitalised word since the one before, is the same speaker's.
      if (!found && !refused && previous && previousQuote && previousQuote.sentence.start === sentence.start) {
        const between = text.slice(previousQuote.close + 1, q.open);
        if (between.length <= 80 && !/\p{Lu}/u.test(between) && !firstVerb(between) && !/[.;!?]\s/u.test(between)) found = { speaker: previous.speaker, confidence: 0.7 };
      }
      // "CTED noted that “…” Mr. Ruiz also emphasized …": words given to an organization (no person, document or body), then a person
      // who "also" spoke, named right after the closing mark: the organization spoke through that person.
      if (!found && !refused && words >= 2 && q.closed) {
        const verb = lastVerb(text.slice(sentenceStart, q.open));
        const subject = verb ? text.slice(sentenceStart, sentenceStart + verb.index).trim() : "";
        const also = verb && ORG_SUBJECT.test(subject) && !OTHER_SOURCE.test(subject) && !personByReference(people, subject) ? ALSO_NEXT.exec(text.slice(q.close + 1, q.close + 160)) : null;
        const person = also ? personByReference(people, also[1]!) : undefined;
        if (person) found = { speaker: { kind: "person", person }, confidence: 0.6 };
      }
      // "It had taken a “horrific” act …, the Council was told today." then a paragraph whose first sentence names who spoke
      // ("Briefing the Council, Ana Ruiz said …"): the lede reports that person's words.
      const told = !found && !refused && q.closed && pi + 1 < paragraphs.length ? WAS_TOLD.exec(text.slice(q.close + 1, sentence.end)) : null;
      if (told && !firstVerb(text.slice(q.close + 1, q.close + 1 + told.index))) {
        const first = paragraphs[pi + 1]!.sentences[0];
        const sp = first ? speakerOf.get(first.start) : undefined;
        if (sp?.kind === "person") found = { speaker: sp, confidence: 0.6 };
      }
      // "“The Security Council encourages …”": words in which a body names itself as the subject (how its statements and resolutions are written) are the body's.
      if (!found && !refused && words >= 4) {
        const self = SELF_NAMED.exec(trimmed);
        const d = self ? describe(self[1]!, innerStart + lead) : undefined;
        if (d && isBody(d)) found = { speaker: d, confidence: 0.8 };
      }
      // Neighbours: only for a quotation that stands alone (nothing but quotations in its sentence).
      const alone = sentenceIsQuotesOnly(text, sentence, marks);
      if (!found && !refused && alone && words >= 3) {
        if (previous) found = { speaker: previous.speaker, confidence: 0.6 };
        else if (q.open <= paragraph.start + 1 && continued?.speaker) found = { speaker: continued.speaker, confidence: 0.6 };
        else if (q.open <= paragraph.start + 1 && pi > 0) {
          const prev = paragraphs[pi - 1]!;
          const prevText = text.slice(prev.paragraph.start, prev.paragraph.end);
          const lastSentence = prev.sentences[prev.sentences.length - 1];
          if (/:$/u.test(prevText)) {
            // The person named nearest the colon ("Mr. Haddad spoke. Then Ms. Marsh said the following:" introduces her words).
            const f = speakerIn(Math.max(prev.paragraph.start, prev.paragraph.end - 300), prev.paragraph.end, true, paragraph.index);
            if (f && f !== REFUSED && !f.pronoun) found = { speaker: f.speaker, confidence: 0.8 };
          } else if (lastSentence && last && last.paragraph === prev.paragraph.index && speakerOf.get(lastSentence.start) === last.speaker) {
            found = { speaker: last.speaker, confidence: 0.6 };
          }
        }
      }
      // Words that go on from the last person's (in this paragraph or the one before), in a sentence with no reporting verb, and
      // nobody else named or speaking since: "…, he said. For that to happen, “…”" or a paragraph of quotation after hers.
      if (!found && !refused && (words >= 3 || (words === 2 && q.open <= paragraph.start + 1)) && last && last.speaker.kind === "person" && paragraph.index - last.paragraph <= 1 && lastBodyAt < last.at) {
        const since = last.at;
        const person = last.speaker.person;
        const outside = outsideMarks(text, sentence, marks);
        if (!firstVerb(outside) && !/(?:^|\s)(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\s/u.test(outside) && !OTHER_SOURCE.test(outside) && !mentions.some((m) => m.at > since && m.at < q.open && m.person !== person)) {
          found = { speaker: last.speaker, confidence: 0.6 };
        }
      }
      const span = { start: innerStart + lead, end: innerStart + lead + trimmed.length };
      if (found) {
        const quote: AttributedQuote = { speaker: found.speaker, span, sentence, paragraph: paragraph.index, confidence: found.confidence };
        out.push(quote);
        previous = found;
        previousQuote = { close: q.close, sentence };
        if (!isBody(found.speaker)) last = { speaker: found.speaker, paragraph: paragraph.index, at: span.end };
        else lastBodyAt = span.end;
        // "“… (paragraph ends)" then "“…,” she said.": the quotation opened before is hers too.
        if (continued?.pending && q.open <= paragraph.start + 1) out.push({ ...continued.pending, speaker: found.speaker, confidence: 0.6 });
      } else if (!refused && words >= 2) documents?.quote({ span, sentence, paragraph: paragraph.index }, q.open, q.close);
      if (!q.closed) openFrom = found ? { speaker: found.speaker } : { speaker: undefined, pending: { span, sentence, paragraph: paragraph.index } };
    }
    for (const s of ss) {
      if (s.start <= sentenceSeen) continue;
      const sp = speakerOf.get(s.start) ?? subjectOf(s, paragraph.index);
      if (sp && !isBody(sp)) last = { speaker: sp, paragraph: paragraph.index, at: s.start };
      else if (sp) lastBodyAt = s.start;
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** The words of a sentence outside its quotations. */
function outsideMarks(text: string, sentence: Span, marks: readonly QuoteMarks[]): string {
  let at = sentence.start;
  let out = "";
  for (const m of marks) {
    if (m.close < sentence.start || m.open >= sentence.end) continue;
    out += `${text.slice(at, Math.max(at, m.open))} `;
    at = Math.max(at, m.close + 1);
  }
  return out + text.slice(at, Math.max(at, sentence.end));
}

/** Whether a sentence holds nothing but quotations (and punctuation). */
function sentenceIsQuotesOnly(text: string, sentence: Span, marks: readonly QuoteMarks[]): boolean {
  let at = sentence.start;
  for (const m of marks) {
    if (m.close < sentence.start || m.open >= sentence.end) continue;
    if (/[\p{L}\p{N}]/u.test(text.slice(at, m.open))) return false;
    at = Math.max(at, m.close + 1);
  }
  return !/[\p{L}\p{N}]/u.test(text.slice(at, sentence.end));
}
