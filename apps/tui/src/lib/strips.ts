// One character per year: a sparkline of counts, and a post's tenure across the years of an axis.
import type { TenureBar, YearCount, YearRange } from "@briefings/core";

const LEVELS = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"] as const;

/** Counts per year as a sparkline: `·` for none, then eight heights up to the largest count. */
export function sparkline(counts: readonly YearCount[]): string {
  const max = Math.max(0, ...counts.map((c) => c.count));
  return counts.map((c) => (c.count <= 0 || max === 0 ? "·" : LEVELS[Math.min(7, Math.ceil((c.count / max) * 8) - 1)]!)).join("");
}

/** The marks of `tenureStrip`, for legends. */
export const STRIP_MARKS = { observed: "█", acting: "▓", term: "░", none: "·" } as const;

/**
 * A tenure across the years of `axis`, one character per year: `█` for a year in which the holder is seen at a
 * meeting (`▓` when acting), `░` for a year only the stated term covers, `·` for the others.
 */
export function tenureStrip(bar: TenureBar, axis: YearRange): string {
  const acting = bar.tenure.tenure === "acting";
  let out = "";
  for (let year = axis.first; year <= axis.last; year++) {
    const overlaps = (from: number, to: number) => from < year + 1 && to > year;
    if (bar.observed && overlaps(bar.observed.from, bar.observed.to)) out += acting ? STRIP_MARKS.acting : STRIP_MARKS.observed;
    else if (overlaps(bar.from, bar.to)) out += STRIP_MARKS.term;
    else out += STRIP_MARKS.none;
  }
  return out;
}
