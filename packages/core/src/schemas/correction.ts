import * as z from "zod";
import { Confidence, HttpUrl, Id, Offset, Text, TEXT_LIMITS } from "./primitives";

/** The kinds of damage found in sources, by how it arises. */
export const CorrectionKind = z.enum([
  /** Spam put into a defaced page, removed. */
  "injected-text-excised",
  /** Words the injected text replaced, put back. */
  "words-restored",
  /** A link whose text or target was lost in the copy. */
  "lost-link-target",
  /** Bytes of one charset decoded as another (mojibake). */
  "mis-encoding",
  /** Letters replaced by `?` or dropped. */
  "lost-characters",
  /** Raw HTML tags or entities left in the text. */
  "markup-removed",
  /** CMS metadata lines left in the text. */
  "metadata-removed",
  /** A paragraph or caption repeated. */
  "duplicate-text",
  /** The same word twice in a row. */
  "doubled-word",
  /** A quotation mark without its pair. */
  "unbalanced-quotes",
  /** A slip of the original author (spelling, punctuation). */
  "typo",
  /** The same name spelled two ways in one source. */
  "name-variant",
  /** A dateline that differs from the date in the body. */
  "date-mismatch",
  /** A caption left behind by an image the copy lost. */
  "orphaned-caption",
]);
export type CorrectionKind = z.infer<typeof CorrectionKind>;

/**
 * A typed record of one repair (or one flagged defect) of an archived source text.
 * Nothing is fixed silently: the repaired text is the raw text with every `repaired` correction applied.
 */
export const Correction = z
  .strictObject({
    /** Stable slug. */
    id: Id,
    /** Id of the `Source` whose archived text is corrected. */
    source: Id,
    /** What kind of damage this is. */
    kind: CorrectionKind,
    /** `repaired`: the text is changed from `before` to `after`; `flagged`: recorded but left as is. */
    action: z.enum(["repaired", "flagged"]),
    /** First code point of the damaged span; for an insertion, `start === end`. */
    start: Offset,
    /** Code point after the damaged span (exclusive). */
    end: Offset,
    /** The raw text at `[start, end)` (empty for an insertion). */
    before: z.string().max(TEXT_LIMITS.excerpt),
    /** The text that replaces it (empty for an excision; equal to `before` when flagged). */
    after: z.string().max(TEXT_LIMITS.excerpt),
    /** Why: what the damage is and how the repair was decided, in a sentence or two. */
    rationale: Text,
    /** 0..1: how sure we are that the repair restores the original. */
    confidence: Confidence,
    /** Ids of corrections this one goes with (a restoration with its excision). */
    related: z.array(Id).optional(),
    /** For a flagged lost link: the target recovered from elsewhere, if any (see the meeting's media). */
    recoveredUrl: HttpUrl.optional(),
  })
  .refine((c) => c.start <= c.end, { message: "end is before start", path: ["end"] })
  .refine((c) => c.action === "repaired" || c.after === c.before, {
    message: "a flagged correction leaves the text as it is (after must equal before)",
    path: ["after"],
  })
  .refine((c) => c.action === "flagged" || c.after !== c.before, {
    message: "a repair must change the text",
    path: ["after"],
  })
  .meta({ title: "Correction", description: "A repair or a flagged defect of an archived source text." });
export type Correction = z.infer<typeof Correction>;
