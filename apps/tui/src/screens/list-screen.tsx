// The briefing list: date, type and title of each briefing (drafts marked), newest first; only visible rows render.
import { Box, Text } from "ink";
import type { ListRow } from "../lib/list-rows";
import { visibleRange } from "../lib/windowing";
import { fit, truncate } from "../lib/wrap";

/** Props of the list screen body. */
export interface ListScreenProps {
  /** The filtered rows. */
  rows: readonly ListRow[];
  /** Selected row. */
  cursor: number;
  /** First row shown. */
  offset: number;
  width: number;
  /** Rows available. */
  height: number;
  color: boolean;
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

/** Lines already laid out, per row, for the last width: moving in the list lays out only new rows. */
const lines = new WeakMap<ListRow, { width: number; line: string }>();

function lineOf(row: ListRow, width: number): string {
  const known = lines.get(row);
  if (known?.width === width) return known.line;
  const line = listLine(row, width);
  lines.set(row, { width, line });
  return line;
}

/** The rows of the list that fit, the selected one highlighted. */
export function ListScreen({ rows, cursor, offset, width, height, color }: ListScreenProps) {
  if (rows.length === 0) return <Text dimColor>No briefings match. Press esc to clear the filters.</Text>;
  const { start, end } = visibleRange(offset, height, rows.length);
  return (
    <Box flexDirection="column">
      {rows.slice(start, end).map((row, i) => {
        const selected = start + i === cursor;
        return (
          <Text key={row.id} inverse={selected} color={color && selected ? "cyan" : undefined} wrap="truncate-end">
            {lineOf(row, width)}
          </Text>
        );
      })}
    </Box>
  );
}
