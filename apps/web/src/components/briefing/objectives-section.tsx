// A briefing's stated objectives, each with its numbered sources (the summary is the lead of the overview).
import type { Dataset, Meeting } from "@briefings/core";
import { SectionNotes } from "../../lib/notes";
import { Cites } from "../citations";
import { CitedSection } from "../cited-section";

/** Props of `ObjectivesSection`. */
export interface MeetingSectionProps {
  dataset: Dataset;
  /** The meeting shown. */
  meeting: Meeting;
}

/** The stated objectives of a briefing. */
export function ObjectivesSection({ dataset, meeting }: MeetingSectionProps) {
  if (!meeting.objectives || meeting.objectives.length === 0) return null;
  const notes = new SectionNotes(dataset, "objectives");
  const items = meeting.objectives.map((o) => ({ o, refs: notes.cite(o.evidence) }));
  return (
    <CitedSection id="objectives" title="Objectives" notes={notes}>
      <ol>
        {items.map(({ o, refs }, i) => (
          <li key={i}>
            {o.value}
            <Cites refs={refs} />
            {o.note ? <span className="note"> {o.note}</span> : null}
          </li>
        ))}
      </ol>
    </CitedSection>
  );
}
