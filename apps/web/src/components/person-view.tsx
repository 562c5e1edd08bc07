import { CAPACITY_LABELS, personAppearances, personQuotes, personRoles } from "@briefings/core";
import type { Dataset } from "@briefings/core";
import { formatDate } from "../lib/format";
import { recordPath } from "../lib/safe-href";
import { PersonYearStrip } from "./appearance-strips";
import { EvidenceLinks } from "./links";
import { RoleTerm } from "./role-term";

/** Props of `PersonView`. */
export interface PersonViewProps {
  dataset: Dataset;
  /** Id of the person to show. */
  id: string;
}

/** "from 27 June 2019 to 27 June 2019" style period of a role, in words. */
function period(start: string | undefined, end: string | undefined): string {
  if (start && end) return start === end ? `seen on ${formatDate(start)}` : `${formatDate(start)} – ${formatDate(end)}`;
  if (start) return `from ${formatDate(start)}`;
  if (end) return `until ${formatDate(end)}`;
  return "dates unknown";
}

/** A person: posts held over time, every appearance at a briefing, and their quotes. */
export function PersonView({ dataset, id }: PersonViewProps) {
  const person = dataset.people.find((p) => p.id === id);
  if (!person) return <p>No person has the id “{id}”.</p>;
  const roles = personRoles(dataset, id);
  const appearances = personAppearances(dataset, id);
  const quotes = personQuotes(dataset, id);
  const org = (orgId: string | undefined) => (orgId === undefined ? undefined : dataset.organizations.find((o) => o.id === orgId));
  const meetingTitle = (meetingId: string) => dataset.meetings.find((m) => m.id === meetingId)?.title.value ?? meetingId;
  return (
    <article className="person">
      <header className="page-header">
        <p className="kicker">Person</p>
        <h1>{person.name}</h1>
        {person.alternateNames && person.alternateNames.length > 0 ? <p className="meta">Also written: {person.alternateNames.join(", ")}</p> : null}
        <EvidenceLinks dataset={dataset} evidence={person.evidence} />
      </header>
      <PersonYearStrip dataset={dataset} id={id} />
      <section aria-labelledby="roles">
        <h2 id="roles">Posts over time</h2>
        {roles.length === 0 ? (
          <p>No posts recorded.</p>
        ) : (
          <ol className="timeline">
            {roles.map((r) => {
              const o = org(r.organization);
              return (
                <li key={r.id}>
                  <p>
                    <strong>{r.title}</strong>
                    {r.tenure === "acting" ? " (acting)" : null}
                    {o ? (
                      <>
                        , <a href={recordPath("organizations", o.id)}>{o.name}</a>
                      </>
                    ) : null}
                  </p>
                  <p className="meta">
                    {period(r.start, r.end)} · as stated: “{r.honorific ? `${r.honorific} ` : ""}
                    {r.titleAsStated}”
                  </p>
                  <RoleTerm dataset={dataset} role={r} />
                  {r.note ? <p className="note">{r.note}</p> : null}
                  <EvidenceLinks dataset={dataset} evidence={r.evidence} />
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <section aria-labelledby="appearances">
        <h2 id="appearances">Appearances</h2>
        {appearances.length === 0 ? (
          <p>No appearances recorded.</p>
        ) : (
          <ol className="appearances">
            {appearances.map((a) => {
              const o = org(a.participation.organization);
              return (
                <li key={a.participation.id}>
                  <p>
                    <time dateTime={a.meeting.dates.value.start}>{formatDate(a.meeting.dates.value.start)}</time>:{" "}
                    <a href={recordPath("briefings", a.meeting.id)}>{a.meeting.title.value}</a>
                  </p>
                  <p className="meta">
                    {(CAPACITY_LABELS as Record<string, string>)[a.participation.capacity] ?? a.participation.capacity}
                    {a.roles[0] ? `, ${a.roles[0].titleAsStated}` : null}
                    {o ? (
                      <>
                        {" "}
                        — <a href={recordPath("organizations", o.id)}>{o.name}</a>
                      </>
                    ) : null}
                  </p>
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <section aria-labelledby="quotes">
        <h2 id="quotes">Quotes</h2>
        {quotes.length === 0 ? (
          <p>No quotes recorded.</p>
        ) : (
          <ul className="quotes">
            {quotes.map((q) => (
              <li key={q.id}>
                <figure>
                  <blockquote>
                    <p>{q.text}</p>
                  </blockquote>
                  <figcaption>
                    At <a href={`${recordPath("briefings", q.meeting)}#${encodeURIComponent(q.id)}`}>{meetingTitle(q.meeting)}</a>{" "}
                    <EvidenceLinks dataset={dataset} evidence={q.evidence} />
                  </figcaption>
                </figure>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
