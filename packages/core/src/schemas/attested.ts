import * as z from "zod";
import { EvidenceList } from "./evidence";
import { Confidence, Text } from "./primitives";

/**
 * Wraps a value with its provenance: where it comes from, how sure we are, and why.
 * Used for the facts of a meeting (title, dates, type, venue...), so each one is traceable on its own.
 */
export const attested = <T extends z.ZodType>(value: T) =>
  z.object({
    /** The value as curated: repaired and normalised. */
    value,
    /** Where the value comes from; at least one piece of evidence. */
    evidence: EvidenceList,
    /** 0..1; omitted means certain. */
    confidence: Confidence.optional(),
    /** Why the value is uncertain, or how it was derived from the evidence. */
    note: Text.optional(),
  });

/** An attested value, for any value type. */
export type Attested<T> = {
  value: T;
  evidence: z.infer<typeof EvidenceList>;
  confidence?: number | undefined;
  note?: string | undefined;
};
