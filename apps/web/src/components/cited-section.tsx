// A part of a record page whose facts cite their sources by number: the facts, and beside them on a wide screen
// (below them on a narrow one, and always after them in the document) the numbered list of their sources.
import type { ReactNode } from "react";
import type { SectionNotes } from "../lib/notes";
import { SourceNotes } from "./citations";

/** Props of `CitedBody`. */
export interface CitedBodyProps {
  /** The numbered sources of the facts in `children`. */
  notes: SectionNotes;
  /** The heading of the list of sources (default "Sources"). */
  notesTitle?: string | undefined;
  /** The level of that heading: 3 inside a section (default), 2 where the part has no heading of its own. */
  notesLevel?: 2 | 3 | undefined;
  /** The facts. */
  children: ReactNode;
}

/** The facts of a part of a page, then their numbered sources (in a margin column where the part is wide enough). */
export function CitedBody({ notes, notesTitle, notesLevel, children }: CitedBodyProps) {
  return (
    <div className="cited">
      <div className="cited-body">
        <div className="cited-main">{children}</div>
        <SourceNotes notes={notes} title={notesTitle} level={notesLevel} />
      </div>
    </div>
  );
}

/** Props of `CitedSection`. */
export interface CitedSectionProps extends CitedBodyProps {
  /** The id of the heading (the section's anchor). */
  id: string;
  /** The heading. */
  title: ReactNode;
  /** Extra class of the section. */
  className?: string | undefined;
}

/** A titled section of facts with their numbered sources. */
export function CitedSection({ id, title, className, ...body }: CitedSectionProps) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id}>{title}</h2>
      <CitedBody {...body} />
    </section>
  );
}
