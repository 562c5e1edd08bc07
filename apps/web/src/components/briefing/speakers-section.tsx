// Who spoke at a briefing: each speaker's capacity, post at the time (in the source's words) and organization.
import { CAPACITY_LABELS, labelOf } from "@briefings/core";
import type { Dataset, MeetingRecord } from "@briefings/core";
import { SectionNotes } from "../../lib/notes";
import { Cites } from "../citations";
import { CitedSection } from "../cited-section";
import { ParticipantName, ParticipantRole } from "./participant";

/** Props of `SpeakersSection`. */
export interface SpeakersSectionProps {
  dataset: Dataset;
  /** The meeting's resolved record. */
  record: MeetingRecord;
}

/** Every speaker of a briefing, in programme order. */
export function SpeakersSection({ dataset, record }: SpeakersSectionProps) {
  const notes = new SectionNotes(dataset, "speakers");
  const items = record.speakers.map((p) => ({ p, refs: notes.cite(p.participation.evidence) }));
  return (
    <CitedSection id="speakers" title="Who spoke" notes={notes}>
      {items.length === 0 ? (
        <p>No speakers are recorded.</p>
      ) : (
        <ul className="speakers">
          {items.map(({ p, refs }) => (
            <li key={p.participation.id} id={p.participation.id}>
              <span className="speaker-name">
                <ParticipantName participant={p} />
              </span>{" "}
              <span className="capacity">({labelOf(CAPACITY_LABELS, p.participation.capacity)})</span>
              <Cites refs={refs} />
              <span className="speaker-role">
                <ParticipantRole participant={p} />
              </span>
              {p.participation.note ? <span className="note"> {p.participation.note}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </CitedSection>
  );
}
