import { CAPACITY_LABELS, MEETING_TYPE_LABELS, TOPIC_LABELS, factOf, figureFact, formatVenue, meetingRecord, sourceCorrections } from "@briefings/core";
import type { Dataset, Figure, MediaLink, Participant, Quote, Statement } from "@briefings/core";
import { sourceKindLabel } from "../lib/evidence";
import { facetPath } from "../lib/filters";
import { formatConfidence, formatDate, formatDateRange, formatNumber } from "../lib/format";
import { briefingJsonLd } from "../lib/schema-org";
import { recordPath } from "../lib/safe-href";
import { ClaimsSection, MentionsSection, RelatedMeetingsSection, SeriesFact } from "./briefing-extras";
import { CorrectionTable, correctionKindLabel } from "./correction-table";
import { FactProvenance } from "./fact-provenance";
import { JsonLd } from "./json-ld";
import { EvidenceLinks, ExternalLink } from "./links";
import { ReviewNote } from "./review-state";

/** Props of `BriefingView`. */
export interface BriefingViewProps {
  dataset: Dataset;
  /** Id of the meeting to show. */
  id: string;
}

const ORGANIZER_ROLES: Readonly<Record<string, string>> = {
  convener: "Convened by",
  host: "Hosted by",
  "co-organizer": "Co-organized by",
  supporter: "Supported by",
};

/** The name of a participant: a link to the person's page, or the description of an unnamed one. */
function ParticipantName({ participant }: { participant: Participant }) {
  if (participant.person) return <a href={recordPath("people", participant.person.id)}>{participant.person.name}</a>;
  return <span>{participant.name}</span>;
}

/** Role and organization of a participant at the time of the meeting. */
function ParticipantRole({ participant }: { participant: Participant }) {
  const role = participant.roles[0];
  const org = participant.organization;
  return (
    <>
      {role ? <span className="role">{role.titleAsStated}</span> : null}
      {role && org ? " — " : null}
      {org ? <a href={recordPath("organizations", org.id)}>{org.acronym ? `${org.name} (${org.acronym})` : org.name}</a> : null}
    </>
  );
}

/**
 * A media link by its status: a working link, a recovered one (with its recovered URL), "link lost" or "link not
 * recorded" (never a dead link).
 */
export function MediaItem({ dataset, media }: { dataset: Dataset; media: MediaLink }) {
  return (
    <li className={`media media-${media.status}`}>
      {media.status === "target-lost" ? (
        <>
          <span>{media.label}</span> <span className="status status-lost">link lost</span>
        </>
      ) : media.status === "unrecorded" ? (
        <>
          <span>{media.label}</span> <span className="status status-unrecorded">link not recorded</span>
        </>
      ) : media.status === "recovered" ? (
        <>
          <ExternalLink href={media.url}>{media.label}</ExternalLink> <span className="status status-recovered">recovered link</span>
        </>
      ) : (
        <ExternalLink href={media.url}>{media.label}</ExternalLink>
      )}
      {media.note ? <span className="note"> {media.note}</span> : null}
      <EvidenceLinks dataset={dataset} evidence={media.evidence} />
    </li>
  );
}

/** One whole briefing: facts, programme, speakers, what was said, and its sources and corrections. */
export function BriefingView({ dataset, id }: BriefingViewProps) {
  const record = meetingRecord(dataset, id);
  if (!record) return <p>No briefing has the id “{id}”.</p>;
  const { meeting } = record;
  const byParticipation = new Map(record.speakers.map((s) => [s.participation.id, s]));
  const speakerOf = (participation: string | undefined) => (participation === undefined ? undefined : byParticipation.get(participation));
  const sessions = meeting.sessions ?? [];
  const sources = (meeting.sources ?? []).map((sid) => ({ id: sid, source: dataset.sources.find((s) => s.id === sid) }));
  const organizerGroups = Object.keys(ORGANIZER_ROLES)
    .map((role) => ({
      role,
      orgs: (meeting.organizers ?? []).filter((o) => o.role === role),
    }))
    .filter((g) => g.orgs.length > 0);
  const jsonLd = briefingJsonLd(dataset, id);
  const typeLabel = (MEETING_TYPE_LABELS as Record<string, string>)[meeting.type.value] ?? meeting.type.value;
  return (
    <article className="briefing">
      {jsonLd ? <JsonLd data={jsonLd} /> : null}
      <header className="page-header">
        <p className="kicker">
          <a href={facetPath("type", meeting.type.value)}>{typeLabel}</a>
        </p>
        <h1>{meeting.title.value}</h1>
        <EvidenceLinks dataset={dataset} evidence={meeting.title.evidence} />
        <FactProvenance dataset={dataset} fact={factOf("title", meeting.title)} />
        <ReviewNote review={meeting.review} />
      </header>
      <dl className="facts">
        <div>
          <dt>Date</dt>
          <dd>
            <time dateTime={meeting.dates.value.start}>{formatDateRange(meeting.dates.value)}</time>{" "}
            <EvidenceLinks dataset={dataset} evidence={meeting.dates.evidence} />
            <FactProvenance dataset={dataset} fact={factOf("dates", meeting.dates)} />
            {meeting.startTime ? (
              <>
                {" "}
                at <time dateTime={`${meeting.dates.value.start}T${meeting.startTime.value}`}>{meeting.startTime.value}</time> (local time){" "}
                <EvidenceLinks dataset={dataset} evidence={meeting.startTime.evidence} />
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>Type</dt>
          <dd>
            {typeLabel} <EvidenceLinks dataset={dataset} evidence={meeting.type.evidence} />
            <FactProvenance dataset={dataset} fact={factOf("type", meeting.type)} />
          </dd>
        </div>
        <SeriesFact dataset={dataset} meeting={meeting} />
        {meeting.venue ? (
          <div>
            <dt>Venue</dt>
            <dd>
              {formatVenue(meeting.venue.value)} <EvidenceLinks dataset={dataset} evidence={meeting.venue.evidence} />
              {meeting.venue.note ? <span className="note"> {meeting.venue.note}</span> : null}
              <FactProvenance dataset={dataset} fact={factOf("venue", meeting.venue)} />
            </dd>
          </div>
        ) : null}
        {organizerGroups.map((g) => (
          <div key={g.role}>
            <dt>{ORGANIZER_ROLES[g.role]}</dt>
            <dd>
              <ul className="inline-list">
                {g.orgs.map((o, i) => {
                  const org = dataset.organizations.find((x) => x.id === o.organization);
                  return (
                    <li key={i}>
                      {org ? <a href={recordPath("organizations", org.id)}>{org.name}</a> : o.organization}{" "}
                      <EvidenceLinks dataset={dataset} evidence={o.evidence} />
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
                    <a href={facetPath("topic", t)}>{(TOPIC_LABELS as Record<string, string>)[t] ?? t}</a>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
      {meeting.summary ? (
        <section aria-labelledby="summary">
          <h2 id="summary">Summary</h2>
          <p>
            {meeting.summary.value} <EvidenceLinks dataset={dataset} evidence={meeting.summary.evidence} />
            <FactProvenance dataset={dataset} fact={factOf("summary", meeting.summary)} />
          </p>
        </section>
      ) : null}
      <ClaimsSection dataset={dataset} meeting={meeting} />
      {meeting.objectives && meeting.objectives.length > 0 ? (
        <section aria-labelledby="objectives">
          <h2 id="objectives">Objectives</h2>
          <ol>
            {meeting.objectives.map((o, i) => (
              <li key={i}>
                {o.value} <EvidenceLinks dataset={dataset} evidence={o.evidence} />
                {o.note ? <span className="note"> {o.note}</span> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {sessions.length > 0 ? (
        <section aria-labelledby="programme">
          <h2 id="programme">Programme</h2>
          <ol className="programme">
            {sessions.map((s, i) => {
              const inSession = record.speakers.filter((p) => p.participation.session === s.id);
              return (
                <li key={s.id} id={`session-${i + 1}`}>
                  <h3>
                    {s.kind === "thematic" && s.number !== undefined ? <span className="session-number">Session {s.number}: </span> : null}
                    {s.title?.value ?? (s.kind === "opening" ? "Opening" : s.kind === "closing" ? "Closing" : `Session ${i + 1}`)}
                  </h3>
                  {s.date ? <p className="meta">{formatDate(s.date)}</p> : null}
                  {s.title ? <EvidenceLinks dataset={dataset} evidence={s.title.evidence} /> : null}
                  {s.summary && s.summary.value !== s.title?.value ? (
                    <p>
                      {s.summary.value} <EvidenceLinks dataset={dataset} evidence={s.summary.evidence} />
                    </p>
                  ) : null}
                  {inSession.length > 0 ? (
                    <p>
                      Speakers:{" "}
                      {inSession.map((p, j) => (
                        <span key={p.participation.id}>
                          {j > 0 ? ", " : null}
                          <ParticipantName participant={p} />
                        </span>
                      ))}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}
      <section aria-labelledby="speakers">
        <h2 id="speakers">Who spoke</h2>
        {record.speakers.length === 0 ? (
          <p>No speakers are recorded.</p>
        ) : (
          <ul className="speakers">
            {record.speakers.map((p) => (
              <li key={p.participation.id} id={p.participation.id}>
                <p className="speaker-name">
                  <ParticipantName participant={p} />{" "}
                  <span className="capacity">({(CAPACITY_LABELS as Record<string, string>)[p.participation.capacity] ?? p.participation.capacity})</span>
                </p>
                <p className="speaker-role">
                  <ParticipantRole participant={p} />
                </p>
                {p.participation.note ? <p className="note">{p.participation.note}</p> : null}
                <EvidenceLinks dataset={dataset} evidence={p.participation.evidence} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {record.statements.length > 0 ? (
        <section aria-labelledby="statements">
          <h2 id="statements">Statements</h2>
          <ul className="statements">
            {record.statements.map((s: Statement) => {
              const who = speakerOf(s.participation);
              return (
                <li key={s.id} id={s.id}>
                  <p className="said-by">
                    {who ? <ParticipantName participant={who} /> : "Unknown speaker"}
                    {s.onBehalfOf && s.onBehalfOf.length > 0 ? (
                      <span className="on-behalf">
                        {" "}
                        on behalf of{" "}
                        {s.onBehalfOf.map((oid, j) => {
                          const o = dataset.organizations.find((x) => x.id === oid);
                          return (
                            <span key={oid}>
                              {j > 0 ? ", " : null}
                              {o ? <a href={recordPath("organizations", o.id)}>{o.name}</a> : oid}
                            </span>
                          );
                        })}
                      </span>
                    ) : null}
                  </p>
                  <p>
                    {s.text} <EvidenceLinks dataset={dataset} evidence={s.evidence} />
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {record.quotes.length > 0 ? (
        <section aria-labelledby="quotes">
          <h2 id="quotes">Quotes</h2>
          <ul className="quotes">
            {record.quotes.map((q: Quote) => {
              const who = speakerOf(q.participation);
              return (
                <li key={q.id} id={q.id}>
                  <figure>
                    <blockquote>
                      <p>{q.text}</p>
                    </blockquote>
                    <figcaption>
                      — {who ? <ParticipantName participant={who} /> : "Unknown speaker"} <EvidenceLinks dataset={dataset} evidence={q.evidence} />
                    </figcaption>
                  </figure>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {record.figures.length > 0 ? (
        <section aria-labelledby="figures">
          <h2 id="figures">Figures</h2>
          <ul className="figures">
            {record.figures.map((f: Figure) => {
              const who = speakerOf(f.participation);
              return (
                <li key={f.id} id={f.id}>
                  <p className="figure-value">
                    <strong>{f.asStated}</strong>
                  </p>
                  <p>
                    {f.measure}: {f.approximate ? "about " : ""}
                    {formatNumber(f.value)} {f.unit}
                    {f.period ? `, ${formatDate(f.period.start)} – ${formatDate(f.period.end)}` : f.asOf ? `, as of ${formatDate(f.asOf)}` : ""}
                    {who ? (
                      <>
                        {" "}
                        (stated by <ParticipantName participant={who} />)
                      </>
                    ) : null}{" "}
                    <EvidenceLinks dataset={dataset} evidence={f.evidence} />
                    <FactProvenance dataset={dataset} fact={figureFact(f)} />
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {record.organizations.length > 0 ? (
        <section aria-labelledby="organizations">
          <h2 id="organizations">Organizations represented</h2>
          <ul className="columns">
            {record.organizations.map((o) => (
              <li key={o.id}>
                <a href={recordPath("organizations", o.id)}>{o.name}</a>
                {o.acronym ? ` (${o.acronym})` : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <MentionsSection dataset={dataset} meeting={meeting} />
      {meeting.documents && meeting.documents.length > 0 ? (
        <section aria-labelledby="documents">
          <h2 id="documents">Documents cited</h2>
          <ul>
            {meeting.documents.map((d, i) => (
              <li key={i}>
                {d.symbol} <span className="meta">({d.relation})</span> <EvidenceLinks dataset={dataset} evidence={d.evidence} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {meeting.media && meeting.media.length > 0 ? (
        <section aria-labelledby="media">
          <h2 id="media">Photos, webcasts and documents</h2>
          <ul className="media-list">
            {meeting.media.map((m) => (
              <MediaItem key={m.id} dataset={dataset} media={m} />
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="sources">
        <h2 id="sources">Sources and corrections</h2>
        {sources.map(({ id: sid, source }) => {
          const corrections = sourceCorrections(dataset, sid);
          return (
            <section key={sid} className="source-block" aria-label={source?.title ?? sid}>
              <h3>{source ? source.title : sid}</h3>
              {source ? (
                <p className="meta">
                  {sourceKindLabel(source.kind)}
                  {source.published ? ` · published ${formatDate(source.published)}` : null}
                  {source.retrieved ? ` · retrieved ${formatDate(source.retrieved)}` : null}
                  {" · "}
                  <a href={recordPath("sources", sid)}>{source.archive ? "Read the archived text" : "About this source"}</a>
                </p>
              ) : (
                <p>This source is not in the dataset.</p>
              )}
              {source?.defects && source.defects.length > 0 ? (
                <>
                  <p>Defects of this source (not archived, so not repaired here):</p>
                  <ul>
                    {source.defects.map((d, i) => (
                      <li key={i}>
                        {correctionKindLabel(d.kind)}: {d.description}
                        {d.confidence !== undefined ? <span className="meta"> (confidence {formatConfidence(d.confidence)})</span> : null}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {corrections.length === 0 ? (
                <p>No corrections recorded.</p>
              ) : (
                <CorrectionTable corrections={corrections} caption={`Corrections of ${source?.title ?? sid}`} />
              )}
            </section>
          );
        })}
      </section>
      <RelatedMeetingsSection dataset={dataset} meeting={meeting} />
      {meeting.notes && meeting.notes.length > 0 ? (
        <section aria-labelledby="notes">
          <h2 id="notes">Curators’ notes</h2>
          <ul>
            {meeting.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
