import { childOrganizations, organizationMeetings, organizationRoles } from "@briefings/core";
import type { Dataset } from "@briefings/core";
import { formatDate } from "../lib/format";
import { recordPath } from "../lib/safe-href";
import { OrganizationYearStrip } from "./appearance-strips";
import { FoundedFact } from "./founded-fact";
import { EvidenceLinks, ExternalLink } from "./links";
import { RoleTerm } from "./role-term";

/** Props of `OrganizationView`. */
export interface OrganizationViewProps {
  dataset: Dataset;
  /** Id of the organization to show. */
  id: string;
}

const KIND_LABELS: Readonly<Record<string, string>> = {
  "un-principal-organ": "Principal organ of the United Nations",
  "un-subsidiary-body": "Subsidiary body of the United Nations",
  "un-secretariat-entity": "United Nations Secretariat entity",
  "un-agency": "United Nations agency",
  "intergovernmental-organization": "Intergovernmental organization",
  "member-state": "Member State",
  "government-agency": "Government agency",
  "law-enforcement-agency": "Law enforcement agency",
  "city-network": "City network",
  "civil-society-organization": "Civil society organization",
  "research-institute": "Research institute",
  "private-company": "Private company",
};

const PART_LABELS: Readonly<Record<string, string>> = {
  convener: "convened",
  host: "hosted",
  "co-organizer": "co-organized",
  supporter: "supported",
  participant: "took part",
};

/** An organization: what it is, posts in it over time, every briefing it took part in, and its people's quotes. */
export function OrganizationView({ dataset, id }: OrganizationViewProps) {
  const org = dataset.organizations.find((o) => o.id === id);
  if (!org) return <p>No organization has the id “{id}”.</p>;
  const parent = org.parent === undefined ? undefined : dataset.organizations.find((o) => o.id === org.parent);
  const children = childOrganizations(dataset, id);
  const roles = organizationRoles(dataset, id);
  const meetings = organizationMeetings(dataset, id);
  const participations = new Set(dataset.participations.filter((p) => p.organization === id).map((p) => p.id));
  const quotes = dataset.quotes.filter((q) => participations.has(q.participation));
  const person = (pid: string) => dataset.people.find((p) => p.id === pid);
  const speakerOf = (participation: string) => {
    const p = dataset.participations.find((x) => x.id === participation);
    if (!p) return undefined;
    return p.person !== undefined ? person(p.person) : undefined;
  };
  return (
    <article className="organization">
      <header className="page-header">
        <p className="kicker">{KIND_LABELS[org.kind] ?? org.kind}</p>
        <h1>
          {org.name}
          {org.acronym ? ` (${org.acronym})` : null}
        </h1>
        {org.alternateNames && org.alternateNames.length > 0 ? <p className="meta">Also named: {org.alternateNames.join(", ")}</p> : null}
        <EvidenceLinks dataset={dataset} evidence={org.evidence} />
      </header>
      <OrganizationYearStrip dataset={dataset} id={id} />
      <dl className="facts">
        <FoundedFact dataset={dataset} organization={org} />
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
      <section aria-labelledby="roles">
        <h2 id="roles">Posts over time</h2>
        {roles.length === 0 ? (
          <p>No posts recorded.</p>
        ) : (
          <ol className="timeline">
            {roles.map((r) => {
              const p = person(r.person);
              return (
                <li key={r.id}>
                  <p>
                    <strong>{r.title}</strong>
                    {r.tenure === "acting" ? " (acting)" : null}: {p ? <a href={recordPath("people", p.id)}>{p.name}</a> : r.person}
                  </p>
                  <p className="meta">
                    {r.start ? formatDate(r.start) : "?"}
                    {r.end && r.end !== r.start ? ` – ${formatDate(r.end)}` : null}
                  </p>
                  <RoleTerm dataset={dataset} role={r} />
                </li>
              );
            })}
          </ol>
        )}
      </section>
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
                <p className="meta">{parts.map((p) => PART_LABELS[p] ?? p).join(", ")}</p>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="quotes">
        <h2 id="quotes">Quotes of its representatives</h2>
        {quotes.length === 0 ? (
          <p>No quotes recorded.</p>
        ) : (
          <ul className="quotes">
            {quotes.map((q) => {
              const who = speakerOf(q.participation);
              return (
                <li key={q.id}>
                  <figure>
                    <blockquote>
                      <p>{q.text}</p>
                    </blockquote>
                    <figcaption>
                      — {who ? <a href={recordPath("people", who.id)}>{who.name}</a> : "Unnamed speaker"}, at{" "}
                      <a href={`${recordPath("briefings", q.meeting)}#${encodeURIComponent(q.id)}`}>
                        {dataset.meetings.find((m) => m.id === q.meeting)?.title.value ?? q.meeting}
                      </a>{" "}
                      <EvidenceLinks dataset={dataset} evidence={q.evidence} />
                    </figcaption>
                  </figure>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </article>
  );
}
