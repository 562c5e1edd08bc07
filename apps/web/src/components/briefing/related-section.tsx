// Briefings a briefing follows up, continues, prepares or follows (in the dataset or outside it), and the curators' notes on its record.
import { MEETING_RELATION_LABELS, formatDate, getMeeting, labelOf } from "@briefings/core";
import type { Dataset, Meeting } from "@briefings/core";
import { SectionNotes } from "../../lib/notes";
import { recordPath } from "../../lib/safe-href";
import { Cites } from "../citations";
import { CitedSection } from "../cited-section";
import { ExternalLink } from "../links";

/** Props of `RelatedSection` and `CuratorNotesSection`. */
export interface RelatedSectionProps {
  dataset: Dataset;
  /** The meeting shown. */
  meeting: Meeting;
}

/** The meetings this one relates to: a briefing of the dataset (linked) or a meeting outside it (its title, date and page). */
export function RelatedSection({ dataset, meeting }: RelatedSectionProps) {
  if (!meeting.related || meeting.related.length === 0) return null;
  const notes = new SectionNotes(dataset, "related");
  const items = meeting.related.map((r) => ({ r, other: r.meeting === undefined ? undefined : getMeeting(dataset, r.meeting), refs: notes.cite(r.evidence) }));
  return (
    <CitedSection id="related" title="Related briefings" notes={notes}>
      <ul>
        {items.map(({ r, other, refs }, i) => (
          <li key={i}>
            {labelOf(MEETING_RELATION_LABELS, r.relation)}{" "}
            {other ? (
              <>
                <a href={recordPath("briefings", other.id)}>{other.title.value}</a> ({formatDate(other.dates.value.start)})
              </>
            ) : r.external ? (
              <>
                {r.external.url === undefined ? r.external.title : <ExternalLink href={r.external.url}>{r.external.title}</ExternalLink>}
                {r.external.date === undefined ? null : ` (${formatDate(r.external.date)})`} <span className="meta">(not in this dataset)</span>
              </>
            ) : (
              r.meeting
            )}
            <Cites refs={refs} />
          </li>
        ))}
      </ul>
    </CitedSection>
  );
}

/** What the curators noted about the record. */
export function CuratorNotesSection({ meeting }: Pick<RelatedSectionProps, "meeting">) {
  if (!meeting.notes || meeting.notes.length === 0) return null;
  return (
    <section aria-labelledby="notes">
      <h2 id="notes">Curators’ notes</h2>
      <ul>
        {meeting.notes.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
    </section>
  );
}
