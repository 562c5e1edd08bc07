import * as z from "zod";
import { Id, Offset, TEXT_LIMITS, Title } from "./primitives";

/**
 * Evidence that points at characters of an archived source text.
 *
 * Offsets count Unicode code points (not UTF-16 code units, not bytes), `start` inclusive and `end`
 * exclusive, as W3C Web Annotation's TextPositionSelector does; `exact`/`prefix`/`suffix` are its
 * TextQuoteSelector, so a span can be re-anchored if the text is ever re-archived.
 */
export const SpanEvidence = z
  .strictObject({
    /** Discriminator: a character span in an archived source. */
    kind: z.literal("span"),
    /** Id of the `Source` whose `archive.text` the offsets index. */
    source: Id,
    /** First code point of the span (inclusive). */
    start: Offset,
    /** Code point after the span (exclusive). */
    end: Offset,
    /** The raw source text at `[start, end)`, unrepaired, byte for byte. */
    exact: z.string().min(1).max(TEXT_LIMITS.excerpt),
    /** Up to 32 code points of source text right before the span, to re-anchor it. */
    prefix: z.string().max(32).optional(),
    /** Up to 32 code points of source text right after the span, to re-anchor it. */
    suffix: z.string().max(32).optional(),
  })
  .refine((e) => e.start < e.end, { message: "end must be greater than start", path: ["end"] })
  .meta({ title: "SpanEvidence" });
export type SpanEvidence = z.infer<typeof SpanEvidence>;

/** Evidence at the level of a whole source document (a URL), where no archived text exists. */
export const CitationEvidence = z
  .strictObject({
    /** Discriminator: a citation of a whole source. */
    kind: z.literal("citation"),
    /** Id of the cited `Source`. */
    source: Id,
    /** Where in the document the fact is, in words ("Programme", "second paragraph"). */
    locator: Title.optional(),
  })
  .meta({ title: "CitationEvidence" });
export type CitationEvidence = z.infer<typeof CitationEvidence>;

/** Where a fact comes from: a character span in an archived text, or a citation of a source. */
export const Evidence = z.discriminatedUnion("kind", [SpanEvidence, CitationEvidence]).meta({ title: "Evidence" });
export type Evidence = z.infer<typeof Evidence>;

/** Every asserted fact carries at least one piece of evidence. */
export const EvidenceList = z.array(Evidence).min(1, "a fact needs at least one piece of evidence");
