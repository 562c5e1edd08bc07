import { CAPACITY_LABELS, getOrganization, getPerson, labelOf, personAppearances, personQuotes, personRoles, recordCitation, roleAsStated } from "@briefings/core";
import { SectionNotes } from "../lib/notes";
import { recordPath } from "../lib/safe-href";
import { siteOrigin } from "../lib/schema-org";
import { CitedBody, CitedSection } from "./cited-section";
import { CiteThisRecord } from "./cite-record";
import { PersonYearStrip } from "./appearance-strips";
import { RecordHeader } from "./record-header";
import { ListOrNone, MeetingItem, QuoteItem, RoleItem } from "./record-lists";
import { MissingRecord, type RecordViewProps } from "./record-view";

/** Props of `PersonView`. */
export type PersonViewProps = RecordViewProps;

/** A person: posts held over time, every appearance at a briefing, their quotes, and how to cite the record. */
export function PersonView({ dataset, id }: PersonViewProps) {
  const person = getPerson(dataset, id);
  if (!person) return <MissingRecord kind="person" id={id} />;
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
        <ListOrNone items={roles} none="No posts recorded." ordered className="timeline">
          {({ r, org, refs, termRefs }) => (
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
          )}
        </ListOrNone>
      </CitedSection>
      <section aria-labelledby="appearances">
        <h2 id="appearances">Appearances</h2>
        <ListOrNone items={appearances} none="No appearances recorded." ordered className="appearances">
          {(a) => {
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
          }}
        </ListOrNone>
      </section>
      <CitedSection id="quotes" title="Quotes" notes={quotesNotes}>
        <ListOrNone items={quotes} none="No quotes recorded." className="quotes">
          {({ q, refs }) => (
            <QuoteItem key={q.id} dataset={dataset} quote={q} refs={refs} attribution="At" />
          )}
        </ListOrNone>
      </CitedSection>
      {citation ? <CiteThisRecord citation={citation} /> : null}
    </article>
  );
}
