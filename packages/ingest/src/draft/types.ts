// The draft's shapes: the records of one press release, its problems and its facts.
import type { Dataset, DatasetInput, SpanEvidence } from "@briefings/core";
import type { Extraction } from "../extract";
import type { FactRecorder } from "./evidence";

export type Source = DatasetInput["sources"][number];
export type Correction = DatasetInput["corrections"][number];
export type Meeting = DatasetInput["meetings"][number];
export type Organization = DatasetInput["organizations"][number];
export type Person = DatasetInput["people"][number];
export type Role = DatasetInput["roles"][number];
export type Participation = DatasetInput["participations"][number];
export type Statement = DatasetInput["statements"][number];
export type Quote = DatasetInput["quotes"][number];
export type Figure = DatasetInput["figures"][number];

/** A link from the draft to a record: an existing one in the dataset, or a new one in the draft. */
export interface DraftLink {
  /** Id of the record. */
  id: string;
  /** `true` when the record is already in the dataset (the draft links to it instead of adding it). */
  existing: boolean;
  /** Name, for people and organizations. */
  name?: string;
}

/** The draft record of one press release: a meeting with everything it relates to, ready for curation. */
export interface DraftRecord {
  /** The press release, archived byte-exact. */
  source: Source;
  /** The repairs and flagged defects of its text. */
  corrections: Correction[];
  /** The meeting (possibly incomplete: see `valid` and `problems` of the result). */
  meeting: Partial<Meeting> & { id: string };
  /** Organizations not yet in the dataset. */
  organizations: Organization[];
  /** People not yet in the dataset. */
  people: Person[];
  /** Posts not yet in the dataset. */
  roles: Role[];
  /** Who took part. */
  participations: Participation[];
  /** Reported speech. */
  statements: Statement[];
  /** Direct quotations. */
  quotes: Quote[];
  /** Numbers cited. */
  figures: Figure[];
  /** Which records are linked, existing or new. */
  links: { meeting: DraftLink; people: DraftLink[]; organizations: DraftLink[]; roles: DraftLink[] };
}

/** Something wrong with the draft: which part, where, and what. */
export interface DraftProblem {
  /** The rule (`schema` for a schema error, `extraction` for a missing required fact). */
  rule: string;
  /** Where in the draft (`meeting.dates`, `people[0].name`). */
  path: string;
  /** What is wrong. */
  message: string;
}

/** One extracted fact, for the report: what, its value, and the evidence it rests on. */
export interface FactLine {
  /** Kind of fact ("title", "date", "speaker", "quote", ...). */
  kind: string;
  /** The value, in words. */
  value: string;
  /** Where in the original text. */
  evidence: SpanEvidence[];
  /** 0..1. */
  confidence: number;
  /** How it was derived, when not literal. */
  note?: string;
}

/** Information about the input, for the source record. */
export interface SourceInput {
  /** The original text, exactly as decoded. */
  text: string;
  /** SHA-256 of the original bytes. */
  sha256: string;
  /** Size in bytes. */
  bytes: number;
  /** Media type of the archived text. */
  mediaType: string;
  /** Charset the bytes were decoded as. */
  encoding: "utf-8" | "windows-1252";
  /** SHA-256 and size of the UTF-8 encoding of `text` (differs from the above for a transcoded input). */
  utf8?: { sha256: string; bytes: number };
}

/** Options of {@link buildDraft}. */
export interface DraftOptions {
  /** The dataset to link to and validate against. */
  dataset: Dataset;
  /** Address of the press release, when known. */
  url?: string;
  /** Name of the input file, for the source's location note. */
  fileName?: string;
  /** Day the copy was retrieved (ISO); default today. */
  retrieved?: string;
  /** Attribution of the text. */
  attribution?: string;
}

/** The draft with its validation, the extracted facts for the report, and the gaps. */
export interface DraftResult {
  /** The draft record. */
  draft: DraftRecord;
  /** `true` when every part passes the schemas and the merged dataset passes every rule. */
  valid: boolean;
  /** Every problem found. */
  problems: DraftProblem[];
  /** The facts, with their evidence, in reading order. */
  facts: FactLine[];
  /** What could not be extracted (left empty, not guessed). */
  gaps: string[];
}

/** What every part of the draft is built from. */
export interface DraftContext {
  /** The dataset linked to. */
  dataset: Dataset;
  /** What was extracted from the repaired text. */
  x: Extraction;
  /** Id of the draft meeting. */
  meetingId: string;
  /** First and last day of the meeting, when found. */
  start?: string;
  end?: string;
  /** Where facts are recorded with their evidence. */
  recorder: FactRecorder;
  /** Notes for the curator (on the meeting). */
  notes: string[];
  /** What was not found. */
  gaps: string[];
}
