// The head of a briefing page: its type, title and review state, the facts (date, type, series, venue, organizers,
// topics) and the summary as its lead, each with its numbered sources, and beside a fact what other sources give for
// it and how sure the record is.
import { MEETING_TYPE_LABELS, ORGANIZER_ROLES, ORGANIZER_ROLE_LABELS, TOPIC_LABELS, factOf, formatDateRange, formatVenue, getOrganization, labelOf } from "@briefings/core";
import type { Dataset, Meeting } from "@briefings/core";
import { facetPath } from "../../lib/filters";
import { SectionNotes } from "../../lib/notes";
import { recordPath } from "../../lib/safe-href";
import { Cites } from "../citations";
import { CitedBody } from "../cited-section";
import { FactProvenance, citeFact } from "../fact-provenance";
import { Fact, InlineList } from "../facts";
import { ReviewNote } from "../review-state";

/** Props of `BriefingOverview`. */
export interface BriefingOverviewProps {
  dataset: Dataset;
  /** The meeting shown. */
  meeting: Meeting;
}

/** The title, the facts and the summary (as the lead) of a briefing, with the numbered list of their sources. */
export function BriefingOverview({ dataset, meeting }: BriefingOverviewProps) {
  const notes = new SectionNotes(dataset, "overview");
  const typeLabel = labelOf(MEETING_TYPE_LABELS, meeting.type.value);
  const title = notes.cite(meeting.title.evidence);
  const titleFact = citeFact(notes, factOf("title", meeting.title));
  const dates = notes.cite(meeting.dates.evidence);
  const datesFact = citeFact(notes, factOf("dates", meeting.dates));
  const startTime = meeting.startTime ? notes.cite(meeting.startTime.evidence) : [];
  const startTimeFact = meeting.startTime ? citeFact(notes, factOf("startTime", meeting.startTime)) : undefined;
  const type = notes.cite(meeting.type.evidence);
  const typeFact = citeFact(notes, factOf("type", meeting.type));
  const series = meeting.series ? { fact: factOf("series", meeting.series), refs: notes.cite(meeting.series.evidence) } : undefined;
  const seriesFact = series ? citeFact(notes, series.fact) : undefined;
  const venue = meeting.venue ? notes.cite(meeting.venue.evidence) : [];
  const venueFact = meeting.venue ? citeFact(notes, factOf("venue", meeting.venue)) : undefined;
  const organizers = ORGANIZER_ROLES.map((role) => ({
    role,
    orgs: (meeting.organizers ?? []).filter((o) => o.role === role).map((o) => ({ o, refs: notes.cite(o.evidence) })),
  })).filter((g) => g.orgs.length > 0);
  const summary = meeting.summary ? notes.cite(meeting.summary.evidence) : [];
  const summaryFact = meeting.summary ? citeFact(notes, factOf("summary", meeting.summary)) : undefined;
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
        <FactProvenance cited={titleFact} />
        <ReviewNote review={meeting.review} />
      </header>
      <dl className="facts">
        <Fact term="Date">
          <time dateTime={meeting.dates.value.start}>{formatDateRange(meeting.dates.value)}</time>
          <Cites refs={dates} />
          <FactProvenance cited={datesFact} />
          {meeting.startTime ? (
            <>
              {" "}
              at <time dateTime={`${meeting.dates.value.start}T${meeting.startTime.value}`}>{meeting.startTime.value}</time> (local time)
              <Cites refs={startTime} />
              {startTimeFact ? <FactProvenance cited={startTimeFact} /> : null}
            </>
          ) : null}
        </Fact>
        <Fact term="Type">
          {typeLabel}
          <Cites refs={type} />
          <FactProvenance cited={typeFact} />
        </Fact>
        {series && seriesFact ? (
          <Fact term="Series">
            {series.fact.value}
            <Cites refs={series.refs} />
            {series.fact.note ? <span className="note"> {series.fact.note}</span> : null}
            <FactProvenance cited={seriesFact} />
          </Fact>
        ) : null}
        {meeting.venue ? (
          <Fact term="Venue">
            {formatVenue(meeting.venue.value)}
            <Cites refs={venue} />
            {meeting.venue.note ? <span className="note"> {meeting.venue.note}</span> : null}
            {venueFact ? <FactProvenance cited={venueFact} /> : null}
          </Fact>
        ) : null}
        {organizers.map((g) => (
          <Fact key={g.role} term={ORGANIZER_ROLE_LABELS[g.role]}>
            <InlineList
              items={g.orgs}
              itemKey={(_, i) => i}
              render={({ o, refs }) => {
                const org = getOrganization(dataset, o.organization);
                return (
                  <>
                    {org ? <a href={recordPath("organizations", org.id)}>{org.name}</a> : o.organization}
                    <Cites refs={refs} />
                  </>
                );
              }}
            />
          </Fact>
        ))}
        {meeting.topics && meeting.topics.length > 0 ? (
          <Fact term="Topics">
            <ul className="tags">
              {meeting.topics.map((t) => (
                <li key={t}>
                  <a href={facetPath("topic", t)}>{labelOf(TOPIC_LABELS, t)}</a>
                </li>
              ))}
            </ul>
          </Fact>
        ) : null}
      </dl>
      {meeting.summary ? (
        <p id="summary" className="lede">
          {meeting.summary.value}
          <Cites refs={summary} />
          {summaryFact ? <FactProvenance cited={summaryFact} /> : null}
        </p>
      ) : null}
    </CitedBody>
  );
}
