// Helpers shared by the extract step tests (src/extract/*.test.ts): where a part of a text is, its sentences, its people.
import { dataset } from "@briefings/core";
import { findAcronyms } from "../src/extract/acronyms";
import { addressDate, dateMentions, findDates } from "../src/extract/dates";
import { OrgResolver } from "../src/extract/organizations";
import { findPeople, type PersonFact } from "../src/extract/people";
import { readDoc, splitSentences } from "../src/extract/text";

/** The span of the first `part` in `text` at or after `from`; throws when it is not there (a test's typo, not a span). */
export function spanOf(text: string, part: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`"${part}" is not in the text`);
  return { start, end: start + part.length };
}

/** The sentences of a whole text. */
export function sentencesOf(text: string) {
  return splitSentences(text, 0, text.length);
}

/** The people of a text, read sentence by sentence against the dataset's organizations (the text's acronyms defined as it defines them). */
export function peopleOf(text: string): PersonFact[] {
  const doc = readDoc(text);
  return findPeople(doc, new OrgResolver(dataset.organizations, findAcronyms(doc)), sentencesOf(text));
}

/** Every date the text writes (dates.ts), as [written, start, end, yearStated, flags, paragraph]. */
export const dateMentionRows = (text: string, url?: string) =>
  dateMentions(readDoc(text), addressDate(url)).map((m) => {
    const flags = `${m.yearGuessed === undefined ? "" : `guessed=${m.yearGuessed}`}${m.yearFromAddress === undefined ? "" : `address=${m.yearFromAddress}`}`;
    return [text.slice(m.span.start, m.span.end), m.start, m.end, m.yearStated, flags, m.paragraph];
  });

/** The meeting's dates as findDates gives them, with the span's text in `written`. */
export const foundDates = (text: string, url?: string) => {
  const f = findDates(readDoc(text), url === undefined ? {} : { url });
  return f && { ...f, written: text.slice(f.span.start, f.span.end) };
};

/** The note of a meeting dated by its date of publication because the text says "today". */
export const TODAY_NOTE = "The text reports the meeting as held “today”: the date of publication is taken as the meeting date.";

/** A dates fact whose span is its date line's too. */
export const onDateLine = (start: string, written: string, at: number, confidence: number, note: string) => ({
  start,
  end: start,
  span: { start: at, end: at + written.length },
  confidence,
  note,
  dateline: { date: start, span: { start: at, end: at + written.length } },
  written,
});
