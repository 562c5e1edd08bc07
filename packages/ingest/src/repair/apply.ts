import type { Repair } from "./types";
import { codePoints } from "./codepoints";

/**
 * Applies a correction log to its input and returns the repaired text.
 * Repairs must be sorted by start and must not overlap; each `before` must match the input.
 * @throws Error when a repair's span or `before` does not fit the input.
 */
export function applyRepairs(input: string, repairs: readonly Repair[]): string {
  const cps = codePoints(input);
  let out = "";
  let pos = 0;
  for (const r of repairs) {
    if (r.start < pos || r.end < r.start || r.end > cps.length) {
      throw new Error(`repair ${r.kind} at ${r.start}-${r.end} overlaps or is out of range`);
    }
    const before = cps.slice(r.start, r.end).join("");
    if (before !== r.before) throw new Error(`repair ${r.kind} at ${r.start}: before does not match the input`);
    out += cps.slice(pos, r.start).join("");
    out += r.action === "flagged" ? before : r.after;
    pos = r.end;
  }
  out += cps.slice(pos).join("");
  return out;
}
