import type { Correction, CorrectionKind } from "@briefings/core";

/** The kinds of damage the repair engine knows about: core's correction kinds. */
export type RepairKind = CorrectionKind;

/**
 * One entry of the correction log: core's correction without the ids (the draft gives each its id
 * and source). Spans are in Unicode code points of the input; "flagged" = detected, text left as is
 * (after === before); after is "" for an excision.
 */
export type Repair = Pick<Correction, "kind" | "action" | "start" | "end" | "before" | "after" | "rationale" | "confidence">;

/** The repaired text and its correction log. */
export interface RepairResult {
  text: string;
  repairs: Repair[];
}

/** Options of {@link repairText}. */
export interface RepairOptions {
  /** Known organisation or person names, used to restore excised words and lost letters. */
  knownNames?: readonly string[];
}

/**
 * A repair found by a detector, with its span in UTF-16 code units of the input
 * (detectors work on JS strings; spans are converted to code points at the end).
 */
export interface Edit {
  kind: RepairKind;
  action: "repaired" | "flagged";
  /** UTF-16 start (inclusive). */
  s: number;
  /** UTF-16 end (exclusive). */
  e: number;
  after: string;
  rationale: string;
  confidence: number;
}
