// The head of a briefing page: its type, title, the facts (date, type, venue, organizers, topics) and the summary as
// its lead, each with its numbered sources.
import { MEETING_TYPE_LABELS, ORGANIZER_ROLES, ORGANIZER_ROLE_LABELS, TOPIC_LABELS, VENUE_MODE_LABELS, formatDateRange, getOrganization, labelOf } from "@briefings/core";
import type { Dataset, Meeting } from "@briefings/core";
import { facetPath } from "../../lib/filters";
import { SectionNotes } from "../../lib/notes";
import { recordPath } from "../../lib/safe-href";
import { Cites } from "../citations";
import { CitedBody } from "../cited-section";

/** Props of `BriefingOverview`. */
export interface BriefingOverviewProps {
  dataset: Dataset;
  /** The meeting shown. */
  meeting: Meeting;
}

/** Where a meeting was held, in words. */
function venueText(venue: NonNullable<Meeting["venue"]>["value"]): string {
  if (venue.mode === "virtual") return labelOf(VENUE_MODE_LABELS, venue.mode);
  const places = venue.locations.map((l) => `${l.name}, ${l.city}, ${l.country}`).join("; ");
  return venue.mode === "hybrid" ? `${places} (${labelOf(VENUE_MODE_LABELS, venue.mode).toLowerCase()})` : places;
}

/** The title, the facts and the summary (as the lead) of a briefing, with the numbered list of their sources. */
export function BriefingOverview({ dataset, meeting }: BriefingOverviewProps) {
  const notes = new SectionNotes(dataset, "overview");
  const typeLabel = labelOf(MEETING_TYPE_LABELS, meeting.type.value);
  const title = notes.cite(meeting.title.evidence);
  const dates = notes.cite(meeting.dates.evidence);
  const startTime = meeting.startTime ? notes.cite(meeting.startTime.evidence) : [];
  const type = notes.cite(meeting.type.evidence);
  const venue = meeting.venue ? notes.cite(meeting.venue.evidence) : [];
  const organizers = ORGANIZER_ROLES.map((role) => ({
    role,
    orgs: (meeting.organizers ?? []).filter((o) => o.role === role).map((o) => ({ o, refs: notes.cite(o.evidence) })),
  })).filter((g) => g.orgs.length > 0);
  const summary = meeting.summary ? notes.cite(meeting.summary.evidence) : [];
  return (
    <CitedBody notes={notes} notesTitle="Sources of the title, facts and summary" notesLevel={2}>
      <header className="page-header">
        <p className="kicker">
          <a href={facetPath("type", meeting.type.value)}>{typeLabel}</a>
        </p>
        <div className="title-row">
          <h1>{meeting.title.value}</h1>
          <Cites refs={title} />
        </div>
      </header>
      <dl className="facts">
        <div>
          <dt>Date</dt>
          <dd>
            <time dateTime={meeting.dates.value.start}>{formatDateRange(meeting.dates.value)}</time>
            <Cites refs={dates} />
            {meeting.startTime ? (
              <>
                {" "}
                at <time dateTime={`${meeting.dates.value.start}T${meeting.startTime.value}`}>{meeting.startTime.value}</time> (local time)
                <Cites refs={startTime} />
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>Type</dt>
          <dd>
            {typeLabel}
            <Cites refs={type} />
          </dd>
        </div>
        {meeting.venue ? (
          <div>
            <dt>Venue</dt>
            <dd>
              {venueText(meeting.venue.value)}
              <Cites refs={venue} />
              {meeting.venue.note ? <span className="note"> {meeting.venue.note}</span> : null}
            </dd>
          </div>
        ) : null}
        {organizers.map((g) => (
          <div key={g.role}>
            <dt>{ORGANIZER_ROLE_LABELS[g.role]}</dt>
            <dd>
              <ul className="inline-list">
                {g.orgs.map(({ o, refs }, i) => {
                  const org = getOrganization(dataset, o.organization);
                  return (
                    <li key={i}>
                      {org ? <a href={recordPath("organizations", org.id)}>{org.name}</a> : o.organization}
                      <Cites refs={refs} />
                    </li>
                  );
                })}
              </ul>
            </dd>
          </div>
        ))}
        {meeting.topics && meeting.topics.length > 0 ? (
          <div>
            <dt>Topics</dt>
            <dd>
              <ul className="tags">
                {meeting.topics.map((t) => (
                  <li key={t}>
                    <a href={facetPath("topic", t)}>{labelOf(TOPIC_LABELS, t)}</a>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
      {meeting.summary ? (
        <p id="summary" className="lede">
          {meeting.summary.value}
          <Cites refs={summary} />
        </p>
      ) : null}
    </CitedBody>
  );
}
