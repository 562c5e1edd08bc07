import { CAPACITY_LABELS, formatDate, formatPeriod, getMeeting, getOrganization, getPerson, labelOf, personAppearances, personQuotes, personRoles, recordCitation, roleAsStated } from "@briefings/core";
import type { Dataset } from "@briefings/core";
import { SectionNotes } from "../lib/notes";
import { recordPath } from "../lib/safe-href";
import { siteOrigin } from "../lib/schema-org";
import { Cites } from "./citations";
import { CitedBody, CitedSection } from "./cited-section";
import { CiteThisRecord } from "./cite-record";
import { PersonYearStrip } from "./appearance-strips";
import { RoleTerm } from "./role-term";

/** Props of `PersonView`. */
export interface PersonViewProps {
  dataset: Dataset;
  /** Id of the person to show. */
  id: string;
}

/** A person: posts held over time, every appearance at a briefing, their quotes, and how to cite the record. */
export function PersonView({ dataset, id }: PersonViewProps) {
  const person = getPerson(dataset, id);
  if (!person) return <p>No person has the id “{id}”.</p>;
  const appearances = personAppearances(dataset, id);
  const overview = new SectionNotes(dataset, "person");
  const name = overview.cite(person.evidence);
  const rolesNotes = new SectionNotes(dataset, "roles");
  const roles = personRoles(dataset, id).map((r) => ({
    r,
    org: getOrganization(dataset, r.organization),
    refs: rolesNotes.cite(r.evidence),
    termRefs: r.term ? rolesNotes.cite(r.term.evidence) : [],
  }));
  const quotesNotes = new SectionNotes(dataset, "quotes");
  const quotes = personQuotes(dataset, id).map((q) => ({ q, refs: quotesNotes.cite(q.evidence) }));
  const citation = recordCitation(dataset, "person", id, { origin: siteOrigin() });
  return (
    <article className="person">
      <CitedBody notes={overview} notesTitle="Sources of the name" notesLevel={2}>
        <header className="page-header">
          <p className="kicker">Person</p>
          <div className="title-row">
            <h1>{person.name}</h1>
            <Cites refs={name} />
          </div>
          {person.alternateNames && person.alternateNames.length > 0 ? <p className="meta">Also written: {person.alternateNames.join(", ")}</p> : null}
        </header>
      </CitedBody>
      <PersonYearStrip dataset={dataset} id={id} />
      <CitedSection id="roles" title="Posts over time" notes={rolesNotes}>
        {roles.length === 0 ? (
          <p>No posts recorded.</p>
        ) : (
          <ol className="timeline">
            {roles.map(({ r, org, refs, termRefs }) => (
              <li key={r.id}>
                <p>
                  <strong>{r.title}</strong>
                  {r.tenure === "acting" ? " (acting)" : null}
                  {org ? (
                    <>
                      , <a href={recordPath("organizations", org.id)}>{org.name}</a>
                    </>
                  ) : null}
                  <Cites refs={refs} />
                </p>
                <p className="meta">
                  {formatPeriod(r.start, r.end)} · as stated: “{roleAsStated(r)}”{r.honorific ? ` · addressed as ${r.honorific}` : null}
                </p>
                <RoleTerm role={r} refs={termRefs} />
                {r.note ? <p className="note">{r.note}</p> : null}
              </li>
            ))}
          </ol>
        )}
      </CitedSection>
      <section aria-labelledby="appearances">
        <h2 id="appearances">Appearances</h2>
        {appearances.length === 0 ? (
          <p>No appearances recorded.</p>
        ) : (
          <ol className="appearances">
            {appearances.map((a) => {
              const o = a.participation.organization === undefined ? undefined : getOrganization(dataset, a.participation.organization);
              return (
                <li key={a.participation.id}>
                  <p>
                    <time dateTime={a.meeting.dates.value.start}>{formatDate(a.meeting.dates.value.start)}</time>:{" "}
                    <a href={recordPath("briefings", a.meeting.id)}>{a.meeting.title.value}</a>
                  </p>
                  <p className="meta">
                    {labelOf(CAPACITY_LABELS, a.participation.capacity)}
                    {a.roles[0] ? `, ${roleAsStated(a.roles[0])}` : null}
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
      <CitedSection id="quotes" title="Quotes" notes={quotesNotes}>
        {quotes.length === 0 ? (
          <p>No quotes recorded.</p>
        ) : (
          <ul className="quotes">
            {quotes.map(({ q, refs }) => (
              <li key={q.id}>
                <figure>
                  <blockquote>
                    <p>{q.text}</p>
                  </blockquote>
                  <figcaption>
                    At <a href={`${recordPath("briefings", q.meeting)}#${encodeURIComponent(q.id)}`}>{getMeeting(dataset, q.meeting)?.title.value ?? q.meeting}</a>
                    <Cites refs={refs} />
                  </figcaption>
                </figure>
              </li>
            ))}
          </ul>
        )}
      </CitedSection>
      {citation ? <CiteThisRecord citation={citation} /> : null}
    </article>
  );
}
