import type { Correction } from "../schemas/correction";
import { CodePointText } from "./code-points";

/** The fields of a correction that say how the text changes. */
export type TextEdit = Pick<Correction, "start" | "end" | "after" | "action">;

function orderEdits<T extends TextEdit>(edits: readonly T[]): T[] {
  // Insertions (start === end) sort before an excision starting at the same point.
  return edits.filter((e) => e.action === "repaired").sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Applies the `repaired` corrections to the code points `[start, end)` of `text` (the whole text by default).
 * Corrections that straddle the range are ignored; insertions on its inner edges are not applied.
 */
export function applyCorrections(
  text: string | CodePointText,
  corrections: readonly TextEdit[],
  start = 0,
  end?: number,
): string {
  const source = typeof text === "string" ? new CodePointText(text) : text;
  const total = source.length;
  end ??= total;
  let out = "";
  let at = start;
  for (const c of orderEdits(corrections)) {
    const onEdge = c.start === c.end && ((c.start === start && start > 0) || (c.start === end && end < total));
    const inside = c.start >= start && c.end <= end && !onEdge;
    if (!inside || c.start < at) continue;
    out += source.slice(at, c.start) + c.after;
    at = c.end;
  }
  return out + source.slice(at, end);
}
