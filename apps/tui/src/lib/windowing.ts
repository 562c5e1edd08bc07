// Windowing: which slice of a long list is on screen, so only the visible rows are rendered.

/** The first row to show so that rows `[start, end)` (the selection) are visible in `height` rows. */
export function scrollToShow(offset: number, start: number, end: number, height: number, total: number): number {
  const h = Math.max(1, height);
  let next = offset;
  if (end - start >= h || start < next) next = start;
  else if (end > next + h) next = end - h;
  return clampOffset(next, h, total);
}

/** Keeps an offset within `[0, total - height]`. */
export function clampOffset(offset: number, height: number, total: number): number {
  return Math.max(0, Math.min(offset, total - Math.max(1, height)));
}

/** Keeps a cursor within `[0, count - 1]` (0 for an empty list). */
export function clampCursor(cursor: number, count: number): number {
  return count === 0 ? 0 : Math.max(0, Math.min(cursor, count - 1));
}

/** The visible slice `[start, end)` of `total` rows from `offset`. */
export function visibleRange(offset: number, height: number, total: number): { start: number; end: number } {
  const start = clampOffset(offset, height, total);
  return { start, end: Math.min(total, start + Math.max(0, height)) };
}
