import { applyCorrections, CodePointText } from "@briefings/core";
import type { Repair } from "./types";

/**
 * Applies a correction log to its input and returns the repaired text (core's `applyCorrections`),
 * after checking that the log fits the input.
 * Repairs must be sorted by start and must not overlap; each `before` must match the input.
 * @throws Error when a repair's span or `before` does not fit the input.
 */
export function applyRepairs(input: string, repairs: readonly Repair[]): string {
  const text = new CodePointText(input);
  let pos = 0;
  for (const r of repairs) {
    if (r.start < pos || r.end < r.start || r.end > text.length) {
      throw new Error(`repair ${r.kind} at ${r.start}-${r.end} overlaps or is out of range`);
    }
    if (text.slice(r.start, r.end) !== r.before) throw new Error(`repair ${r.kind} at ${r.start}: before does not match the input`);
    pos = r.end;
  }
  return applyCorrections(text, repairs);
}
