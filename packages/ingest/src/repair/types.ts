/** The kinds of damage the repair engine knows about. */
export type RepairKind =
  | "injected-text-excised"
  | "words-restored"
  | "mis-encoding"
  | "lost-characters"
  | "markup-removed"
  | "metadata-removed"
  | "duplicate-text"
  | "doubled-word"
  | "unbalanced-quotes"
  | "lost-link-target"
  | "date-mismatch";

/** One entry of the correction log. Spans are in Unicode code points of the input. */
export interface Repair {
  kind: RepairKind;
  /** "flagged" = detected, text left as is (after === before). */
  action: "repaired" | "flagged";
  /** Start (inclusive) in code points of the input. */
  start: number;
  /** End (exclusive) in code points of the input; start === end for a pure insertion. */
  end: number;
  /** Exactly the input between start and end. */
  before: string;
  /** The replacement ("" for an excision; === before when flagged). */
  after: string;
  /** One human sentence: what and why. */
  rationale: string;
  /** 0..1 */
  confidence: number;
}

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
