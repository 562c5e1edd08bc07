// Helpers shared by the extract step tests (src/extract/*.test.ts): where a part of a text is, its sentences, its people.
import { dataset } from "@briefings/core";
import { findAcronyms } from "../src/extract/acronyms";
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
