// The briefing list: date, type and title of each briefing (drafts marked), newest first; only visible rows render.
import { Box, Text } from "ink";
import type { BriefingRow } from "../lib/filter";
import { visibleRange } from "../lib/windowing";
import { fit, truncate } from "../lib/wrap";

/** Props of the list screen body. */
export interface ListScreenProps {
  /** The filtered rows. */
  rows: readonly BriefingRow[];
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

/** The rows of the list that fit, the selected one highlighted. */
export function ListScreen({ rows, cursor, offset, width, height, color }: ListScreenProps) {
  if (rows.length === 0) return <Text dimColor>No briefings match. Press esc to clear the filters.</Text>;
  const cols = listColumns(width);
  const { start, end } = visibleRange(offset, height, rows.length);
  return (
    <Box flexDirection="column">
      {rows.slice(start, end).map((row, i) => {
        const selected = start + i === cursor;
        const line =
          (cols.date ? `${fit(row.date, cols.date)}  ` : "") + (cols.type ? `${fit(row.typeLabel, cols.type)}  ` : "") + truncate(row.review === "draft" ? `[draft] ${row.title}` : row.title, cols.title);
        return (
          <Text key={row.id} inverse={selected} color={color && selected ? "cyan" : undefined} wrap="truncate-end">
            {fit(line, width)}
          </Text>
        );
      })}
    </Box>
  );
}
