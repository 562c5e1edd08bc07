import {
  ORGANIZATION_KIND_LABELS,
  ORGANIZATION_PART_LABELS,
  childOrganizations,
  formatDate,
  formatPeriod,
  getMeeting,
  getOrganization,
  getPerson,
  labelOf,
  lookup,
  organizationMeetings,
  organizationName,
  organizationRoles,
  recordCitation,
} from "@briefings/core";
import type { Dataset } from "@briefings/core";
import { SectionNotes } from "../lib/notes";
import { recordPath } from "../lib/safe-href";
import { siteOrigin } from "../lib/schema-org";
import { Cites } from "./citations";
import { CitedBody, CitedSection } from "./cited-section";
import { CiteThisRecord } from "./cite-record";
import { OrganizationYearStrip } from "./appearance-strips";
import { FoundedFact } from "./founded-fact";
import { ExternalLink } from "./links";
import { RoleTerm } from "./role-term";

/** Props of `OrganizationView`. */
export interface OrganizationViewProps {
  dataset: Dataset;
  /** Id of the organization to show. */
  id: string;
}

/** An organization: what it is, posts in it over time, every briefing it took part in, and its people's quotes. */
export function OrganizationView({ dataset, id }: OrganizationViewProps) {
  const org = getOrganization(dataset, id);
  if (!org) return <p>No organization has the id “{id}”.</p>;
  const l = lookup(dataset);
  const parent = org.parent === undefined ? undefined : getOrganization(dataset, org.parent);
  const children = childOrganizations(dataset, id);
  const roles = organizationRoles(dataset, id);
  const meetings = organizationMeetings(dataset, id);
  const participations = new Set((l.participationsByOrganization.get(id) ?? []).map((p) => p.id));
  const speakerOf = (participation: string) => {
    const p = l.participation.get(participation);
    return p?.person === undefined ? undefined : getPerson(dataset, p.person);
  };
  const overview = new SectionNotes(dataset, "organization");
  const name = overview.cite(org.evidence);
  const founded = org.founded ? overview.cite(org.founded.evidence) : [];
  const rolesNotes = new SectionNotes(dataset, "roles");
  const roleItems = roles.map((r) => ({ r, refs: rolesNotes.cite(r.evidence), termRefs: r.term ? rolesNotes.cite(r.term.evidence) : [] }));
  const quotesNotes = new SectionNotes(dataset, "quotes");
  const quotes = dataset.quotes.filter((q) => participations.has(q.participation)).map((q) => ({ q, refs: quotesNotes.cite(q.evidence) }));
  const citation = recordCitation(dataset, "organization", id, { origin: siteOrigin() });
  return (
    <article className="organization">
      <CitedBody notes={overview} notesTitle={org.founded ? "Sources of the name and founding date" : "Sources of the name"} notesLevel={2}>
        <header className="page-header">
          <p className="kicker">{labelOf(ORGANIZATION_KIND_LABELS, org.kind)}</p>
          <div className="title-row">
            <h1>{organizationName(org)}</h1>
            <Cites refs={name} />
          </div>
          {org.alternateNames && org.alternateNames.length > 0 ? <p className="meta">Also named: {org.alternateNames.join(", ")}</p> : null}
        </header>
        <dl className="facts">
          <FoundedFact organization={org} refs={founded} />
          {parent ? (
            <div>
              <dt>Part of</dt>
              <dd>
                <a href={recordPath("organizations", parent.id)}>{parent.name}</a>
              </dd>
            </div>
          ) : null}
          {children.length > 0 ? (
            <div>
              <dt>Includes</dt>
              <dd>
                <ul className="inline-list">
                  {children.map((c) => (
                    <li key={c.id}>
                      <a href={recordPath("organizations", c.id)}>{c.name}</a>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ) : null}
          {org.url ? (
            <div>
              <dt>Website</dt>
              <dd>
                <ExternalLink href={org.url}>{org.url}</ExternalLink>
              </dd>
            </div>
          ) : null}
        </dl>
      </CitedBody>
      <OrganizationYearStrip dataset={dataset} id={id} />
      <CitedSection id="roles" title="Posts over time" notes={rolesNotes}>
        {roleItems.length === 0 ? (
          <p>No posts recorded.</p>
        ) : (
          <ol className="timeline">
            {roleItems.map(({ r, refs, termRefs }) => {
              const p = getPerson(dataset, r.person);
              return (
                <li key={r.id}>
                  <p>
                    <strong>{r.title}</strong>
                    {r.tenure === "acting" ? " (acting)" : null}: {p ? <a href={recordPath("people", p.id)}>{p.name}</a> : r.person}
                    <Cites refs={refs} />
                  </p>
                  <p className="meta">{formatPeriod(r.start, r.end)}</p>
                  <RoleTerm role={r} refs={termRefs} />
                </li>
              );
            })}
          </ol>
        )}
      </CitedSection>
      <section aria-labelledby="appearances">
        <h2 id="appearances">Briefings</h2>
        {meetings.length === 0 ? (
          <p>No briefings recorded.</p>
        ) : (
          <ol className="appearances">
            {meetings.map(({ meeting, parts }) => (
              <li key={meeting.id}>
                <p>
                  <time dateTime={meeting.dates.value.start}>{formatDate(meeting.dates.value.start)}</time>:{" "}
                  <a href={recordPath("briefings", meeting.id)}>{meeting.title.value}</a>
                </p>
                <p className="meta">{parts.map((p) => labelOf(ORGANIZATION_PART_LABELS, p)).join(", ")}</p>
              </li>
            ))}
          </ol>
        )}
      </section>
      <CitedSection id="quotes" title="Quotes of its representatives" notes={quotesNotes}>
        {quotes.length === 0 ? (
          <p>No quotes recorded.</p>
        ) : (
          <ul className="quotes">
            {quotes.map(({ q, refs }) => {
              const who = speakerOf(q.participation);
              return (
                <li key={q.id}>
                  <figure>
                    <blockquote>
                      <p>{q.text}</p>
                    </blockquote>
                    <figcaption>
                      — {who ? <a href={recordPath("people", who.id)}>{who.name}</a> : "Unnamed speaker"}, at{" "}
                      <a href={`${recordPath("briefings", q.meeting)}#${encodeURIComponent(q.id)}`}>{getMeeting(dataset, q.meeting)?.title.value ?? q.meeting}</a>
                      <Cites refs={refs} />
                    </figcaption>
                  </figure>
                </li>
              );
            })}
          </ul>
        )}
      </CitedSection>
      {citation ? <CiteThisRecord citation={citation} /> : null}
    </article>
  );
}
