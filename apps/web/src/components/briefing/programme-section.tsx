// A briefing's programme: its sessions in order, with who spoke in each.
import { SESSION_KIND_LABELS, formatDate } from "@briefings/core";
import type { Dataset, MeetingRecord, Session } from "@briefings/core";
import { SectionNotes } from "../../lib/notes";
import { Cites } from "../citations";
import { CitedSection } from "../cited-section";
import { ParticipantName } from "./participant";

/** Props of `ProgrammeSection`. */
export interface ProgrammeSectionProps {
  dataset: Dataset;
  /** The meeting's resolved record. */
  record: MeetingRecord;
}

/** The name of a session: its title, else its kind ("Opening", "Session 2"). */
function sessionName(s: Session, i: number): string {
  if (s.title) return s.title.value;
  return s.kind === "thematic" ? `${SESSION_KIND_LABELS.thematic} ${s.number ?? i + 1}` : SESSION_KIND_LABELS[s.kind];
}

/** The sessions of a briefing, each with its title, date, summary and speakers. */
export function ProgrammeSection({ dataset, record }: ProgrammeSectionProps) {
  const sessions = record.meeting.sessions ?? [];
  if (sessions.length === 0) return null;
  const notes = new SectionNotes(dataset, "programme");
  const items = sessions.map((s) => ({
    s,
    title: notes.cite(s.title?.evidence),
    summary: s.summary && s.summary.value !== s.title?.value ? notes.cite(s.summary.evidence) : [],
    speakers: record.speakers.filter((p) => p.participation.session === s.id),
  }));
  return (
    <CitedSection id="programme" title="Programme" notes={notes}>
      <ol className="programme">
        {items.map(({ s, title, summary, speakers }, i) => (
          <li key={s.id} id={`session-${i + 1}`}>
            <div className="title-row">
              <h3>
                {s.kind === "thematic" && s.number !== undefined && s.title ? <span className="session-number">Session {s.number}: </span> : null}
                {sessionName(s, i)}
                {s.date ? <span className="meta"> · {formatDate(s.date)}</span> : null}
              </h3>
              <Cites refs={title} />
            </div>
            {s.summary && summary.length > 0 ? (
              <p className="session-summary">
                {s.summary.value}
                <Cites refs={summary} />
              </p>
            ) : null}
            {speakers.length > 0 ? (
              <p className="session-speakers">
                Speakers:{" "}
                {speakers.map((p, j) => (
                  <span key={p.participation.id}>
                    {j > 0 ? ", " : null}
                    <ParticipantName participant={p} />
                  </span>
                ))}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </CitedSection>
  );
}
