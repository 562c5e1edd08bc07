// Numbered citations, as a reference work prints them: a superscript marker after each fact; on hover or focus a
// small card with the source, the locator and (for a passage) the exact words in their context with a link to the
// highlighted passage; and at the end of the section the numbered list of its sources, which every marker links to.
// The cards are CSS alone (:hover, :focus-within), so they work without JavaScript; without CSS or JavaScript the
// markers are plain links to the list. Nothing here runs in the browser.
import type { EvidenceDetail } from "../lib/evidence";
import type { NoteRef, SectionNotes } from "../lib/notes";
import { ExternalLink } from "./links";

/** Props of `Cites`. */
export interface CitesProps {
  /** The markers of one fact (from `SectionNotes.cite`), in order. */
  refs: readonly NoteRef[];
}

/** Where the evidence leads: the highlighted passage, the source's address, or its page here. */
function EvidenceLinkOut({ detail }: { detail: EvidenceDetail }) {
  if (detail.href === undefined) return detail.sourcePage ? <a href={detail.sourcePage}>About this source</a> : null;
  if (detail.external) return <ExternalLink href={detail.href}>Open the source</ExternalLink>;
  return <a href={detail.href}>{detail.passage ? "Show the passage in the source" : "About this source"}</a>;
}

/** The longest passage a list of sources quotes (the card and the source view give it whole). */
const LIST_PASSAGE_LIMIT = 60;

/** `text` cut to `limit` code points (never inside a surrogate pair), with an ellipsis when cut. */
export function shorten(text: string, limit: number): string {
  const points = Array.from(text);
  return points.length <= limit ? text : `${points.slice(0, limit - 1).join("").trimEnd()}…`;
}

/** The words of a span with their context: “…before <mark>exact</mark> after…”. */
function Passage({ passage }: { passage: NonNullable<EvidenceDetail["passage"]> }) {
  return (
    <q className="cite-passage">
      {passage.prefix ? `…${passage.prefix}` : null}
      <mark>{passage.exact}</mark>
      {passage.suffix ? `${passage.suffix}…` : null}
    </q>
  );
}

/** The source of a piece of evidence in one line: "Press release · 27 June 2019 · characters 3–9". */
function sourceLine(detail: EvidenceDetail): string {
  return [detail.kindLabel, detail.published, detail.locator].filter((s) => s !== "").join(" · ");
}

/** The superscript markers of one fact, each with its card. */
export function Cites({ refs }: CitesProps) {
  if (refs.length === 0) return null;
  return (
    <sup className="cites">
      {refs.map(({ note, id }) => (
        <span key={id} className="cite">
          <a id={id} className="cite-ref" href={`#${note.id}`} aria-describedby={`${id}-card`}>
            <span className="visually-hidden">Source </span>
            {note.n}
          </a>
          <span id={`${id}-card`} className="cite-card">
            <span className="cite-title">{note.detail.sourceTitle}</span>
            <span className="cite-meta">{sourceLine(note.detail)}</span>
            {note.detail.passage ? <Passage passage={note.detail.passage} /> : null}
            <span className="cite-go">
              <EvidenceLinkOut detail={note.detail} />
            </span>
          </span>
        </span>
      ))}
    </sup>
  );
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

/** How a list names a piece of evidence: the kind of source, and a citation's locator ("UN Web TV page, Title"). */
function listLabel(detail: EvidenceDetail): string {
  return detail.passage ? detail.kindLabel : [detail.kindLabel, detail.locator].filter((s) => s !== "").join(", ");
}

/**
 * The numbered list of a section's sources: each entry links back to the markers that cite it, names the source (a
 * link to the passage, the source's address or its page here) and quotes the start of the passage.
 */
export function SourceNotes({ notes, title = "Sources", level = 3 }: SourceNotesProps) {
  if (notes.notes.length === 0) return null;
  const headingId = `${notes.listId}-title`;
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <div className="notes">
      <Heading id={headingId} className="notes-title">
        {title}
      </Heading>
      <ol id={notes.listId} className="notes-list" aria-labelledby={headingId}>
        {notes.notes.map((note) => (
          <li key={note.id} id={note.id}>
            <span className="note-body">
            <span className="note-back">
              {note.uses.length === 1 ? (
                <a href={`#${note.uses[0]}`} aria-label={`Back to the text (source ${note.n})`}>
                  ↑
                </a>
              ) : (
                <>
                  ↑
                  {note.uses.map((use, i) => (
                    <a key={use} href={`#${use}`} aria-label={`Back to the text (source ${note.n}, use ${i + 1})`}>
                      {String.fromCharCode(97 + (i % 26))}
                    </a>
                  ))}
                </>
              )}
            </span>{" "}
            <NoteLink detail={note.detail}>{listLabel(note.detail)}</NoteLink>
            {note.detail.passage ? (
              <>
                {": "}
                <q className="note-passage">{shorten(note.detail.passage.exact, LIST_PASSAGE_LIMIT)}</q>
              </>
            ) : null}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** A list entry's link: to the passage, the source's address, or its page here (plain text when none is safe). */
function NoteLink({ detail, children }: { detail: EvidenceDetail; children: string }) {
  if (detail.href === undefined) return detail.sourcePage ? <a href={detail.sourcePage}>{children}</a> : <span>{children}</span>;
  if (detail.external) return <ExternalLink href={detail.href}>{children}</ExternalLink>;
  return <a href={detail.href}>{children}</a>;
}
