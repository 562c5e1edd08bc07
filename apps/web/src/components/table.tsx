// A table of the site: scrolls sideways on a narrow screen, says what it lists in a caption, and heads each column.
import type { ReactNode } from "react";

/** Props of `Table`. */
export interface TableProps {
  /** What the table lists. */
  caption: string;
  /** Give the caption to screen readers only (a heading above the table already says it on screen). */
  hiddenCaption?: boolean | undefined;
  /** Class of the table element: its look (`data-table`, `corrections`). */
  className: string;
  /** The column headings, in order. */
  columns: readonly string[];
  /** The body rows (`<tr>` elements). */
  children: ReactNode;
}

/** A captioned table with one row of column headings, in a wrapper that scrolls sideways when it is too wide. */
export function Table({ caption, hiddenCaption, className, columns, children }: TableProps) {
  return (
    <div className="table-wrap">
      <table className={className}>
        <caption className={hiddenCaption ? "visually-hidden" : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
