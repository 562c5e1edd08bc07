// The rows of a facts list (<dl className="facts">): a term and what the record says of it, and the inline list of
// links several of those rows show (the organizations that convened, the briefings a source served, the parts of
// an organization).
import type { ReactNode } from "react";

/** Props of `Fact`. */
export interface FactProps {
  /** The term ("Date", "Publisher", "Part of"). */
  term: ReactNode;
  /** What the record says. */
  children: ReactNode;
}

/** One row of a facts list: its term and its value. */
export function Fact({ term, children }: FactProps) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Props of `InlineList`. */
export interface InlineListProps<T> {
  /** The items, in the order shown. */
  items: readonly T[];
  /** A stable React key of an item (an id; the index where items have none). */
  itemKey: (item: T, index: number) => string | number;
  /** How an item is shown (a link, with its markers). */
  render: (item: T, index: number) => ReactNode;
}

/** Items on one wrapping line, separated by the list's style (`.inline-list`). */
export function InlineList<T>({ items, itemKey, render }: InlineListProps<T>) {
  return (
    <ul className="inline-list">
      {items.map((item, i) => (
        <li key={itemKey(item, i)}>{render(item, i)}</li>
      ))}
    </ul>
  );
}
