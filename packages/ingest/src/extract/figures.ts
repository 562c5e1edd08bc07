// Numbers cited: "in 2018, Facebook removed about 25 million pieces of terrorist content",
// "133 country visits covering 93 States", "over 100 member think tanks", "US$500,000",
// "one third of all people". Years, dates, resolution numbers, ordinals and times are not figures.
import type { Doc, Span } from "./text";

/** A number found in the text. */
export interface FigureFact {
  /** The number (a share for fractions: one third → 0.333…). */
  value: number;
  /** Unit ("people", "country visits", "USD", "percent", "share"). */
  unit: string;
  /** What is counted: the clause that states it. */
  measure: string;
  /** The number as written, with its approximation and unit ("about 25 million pieces of terrorist content"). */
  asStated: string;
  /** Given as approximate ("about", "over", "some", "nearly", "more than"). */
  approximate: boolean;
  /** A calendar year the number covers ("in 2018"). */
  year?: number;
  /** `true` when the clause says the number holds now ("there are", "has", "to date"). */
  current: boolean;
  /** The clause stating the number. */
  span: Span;
  /** The sentence. */
  sentence: Span;
}

const APPROX = String.raw`(?:about|around|approximately|roughly|some|nearly|almost|over|more than|fewer than|less than|at least|up to|close to|upwards of|in excess of|just over|just under|an estimated|well over)`;
const WORD_NUMBERS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, "a hundred": 100, "one hundred": 100, "a thousand": 1000, "one thousand": 1000,
};
const FRACTIONS: Readonly<Record<string, number>> = {
  "one third": 1 / 3, "a third": 1 / 3, "two thirds": 2 / 3, "one quarter": 0.25, "a quarter": 0.25, "three quarters": 0.75, "one half": 0.5, half: 0.5, "one fifth": 0.2, "a fifth": 0.2, "one tenth": 0.1, "a tenth": 0.1,
};
const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const CURRENCY = String.raw`(?:US\$|USD\s?|\$|€|EUR\s?|£)`;
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const WORDS = Object.keys(WORD_NUMBERS).join("|");
const FRACS = Object.keys(FRACTIONS)
  .sort((a, b) => b.length - a.length)
  .map((f) => f.replace(" ", "[ -]"))
  .join("|");
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\d/.,-])(?:(${APPROX})\s+)?(?:(${CURRENCY})\s?(${DIGITS})|(${DIGITS})|\b(${FRACS})\b|\b(${WORDS})\b)(?:\s+(thousand|million|billion|trillion)\b)?(?:\s?(%|(?:per cent|percent)\b))?(?![\p{L}\d]|[/.,]\d)`,
  "giu",
);
/** Units that measure time or distance, or name the bodies that met, not things counted at a meeting. */
const NOT_COUNTED = /^(?:(?:years?|months?|weeks?|days?|decades?|hours?|minutes?|centur(?:y|ies)|miles?|kilometres?|kilometers?|km)|(?:(?:anti|counter)-terrorism(?:-related)?\s)?(?:committees|bodies))(?:\s|$)|^(?:anti|counter)-terrorism(?:-related)?$/u;

/** Words that end the unit of a number. */
const STOP = new Set(
  "of that to in for from with by and or since who which were was are is be been have has had on at as per each across covering including under over than into through between among during after before this these those their its his her our we they it while when where whose not also still already currently now globally worldwide today alone respectively annually every per a an the".split(" "),
);
const UNIT_WORD = /^(?:[\p{Ll}][\p{Ll}-]*|States|Member|UN|United|Nations|ICT)$/u;
const PRECEDING_EXCLUDE = /(?:resolutions?|Resolution|S\/|A\/|Recommendation|Article|paragraph|para\.|No\.|Nos\.|Session|Room|Conference Room|page|pp?\.|Chapter|Goal|SDG|Rule|Committee|Protocol|Act|Law|Decree|Regulation|version|edition|Resolution|Part|Annex|Section|Level|Floor|Phase|Cohort|Round|Tier)\s*$/u;
const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/u;
const MONTH_BEFORE = /(?:January|February|March|April|May|June|July|August|September|October|November|December)\s*$/u;

/** Parses "25", "1,250.5", "six", "one third" with a scale ("million"). */
function parseValue(digits: string | undefined, fraction: string | undefined, word: string | undefined, scale: string | undefined): number | undefined {
  let v: number | undefined;
  if (digits) v = Number(digits.replace(/,/gu, ""));
  else if (fraction) v = FRACTIONS[fraction.toLowerCase().replace("-", " ")];
  else if (word) v = WORD_NUMBERS[word.toLowerCase()];
  if (v === undefined || !Number.isFinite(v)) return undefined;
  return scale ? v * SCALES[scale.toLowerCase()]! : v;
}

/** Finds the figures of one sentence. */
export function findFiguresInSentence(doc: Doc, sentence: Span): FigureFact[] {
  const text = doc.text.slice(sentence.start, sentence.end);
  const out: FigureFact[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const [all, approx, currency, cDigits, digits, fraction, word, scale, percent] = m;
    const numberStart = m.index + (approx ? all.indexOf(approx) + approx.length + 1 : 0);
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (PRECEDING_EXCLUDE.test(before) || MONTH_BEFORE.test(before)) continue;
    const after = text.slice(m.index + all.length, m.index + all.length + 200);
    // (An ordinal, "12th", never gets here: NUMBER refuses a letter right after the number.)
    if (MONTHS.test(after.trimStart()) || /^\s*\(\d{4}\)/u.test(after) || /^\s*(?:a\.m\.|p\.m\.|hours?\b|GMT|UTC)/u.test(after)) continue;
    const num = digits ?? cDigits;
    if (num && !currency && !scale && !percent && /^(?:19|20)\d\d$/u.test(num)) continue; // a year
    if (fraction && !/^\s+of\b/u.test(after)) continue;
    const value = parseValue(num, fraction, word, scale);
    if (value === undefined) continue;
    // The unit: the words after the number, up to a stop word or punctuation.
    const unitWords: string[] = [];
    const wordRe = /\s+([\p{L}][\p{L}-]*)/uy;
    let pos = 0;
    const tail = fraction ? after.replace(/^\s+of(?:\s+(?:all|the))?/u, "") : after;
    const tailOffset = after.length - tail.length;
    for (;;) {
      wordRe.lastIndex = pos;
      const w = wordRe.exec(tail);
      if (!w || STOP.has(w[1]!) || !UNIT_WORD.test(w[1]!) || unitWords.length >= 4) break;
      // After the noun, a past tense is the verb of the clause: "2,500 people attended".
      if (unitWords.length > 0 && /[^e]ed$|ied$|(?:work|attend|participate|remain|live|took|came|joined)s?$/u.test(w[1]!)) break;
      unitWords.push(w[1]!);
      pos = wordRe.lastIndex;
    }
    let unit: string;
    if (currency) unit = /€|EUR/u.test(currency) ? "EUR" : /£/u.test(currency) ? "GBP" : "USD";
    else if (percent) unit = "percent";
    else if (fraction) unit = "share";
    else if (unitWords.length > 0) unit = unitWords.join(" ");
    else continue;
    // A duration, an age or a distance ("20 years of work", "six months later", "five miles from"),
    // the committees that met ("the three committees"), or a word of another script (a date in a
    // repost's own language) is no figure the meeting reported.
    if (!currency && !percent && !fraction && NOT_COUNTED.test(unitWords.join(" "))) continue;
    if (unitWords.some((w) => /[^\p{Script=Latin}-]/u.test(w))) continue;
    if (!currency && !percent && !fraction && unitWords.length === 1 && unitWords[0]!.length < 3) continue;
    // "pieces of terrorist content": a complement after "of" belongs to what is counted.
    let measureEnd = m.index + all.length + tailOffset + pos;
    const complement = /^\s+of\s+((?:[\p{Ll}][\p{Ll}-]*\s+){0,3}[\p{Ll}][\p{Ll}-]*)/u.exec(text.slice(measureEnd, measureEnd + 200));
    if (complement && !currency && !fraction) measureEnd += complement[0].length;
    // Stryker disable next-line MethodExpression: the match starts at a letter, digit or currency sign and measureEnd follows a letter, digit, "%" or "of": no space to trim
    const asStated = text.slice(m.index, measureEnd).trim();
    // The clause: from the last "that"/opening quote/colon before the number to the next comma or stop.
    const headFrom = Math.max(0, numberStart - 300);
    const head = text.slice(headFrom, numberStart);
    const cut = headFrom + Math.max(head.lastIndexOf("“") + 1, head.lastIndexOf('"') + 1, ...[/\bthat\s+/gu, /[:;]\s+/gu, /,\s+(?:and|but|while|which|whereas)\s+/gu].map((re) => lastEnd(head, re)));
    const clauseStart = cut;
    const restAfter = text.slice(measureEnd, measureEnd + 300);
    const stop = restAfter.search(/[,;:”"]|\.(?:\s|$)|\s+(?:and|but|while)\s+(?=\p{Ll}+\s)/u);
    const clauseEnd = measureEnd + (stop < 0 ? restAfter.length : stop);
    const clause = text.slice(clauseStart, clauseEnd).trim();
    const clauseOffset = clauseStart + (text.slice(clauseStart, clauseEnd).length - text.slice(clauseStart, clauseEnd).trimStart().length);
    const yearMatch = /\b(?:[Ii]n|[Dd]uring|[Tt]hroughout)\s+((?:19|20)\d\d)\b/u.exec(clause);
    const current = /\b(?:[Tt]here (?:are|is)|has|have|currently|now|to date|so far|today)\b/u.test(clause) && !yearMatch;
    out.push({
      value,
      unit,
      measure: clause,
      asStated,
      approximate: approx !== undefined,
      ...(yearMatch ? { year: Number(yearMatch[1]) } : {}),
      current,
      span: { start: sentence.start + clauseOffset, end: sentence.start + clauseOffset + clause.length },
      sentence,
    });
  }
  return out;
}

function lastEnd(text: string, re: RegExp): number {
  let end = 0;
  for (const m of text.matchAll(re)) end = m.index + m[0].length;
  return end;
}

/** Finds the figures of every sentence given. */
export function findFigures(doc: Doc, sentences: readonly Span[]): FigureFact[] {
  return sentences.flatMap((s) => findFiguresInSentence(doc, s));
}
