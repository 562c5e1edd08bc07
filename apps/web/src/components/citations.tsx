// Numbered citations, as a reference work prints them: a superscript marker after each fact; on hover or focus a
// small card with the source, the locator and (for a passage) the exact words in their context with a link to the
// highlighted passage; and at the end of the section the numbered list of its sources, which every marker links to.
// The cards are CSS alone (:hover, :focus-within), so they work without JavaScript; without CSS or JavaScript the
// markers are plain links to the list. Nothing here runs in the browser. These components hand plain data to the
// ones that draw it (./citation-marks).
import type { NoteRef, SectionNotes } from "../lib/notes";
import { CiteMarkers, NotesList } from "./citation-marks";

/** Props of `Cites`. */
export interface CitesProps {
  /** The markers of one fact (from `SectionNotes.cite`), in order. */
  refs: readonly NoteRef[];
}

/** The superscript markers of one fact, each with its card. */
export function Cites({ refs }: CitesProps) {
  if (refs.length === 0) return null;
  return <CiteMarkers markers={refs.map(({ note, id }) => ({ id, n: note.n, noteId: note.id, detail: note.detail }))} />;
}

/** Props of `SourceNotes`. */
export interface SourceNotesProps {
  /** The section's numbered sources, after every fact of the section was cited. */
  notes: SectionNotes;
  /** The heading of the list (default "Sources"). */
  title?: string | undefined;
  /** The level of its heading: 3 inside a section (the default), 2 where the list closes a part with no heading. */
  level?: 2 | 3 | undefined;
}

/**
 * The numbered list of a section's sources: each entry links back to the markers that cite it, names the source (a
 * link to the passage, the source's address or its page here) and quotes the start of the passage.
 */
export function SourceNotes({ notes, title = "Sources", level = 3 }: SourceNotesProps) {
  if (notes.notes.length === 0) return null;
  // Copies taken now, once the section has cited everything: a note's uses grow while the section renders.
  const listed = notes.notes.map((note) => ({ n: note.n, id: note.id, detail: note.detail, uses: [...note.uses] }));
  return <NotesList listId={notes.listId} notes={listed} title={title} level={level} />;
}
