// Words a page quotes from a document (a report, a communiqué, a concept note, a resolution) rather than from anyone
// who took part: "The Secretary-General’s report says “…”", "According to the communiqué, participants agreed to “…”",
// "“…,” the report notes". Such a quotation is the document's, never a speaker's; the document keeps the page's
// words for its name. A bare "the report" (or "It", the subject right after a document was) names the document the
// page named in full before it, when there is one.
import type { Paragraph, Span } from "./text";

/** A document the page quotes, named in its words. */
export interface DocumentRef {
  /** The document as the page names it ("The Secretary-General’s report (S/2025/72)"). */
  title: string;
  /** Where that name is written. */
  span: Span;
}

/** A quotation of a document. */
export interface DocumentQuote {
  /** The document quoted. */
  document: DocumentRef;
  /** The quoted words (without marks, surrounding space or a trailing comma). */
  span: Span;
  /** The sentence holding them. */
  sentence: Span;
  /** The paragraph's index. */
  paragraph: number;
  /** How sure: the page names the document in the quotation's own sentence. */
  confidence: number;
}

/** The nouns that name a document (the head of its phrase). */
const HEAD = String.raw`(?:reports?|communiqu[ée]s?|concept notes?|notes? verbales?|declarations?|(?:presidential|press|joint) statements?|letters?|resolutions?)`;
/** A document's phrase: an article or "this", up to six modifiers ("UN Secretary-General’s latest"), the head, its subject ("on port security") when a symbol in brackets follows, the symbol, and "of/by" its author. */
const PHRASE = String.raw`(?:(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+)?(?:(?!(?:said|says|and|or|that|which|who|of|to|in|on|at|with|by|for|from|as)\s)[\p{L}\p{N}][\p{L}\p{M}\p{N}’'./-]*\s+){0,6}?${HEAD}(?:\s+on\s+(?:[\p{L}\p{N}’'-]+\s+){0,5}?[\p{L}\p{N}’'-]+(?=\s*\())?(?:\s*\([A-Z][A-Za-z0-9/.\s]{1,30}\))?(?:\s+(?:of|by)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}’'-]*(?:\s+\p{Lu}[\p{L}\p{M}’'-]*){0,4})?|[Rr]esolution\s+\p{N}{3,4}(?:\s*\(\p{N}{4}\))?`;
/** What a document does when a page quotes it. */
const VERBS = String.raw`(?:says|said|states|stated|notes|noted|indicates|indicated|describes|described|finds|found|warns|warned|concludes|concluded|observes|observed|reports|reported|highlights|highlighted|stresses|stressed|underlines|underlined|emphasi[sz]es|emphasi[sz]ed|recommends|recommended|calls|called|urges|urged|adds|added|recogni[sz]es|recogni[sz]ed|reads|declares|declared|affirms|affirmed|reaffirms|reaffirmed|expresses|expressed|welcomes|welcomed|encourages|encouraged|requests|requested|decides|decided|acknowledges|acknowledged|points out|pointed out|explains|explained|refers|referred|mentions|mentioned|estimates|estimated|suggests|suggested|requires|required)`;
/** A sentence's subject that is a document, then (after any apposition or relative clause) its verb. */
const SUBJECT = new RegExp(String.raw`^(${PHRASE})(?:\s+(?:also|further|then|again|itself))?(?:\s*,[^,“”"]{0,160},|\s+(?:issued|circulated|adopted|released|published|presented|prepared)\s[^,;“”"]{0,120}?)?(?:\s+(?:also|further|then|again))?\s+(${VERBS})(?![\p{L}\p{M}])`, "u");
/** "It also says": the document that was the subject just before. */
const IT = new RegExp(String.raw`^It(?:\s+(?:also|further|then|again))?\s+(${VERBS})(?![\p{L}\p{M}])`, "u");
/** "According to the communiqué," before the quotation. */
const ACCORDING = new RegExp(String.raw`(?<![\p{L}\p{M}])[Aa]ccording to\s+(${PHRASE})\s*,`, "gu");
/** "“…,” the report notes" / "“…”, reads the communiqué": the document right after the closing mark. */
const AFTER = new RegExp(String.raw`^[\s,]*(?:(${PHRASE})\s+(?:also\s+)?${VERBS}|(?:says|said|states|stated|notes|noted|reads)\s+(${PHRASE}))(?![\p{L}\p{M}])`, "u");
/** A phrase that is only an article (or none) and the head: "the report", "the communiqué". */
const BARE = new RegExp(String.raw`^(?:(?:[Tt]he|[Tt]his|[Tt]hat)\s+)?${HEAD}$`, "u");
/** Words that open a sentence before its subject ("In addition, the report …"). */
const LEAD = /^(?:In addition|Furthermore|Moreover|Also|Meanwhile|Similarly|Likewise|Finally|Lastly|However|Notably|Separately|At the same time)\s*,\s*/u;

const HEAD_AT = new RegExp(`(?<![\\p{L}\\p{M}])${HEAD}(?![\\p{L}\\p{M}])`, "iu");
/** The head noun of a document's phrase, as a key ("report", "concept note"). */
const headOf = (phrase: string): string => {
  const m = HEAD_AT.exec(phrase);
  // Stryker disable next-line OptionalChaining: every phrase given holds a head (BARE's, or PHRASE's, whose "Resolution 1234" HEAD_AT matches case-insensitively), so `m` is never null here
  return (m?.[0] ?? phrase).toLowerCase().replace(/s$/u, "").replace("communique", "communiqué");
};

/** Finds the documents a body's sentences quote from: what to ask for each quotation no speaker was found for. */
export class DocumentSubjects {
  /** The document each sentence's subject names (by the sentence's start), with where its verb ends. */
  private readonly subjects = new Map<number, { document: DocumentRef; verbEnd: number }>();
  /** Documents named in full (more than an article and the head), in reading order, and by where they are named. */
  private readonly full: DocumentRef[] = [];
  private readonly fullAt = new Map<number, DocumentRef>();
  /** The quotations found to be a document's, in the order asked. */
  readonly quotes: DocumentQuote[] = [];

  constructor(
    private readonly text: string,
    sentences: readonly { sentence: Span; paragraph: Paragraph }[],
  ) {
    let previous: { paragraph: number; document: DocumentRef } | undefined;
    for (const { sentence, paragraph } of sentences) {
      const raw = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 600));
      const lead = LEAD.exec(raw)?.[0].length ?? 0;
      const body = raw.slice(lead);
      let found: { document: DocumentRef; verbEnd: number } | undefined;
      // "According to the concept note, …": a document named in full there names later bare ones too.
      for (const m of raw.matchAll(ACCORDING)) this.named(m[1]!, sentence.start + m.index + m[0].indexOf(m[1]!));
      const subject = SUBJECT.exec(body);
      if (subject) {
        const start = sentence.start + lead;
        found = { document: this.named(subject[1]!, start), verbEnd: start + subject[0].length };
      } else if (previous && previous.paragraph === paragraph.index) {
        const it = IT.exec(body);
        if (it) found = { document: previous.document, verbEnd: sentence.start + lead + it[0].length };
      }
      // Stryker disable next-line ConditionalExpression: storing `undefined` for a sentence is the same as storing nothing (`documentOf` reads it with `get`, each sentence's start once)
      if (found) this.subjects.set(sentence.start, found);
      previous = found ? { paragraph: paragraph.index, document: found.document } : undefined;
    }
  }

  /** The document a phrase at `at` names: a bare one ("the report") is the last one of the same head named in full before it. */
  private named(phrase: string, at: number): DocumentRef {
    if (BARE.test(phrase)) {
      const key = headOf(phrase);
      for (let i = this.full.length - 1; i >= 0; i--) {
        const d = this.full[i]!;
        if (d.span.start < at && headOf(d.title) === key) return d;
      }
      return { title: phrase, span: { start: at, end: at + phrase.length } };
    }
    const known = this.fullAt.get(at);
    if (known) return known;
    const ref = { title: phrase, span: { start: at, end: at + phrase.length } };
    this.full.push(ref);
    this.fullAt.set(at, ref);
    return ref;
  }

  /**
   * The document a quotation (marks at `open`..`close`, in `sentence`) is taken from, if its sentence says so: the
   * sentence's subject is a document and the quotation follows its verb; "According to <document>," comes before it;
   * or a document and its verb come right after its closing mark.
   */
  documentOf(sentence: Span, open: number, close: number): DocumentRef | undefined {
    const subject = this.subjects.get(sentence.start);
    if (subject && subject.verbEnd <= open) return subject.document;
    const before = this.text.slice(sentence.start, open);
    let according: RegExpExecArray | undefined;
    for (const m of before.matchAll(ACCORDING)) according = m;
    if (according) return this.named(according[1]!, sentence.start + according.index + according[0].indexOf(according[1]!));
    const after = AFTER.exec(this.text.slice(close + 1, Math.min(sentence.end, close + 200)));
    if (after) {
      const phrase = after[1] ?? after[2]!;
      // AFTER is anchored (`^`, not global): its match starts where the slice does.
      return this.named(phrase, close + 1 + after[0].indexOf(phrase));
    }
    return undefined;
  }

  /** Keeps a quotation no speaker was found for as the document's, when its sentence names one (see `documentOf`); whether it did. */
  quote(words: Omit<DocumentQuote, "document" | "confidence">, open: number, close: number): boolean {
    const document = this.documentOf(words.sentence, open, close);
    if (document) this.quotes.push({ document, ...words, confidence: 0.8 });
    return document !== undefined;
  }
}
