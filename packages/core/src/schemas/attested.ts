import * as z from "zod";
import { EvidenceList } from "./evidence";
import { Confidence, Text } from "./primitives";

/**
 * A value another source gives for the same fact, kept beside the record's value (sources that
 * disagree are both recorded; the record says which it prefers and why, in `preferred`).
 */
export const alternative = <T extends z.ZodType>(value: T) =>
  z.strictObject({
    /** The other value, as that source gives it (normalised like the record's value). */
    value,
    /** Where this other value is stated. */
    evidence: EvidenceList,
    /** Context: how the sources differ. */
    note: Text.optional(),
  });

/**
 * Wraps a value with its provenance: where it comes from, how sure we are, and why.
 * Used for the facts of a meeting (title, dates, type, venue...), so each one is traceable on its own.
 */
export const attested = <T extends z.ZodType>(value: T) =>
  z
    .strictObject({
      /** The value as curated: repaired and normalised. */
      value,
      /** Where the value comes from; at least one piece of evidence. */
      evidence: EvidenceList,
      /** 0..1; omitted means certain. */
      confidence: Confidence.optional(),
      /** Why the value is uncertain, or how it was derived from the evidence. */
      note: Text.optional(),
      /** Values other sources give for the same fact, when they disagree with `value`. */
      alternatives: z.array(alternative(value)).optional(),
      /** Why `value` is preferred over the `alternatives` (required when there are any). */
      preferred: Text.optional(),
    })
    .refine((a) => (a.alternatives === undefined || a.alternatives.length === 0) === (a.preferred === undefined), {
      message: "a fact with alternatives says why its value is preferred (`preferred`), and only then",
      path: ["preferred"],
    });

/** A value another source gives for the same fact. */
export type Alternative<T> = {
  value: T;
  evidence: z.infer<typeof EvidenceList>;
  note?: string | undefined;
};

/** An attested value, for any value type. */
export type Attested<T> = {
  value: T;
  evidence: z.infer<typeof EvidenceList>;
  confidence?: number | undefined;
  note?: string | undefined;
  alternatives?: Alternative<T>[] | undefined;
  preferred?: string | undefined;
};
