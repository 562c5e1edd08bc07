import * as z from "zod";
import { STATEMENT_KINDS } from "../vocabulary";
import { EvidenceList, SpanEvidence, CitationEvidence } from "./evidence";
import { Confidence, Id, IsoDate, Name, Text, Title } from "./primitives";

/** A speaker's contribution, as reported speech (Popolo Speech, Akoma Ntoso speech). */
export const Statement = z
  .strictObject({
    /** Stable slug. */
    id: Id,
    /** Id of the `Meeting`. */
    meeting: Id,
    /** Id of the session within the meeting, if known. */
    session: Id.optional(),
    /** Id of the speaker's `Participation` (which names the person, or describes an unnamed one). */
    participation: Id,
    /** Ids of the `Organization`s the speaker spoke for, when the source says so (a joint statement on behalf of several committees). */
    onBehalfOf: z.array(Id).default([]),
    /** `opening-remarks`, `closing-remarks`, `remarks`, `presentation`, `briefing` or `joint-statement`. */
    kind: z.enum(STATEMENT_KINDS),
    /** What the speaker said, in reported speech: the curators' own words (a source's text is not copied; its exact words are kept only as `Quote`s of archived sources). */
    text: Text,
    /** Where it is reported. */
    evidence: EvidenceList,
    /** 0..1; omitted means certain. */
    confidence: Confidence.optional(),
  })
  .meta({ title: "Statement" });
export type Statement = z.infer<typeof Statement>;

/**
 * The document a quotation's words come from, when they are a document's (a report, a communiqué, a concept note, a
 * resolution) and not the words of anyone who took part in the meeting.
 */
export const QuotedDocument = z
  .strictObject({
    /** The document as the page names it, in the page's words ("the Secretary-General’s report (S/2025/72)", "a communiqué"). */
    title: Title,
    /** Id of the document's own `Source`, when the dataset holds the document itself. */
    source: Id.optional(),
  })
  .meta({ title: "QuotedDocument" });
export type QuotedDocument = z.infer<typeof QuotedDocument>;

/** Verbatim words in direct quotation (schema.org Quotation): a participant's words, or a document's. */
export const Quote = z
  .strictObject({
    /** Stable slug. */
    id: Id,
    /** Id of the `Meeting`. */
    meeting: Id,
    /** Id of the `Participation` of the person (or body) quoted; absent when the words are a document's (`document`). */
    participation: Id.optional(),
    /** The document quoted, when the words are a document's and not a participant's; absent when `participation` is given. */
    document: QuotedDocument.optional(),
    /** Id of the `Statement` the quote belongs to, if any. */
    statement: Id.optional(),
    /** The quoted words without the quotation marks, with any source repairs applied. */
    text: Text,
    /** Where the words are quoted: a span is required, so every quote is checked against its source. */
    evidence: z.tuple([SpanEvidence], z.union([SpanEvidence, CitationEvidence])),
  })
  // A document is not a meeting participant, and a quote has one author: exactly one of the two says whose words they are.
  .refine((q) => (q.participation === undefined) !== (q.document === undefined), {
    message: "a quote is attributed to exactly one of `participation` (who said it) or `document` (what it quotes)",
    path: ["participation"],
  })
  .meta({ title: "Quote" });
export type Quote = z.infer<typeof Quote>;

/** A number cited at a meeting: what it counts, how exactly, over which period, and who said it. */
export const Figure = z
  .strictObject({
    /** Stable slug. */
    id: Id,
    /** Id of the `Meeting`. */
    meeting: Id,
    /** Id of the `Participation` of who stated it, if known. */
    participation: Id.optional(),
    /** The number. */
    value: z.number().finite(),
    /** Unit of the number (e.g. "people", "items of content", "USD", "country visits"). */
    unit: Name,
    /** What is counted, in a phrase (e.g. "terrorist content removed by Facebook"). */
    measure: Title,
    /** The number as the source writes it (e.g. "about 25 million"). */
    asStated: Title,
    /** `true` when the source gives it as approximate ("about", "over"). */
    approximate: z.boolean(),
    /** Period the number covers, when stated. */
    period: z
      .strictObject({
        /** First day of the period. */
        start: IsoDate,
        /** Last day of the period. */
        end: IsoDate,
      })
      .optional(),
    /** Date at which the number is stated to hold ("to date"), when no period is given. */
    asOf: IsoDate.optional(),
    /** Where it is stated. */
    evidence: EvidenceList,
    /** 0..1; omitted means certain. */
    confidence: Confidence.optional(),
    /** Context: how the number is qualified, or why it is uncertain. */
    note: Text.optional(),
    /** Values other sources give for the same number, when they disagree with `value`. */
    alternatives: z
      .array(
        z.strictObject({
          /** The other number. */
          value: z.number().finite(),
          /** As that source writes it. */
          asStated: Title,
          /** Where it is stated. */
          evidence: EvidenceList,
          /** How the sources differ. */
          note: Text.optional(),
        }),
      )
      .optional(),
    /** Why `value` is preferred over the `alternatives` (required when there are any). */
    preferred: Text.optional(),
  })
  .refine((f) => (f.alternatives === undefined || f.alternatives.length === 0) === (f.preferred === undefined), {
    message: "a figure with alternatives says why its value is preferred (`preferred`), and only then",
    path: ["preferred"],
  })
  .meta({ title: "Figure" });
export type Figure = z.infer<typeof Figure>;
