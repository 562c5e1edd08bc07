// The geometry of the list screen, without Ink: the frame's body height and each row's line. Shared by
// the Ink screens and by the first frame drawn before Ink loads (`first-frame.ts`), so both lay out alike.
import type { ListRow } from "./list-rows";
import { fit, truncate } from "./wrap";

/** Rows the body of a frame gets, of `height`. */
export function bodyHeight(height: number): number {
  return Math.max(1, height - 3);
}

/** Column widths of the list for a terminal width: the type column shrinks, then goes, on narrow terminals. */
export function listColumns(width: number): { date: number; type: number; title: number } {
  const date = width < 30 ? 0 : 10;
  const type = width >= 100 ? 26 : width >= 70 ? 16 : 0;
  const gaps = (date ? 2 : 0) + (type ? 2 : 0);
  return { date, type, title: Math.max(1, width - date - type - gaps) };
}

/** A row's line at a width (date, type, title with `[draft]` before a draft's, padded to the width). */
export function listLine(row: ListRow, width: number): string {
  const cols = listColumns(width);
  const line = (cols.date ? `${fit(row.date, cols.date)}  ` : "") + (cols.type ? `${fit(row.typeLabel, cols.type)}  ` : "") + truncate(row.review === "draft" ? `[draft] ${row.title}` : row.title, cols.title);
  return fit(line, width);
}
