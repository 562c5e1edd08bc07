// How citations are drawn, from plain data (see ./citations for what they are): the superscript markers with their
// cards, and a section's numbered list. Plain components: the pages that cite render inside a static subtree
// (./static-subtree), which reaches the HTML without Next's page payload.
import type { EvidenceDetail } from "../lib/evidence";
import { ExternalLink } from "./links";

/** What a card and a list entry show of a piece of evidence. */
export type CardDetail = Pick<EvidenceDetail, "sourceTitle" | "kindLabel" | "published" | "locator" | "passage" | "href" | "external" | "sourcePage">;

/** One marker: where it is and the numbered source it cites. */
export interface Marker {
  /** The DOM id of this marker (unique on the page). */
  id: string;
  /** The number of the source it cites. */
  n: number;
  /** The DOM id of that source's entry in the list. */
  noteId: string;
  /** The source, as the card shows it. */
  detail: CardDetail;
}

/** One entry of a section's list. */
export interface ListedNote {
  /** Its number in the section. */
  n: number;
  /** The DOM id of its entry. */
  id: string;
  /** The source, as the entry shows it. */
  detail: CardDetail;
  /** The DOM ids of the markers that cite it, in page order. */
  uses: readonly string[];
}

/** Where the evidence leads: the highlighted passage, the source's address, or its page here. */
function EvidenceLinkOut({ detail }: { detail: CardDetail }) {
  if (detail.href === undefined) return detail.sourcePage ? <a href={detail.sourcePage}>About this source</a> : null;
  if (detail.external) return <ExternalLink href={detail.href}>Open the source</ExternalLink>;
  return <a href={detail.href}>{detail.passage ? "Show the passage in the source" : "About this source"}</a>;
}

/** The longest passage a list of sources quotes (the card and the source view give it whole). */
const LIST_PASSAGE_LIMIT = 60;

/** `text` cut to `limit` code points (never inside a surrogate pair), with an ellipsis when cut. */
function shorten(text: string, limit: number): string {
  const points = Array.from(text);
  return points.length <= limit ? text : `${points.slice(0, limit - 1).join("").trimEnd()}…`;
}

/** The words of a span with their context: “…before <mark>exact</mark> after…”. */
function Passage({ passage }: { passage: NonNullable<CardDetail["passage"]> }) {
  return (
    <q className="cite-passage">
      {passage.prefix ? `…${passage.prefix}` : null}
      <mark>{passage.exact}</mark>
      {passage.suffix ? `${passage.suffix}…` : null}
    </q>
  );
}

/** The source of a piece of evidence in one line: "Press release · 27 June 2019 · characters 3–9". */
function sourceLine(detail: CardDetail): string {
  return [detail.kindLabel, detail.published, detail.locator].filter((s) => s !== "").join(" · ");
}

/** Props of `CiteMarkers`. */
export interface CiteMarkersProps {
  /** The markers of one fact, in order (at least one). */
  markers: readonly Marker[];
}

/** The superscript markers of one fact, each with its card. */
export function CiteMarkers({ markers }: CiteMarkersProps) {
  return (
    <sup className="cites">
      {markers.map(({ id, n, noteId, detail }) => (
        <span key={id} className="cite">
          <a id={id} className="cite-ref" href={`#${noteId}`} aria-describedby={`${id}-card`}>
            <span className="visually-hidden">Source </span>
            {n}
          </a>
          <span id={`${id}-card`} className="cite-card">
            <span className="cite-title">{detail.sourceTitle}</span>
            <span className="cite-meta">{sourceLine(detail)}</span>
            {detail.passage ? <Passage passage={detail.passage} /> : null}
            <span className="cite-go">
              <EvidenceLinkOut detail={detail} />
            </span>
          </span>
        </span>
      ))}
    </sup>
  );
}

/** Props of `NotesList`. */
export interface NotesListProps {
  /** The DOM id of the list (the markers' links lead into it). */
  listId: string;
  /** The section's numbered sources (at least one), each with the markers that cite it. */
  notes: readonly ListedNote[];
  /** The heading of the list. */
  title: string;
  /** The level of its heading. */
  level: 2 | 3;
}

/** How a list names a piece of evidence: the kind of source, and a citation's locator ("UN Web TV page, Title"). */
function listLabel(detail: CardDetail): string {
  return detail.passage ? detail.kindLabel : [detail.kindLabel, detail.locator].filter((s) => s !== "").join(", ");
}

/**
 * The numbered list of a section's sources: each entry links back to the markers that cite it, names the source (a
 * link to the passage, the source's address or its page here) and quotes the start of the passage.
 */
export function NotesList({ listId, notes, title, level }: NotesListProps) {
  const headingId = `${listId}-title`;
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <div className="notes">
      <Heading id={headingId} className="notes-title">
        {title}
      </Heading>
      <ol id={listId} className="notes-list" aria-labelledby={headingId}>
        {notes.map((note) => (
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
function NoteLink({ detail, children }: { detail: CardDetail; children: string }) {
  if (detail.href === undefined) return detail.sourcePage ? <a href={detail.sourcePage}>{children}</a> : <span>{children}</span>;
  if (detail.external) return <ExternalLink href={detail.href}>{children}</ExternalLink>;
  return <a href={detail.href}>{children}</a>;
}
