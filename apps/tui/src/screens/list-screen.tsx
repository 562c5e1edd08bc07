// The briefing list: date, type and title of each briefing (drafts marked), newest first; only visible rows render.
import { Box, Text } from "ink";
import { memo, type ReactNode } from "react";
import type { ListRow } from "../lib/list-rows";
import { listLine } from "../lib/list-layout";
import { visibleRange } from "../lib/windowing";

export { listColumns, listLine } from "../lib/list-layout";

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
  /** Called each time a row renders (tests and benches count them: a move re-renders the two rows it changes). */
  onRowRender?: ((id: string) => void) | undefined;
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

/** Props of one row of the list. */
interface ListLineProps {
  id: string;
  /** The row's line, laid out for the width. */
  line: string;
  selected: boolean;
  color: boolean;
  onRender?: ((id: string) => void) | undefined;
}

/**
 * One row. Memoised: a move changes the props of two rows only (the one left and the one selected), so
 * React and Ink re-render and lay out those two, not every row on screen.
 */
const ListLine = memo(function ListLine({ id, line, selected, color, onRender }: ListLineProps) {
  onRender?.(id);
  return (
    <Text inverse={selected} color={color && selected ? "cyan" : undefined} wrap="truncate-end">
      {line}
    </Text>
  );
});

/** The rows of the list that fit, the selected one highlighted. */
export function ListScreen({ rows, cursor, offset, width, height, color, onRowRender }: ListScreenProps) {
  if (rows.length === 0) return <Text dimColor>No briefings match. Press esc to clear the filters.</Text>;
  const { start, end } = visibleRange(offset, height, rows.length);
  const shown: ReactNode[] = [];
  for (let i = start; i < end; i++) {
    const row = rows[i]!;
    shown.push(<ListLine key={row.id} id={row.id} line={lineOf(row, width)} selected={i === cursor} color={color} onRender={onRowRender} />);
  }
  return <Box flexDirection="column">{shown}</Box>;
}
