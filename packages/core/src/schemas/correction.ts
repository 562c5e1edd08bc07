import * as z from "zod";
import { CORRECTION_ACTIONS, CORRECTION_KINDS } from "../vocabulary";
import { Confidence, HttpUrl, Id, Offset, Text, TEXT_LIMITS } from "./primitives";

/** The kinds of damage found in sources, by how it arises (`CORRECTION_KINDS`). */
export const CorrectionKind = z.enum(CORRECTION_KINDS);
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
    action: z.enum(CORRECTION_ACTIONS),
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
