// The organizations represented at a briefing, and the documents it cites.
import { DOCUMENT_RELATION_LABELS, labelOf, organizationName } from "@briefings/core";
import type { Dataset, Meeting, MeetingRecord } from "@briefings/core";
import { SectionNotes } from "../../lib/notes";
import { recordPath } from "../../lib/safe-href";
import { Cites } from "../citations";
import { CitedSection } from "../cited-section";

/** Props of `OrganizationsSection`. */
export interface OrganizationsSectionProps {
  /** The meeting's resolved record. */
  record: MeetingRecord;
}

/** The organizations represented, by name. */
export function OrganizationsSection({ record }: OrganizationsSectionProps) {
  if (record.organizations.length === 0) return null;
  return (
    <section aria-labelledby="organizations">
      <h2 id="organizations">Organizations represented</h2>
      <ul className="columns">
        {record.organizations.map((o) => (
          <li key={o.id}>
            <a href={recordPath("organizations", o.id)}>{organizationName(o)}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Props of `DocumentsSection`. */
export interface DocumentsSectionProps {
  dataset: Dataset;
  /** The meeting shown. */
  meeting: Meeting;
}

/** The Security Council and other documents a briefing cites. */
export function DocumentsSection({ dataset, meeting }: DocumentsSectionProps) {
  if (!meeting.documents || meeting.documents.length === 0) return null;
  const notes = new SectionNotes(dataset, "documents");
  const items = meeting.documents.map((d) => ({ d, refs: notes.cite(d.evidence) }));
  return (
    <CitedSection id="documents" title="Documents cited" notes={notes}>
      <ul>
        {items.map(({ d, refs }, i) => (
          <li key={i}>
            {d.symbol} <span className="meta">({labelOf(DOCUMENT_RELATION_LABELS, d.relation).toLowerCase()})</span>
            <Cites refs={refs} />
          </li>
        ))}
      </ul>
    </CitedSection>
  );
}
