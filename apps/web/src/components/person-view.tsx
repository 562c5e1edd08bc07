import { CAPACITY_LABELS, getOrganization, getPerson, labelOf, personAppearances, personQuotes, personRoles, recordCitation, roleAsStated } from "@briefings/core";
import type { Dataset } from "@briefings/core";
import { SectionNotes } from "../lib/notes";
import { recordPath } from "../lib/safe-href";
import { siteOrigin } from "../lib/schema-org";
import { Cites } from "./citations";
import { CitedBody, CitedSection } from "./cited-section";
import { CiteThisRecord } from "./cite-record";
import { PersonYearStrip } from "./appearance-strips";
import { RecordHeader } from "./record-header";
import { MeetingItem, QuoteItem, RoleItem } from "./record-lists";

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
        <RecordHeader kicker="Person" title={person.name} refs={name} alternateNames={person.alternateNames} alternateLabel="Also written" />
      </CitedBody>
      <PersonYearStrip dataset={dataset} id={id} />
      <CitedSection id="roles" title="Posts over time" notes={rolesNotes}>
        {roles.length === 0 ? (
          <p>No posts recorded.</p>
        ) : (
          <ol className="timeline">
            {roles.map(({ r, org, refs, termRefs }) => (
              <RoleItem
                key={r.id}
                role={r}
                refs={refs}
                termRefs={termRefs}
                holder={
                  org ? (
                    <>
                      , <a href={recordPath("organizations", org.id)}>{org.name}</a>
                    </>
                  ) : null
                }
                details={
                  <>
                    {" "}
                    · as stated: “{roleAsStated(r)}”{r.honorific ? ` · addressed as ${r.honorific}` : null}
                  </>
                }
              >
                {r.note ? <p className="note">{r.note}</p> : null}
              </RoleItem>
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
                <MeetingItem key={a.participation.id} meeting={a.meeting}>
                  {labelOf(CAPACITY_LABELS, a.participation.capacity)}
                  {a.roles[0] ? `, ${roleAsStated(a.roles[0])}` : null}
                  {o ? (
                    <>
                      {" "}
                      — <a href={recordPath("organizations", o.id)}>{o.name}</a>
                    </>
                  ) : null}
                </MeetingItem>
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
              <QuoteItem key={q.id} dataset={dataset} quote={q} refs={refs} attribution="At" />
            ))}
          </ul>
        )}
      </CitedSection>
      {citation ? <CiteThisRecord citation={citation} /> : null}
    </article>
  );
}
