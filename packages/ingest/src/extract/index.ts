// Extraction: every fact a press release states about a meeting, read from the REPAIRED text.
// Spans are UTF-16 offsets into that text; the draft maps them back to the original.
import type { Organization } from "@briefings/core";
import { findAcronyms } from "./acronyms";
import { findDates, type DatesFact } from "./dates";
import { findFigures, type FigureFact } from "./figures";
import { findDocuments, findMedia, findObjectives, findOrganizers, findSessions, findVenue, type DocumentFact, type Found, type MediaFact, type OrganizerFact, type SessionFact, type VenueFact } from "./meeting";
import type { MeetingType } from "@briefings/core";
import { findRepresented, OrgResolver, type OrgMatch, type Represented } from "./organizations";
import { findPeople, type PersonFact } from "./people";
import { findSpeech, type Speaker, type SpeechFacts } from "./speech";
import { bodySentences, readDoc, type Doc } from "./text";
import { findTitle, type TitleFact } from "./title";
import { findType } from "./type";
import { findTopics, type TopicFact } from "./topics";

/** Everything extracted from one text. */
export interface Extraction {
  /** The text's structure. */
  doc: Doc;
  /** Title and headline. */
  title?: TitleFact;
  /** Meeting dates. */
  dates?: DatesFact;
  /** Meeting type. */
  type?: Found<MeetingType>;
  /** Who convened, hosted or supported it. */
  organizers: OrganizerFact[];
  /** Where. */
  venue?: VenueFact;
  /** Programme. */
  sessions: SessionFact[];
  /** Purposes. */
  objectives: Found<string>[];
  /** Organizations represented. */
  represented: Represented[];
  /** Every organization named (matched or new). */
  organizations: OrgMatch[];
  /** People introduced with their posts. */
  people: PersonFact[];
  /** Statements, quotes and unnamed speakers. */
  speech: SpeechFacts;
  /** Figures, each with the speaker of its sentence when known. */
  figures: (FigureFact & { speaker?: Speaker })[];
  /** Topics inferred from keywords. */
  topics: TopicFact[];
  /** Links to photos, webcasts, documents. */
  media: MediaFact[];
  /** Resolutions and documents cited. */
  documents: DocumentFact[];
}

/** Options of {@link extract}. */
export interface ExtractOptions {
  /** Organizations already in the dataset, to link to. */
  organizations?: readonly Organization[];
  /** The source's address: a date its path writes serves as the date of publication when the text states none. */
  url?: string;
}

/** Reads every fact from a repaired press release. Pure. */
export function extract(text: string, options: ExtractOptions = {}): Extraction {
  const doc = readDoc(text);
  const resolver = new OrgResolver(options.organizations ?? [], findAcronyms(doc));
  const sentences = bodySentences(doc);
  const spans = sentences.map((s) => s.sentence);
  const title = findTitle(doc);
  const dates = findDates(doc, options.url ? { url: options.url } : {});
  const type = findType(doc);
  const organizers = findOrganizers(doc, resolver);
  const represented = findRepresented(doc, resolver, spans);
  // The headline and the lines above the body are read for speakers too ("Briefing by Ana Ruiz, Chair of ...").
  const bodyStart = sentences[0]?.sentence.start ?? doc.text.length;
  const lead = doc.paragraphs.filter((p) => p.end <= bodyStart).flatMap((p) => p.sentences);
  const people = findPeople(doc, resolver, spans, lead);
  const speech = findSpeech(doc, people, resolver, sentences);
  const year = dates ? Number(dates.start.slice(0, 4)) : undefined;
  const venue = findVenue(doc, year);
  const sessions = findSessions(doc, spans);
  const objectives = findObjectives(doc, spans);
  const figures = sentences.flatMap(({ sentence }) => {
    const speaker = speech.speakerOf.get(sentence.start);
    return findFigures(doc, [sentence]).map((f) => (speaker ? { ...f, speaker } : f));
  });
  return {
    doc,
    ...(title ? { title } : {}),
    ...(dates ? { dates } : {}),
    ...(type ? { type } : {}),
    organizers,
    ...(venue ? { venue } : {}),
    sessions,
    objectives,
    represented,
    organizations: resolver.matches,
    people,
    speech,
    figures,
    topics: findTopics(doc),
    media: findMedia(doc, spans),
    documents: findDocuments(doc, spans),
  };
}

export type { DatesFact, DocumentFact, FigureFact, Found, MediaFact, OrganizerFact, OrgMatch, PersonFact, Represented, SessionFact, Speaker, SpeechFacts, TitleFact, TopicFact, VenueFact };
