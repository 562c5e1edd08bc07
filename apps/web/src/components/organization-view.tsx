import { ORGANIZATION_KIND_LABELS, ORGANIZATION_PART_LABELS, childOrganizations, getOrganization, getPerson, labelOf, lookup, organizationMeetings, organizationName, organizationQuotes, organizationRoles, recordCitation } from "@briefings/core";
import { SectionNotes } from "../lib/notes";
import { recordPath } from "../lib/safe-href";
import { siteOrigin } from "../lib/schema-org";
import { CitedBody, CitedSection } from "./cited-section";
import { CiteThisRecord } from "./cite-record";
import { OrganizationYearStrip } from "./appearance-strips";
import { FoundedFact } from "./founded-fact";
import { Fact, InlineList } from "./facts";
import { ExternalLink } from "./links";
import { RecordHeader } from "./record-header";
import { ListOrNone, MeetingItem, QuoteItem, RoleItem } from "./record-lists";
import { MissingRecord, type RecordViewProps } from "./record-view";

/** Props of `OrganizationView`. */
export type OrganizationViewProps = RecordViewProps;

/** An organization: what it is, posts in it over time, every briefing it took part in, and its people's quotes. */
export function OrganizationView({ dataset, id }: OrganizationViewProps) {
  const org = getOrganization(dataset, id);
  if (!org) return <MissingRecord kind="organization" id={id} />;
  const l = lookup(dataset);
  const parent = org.parent === undefined ? undefined : getOrganization(dataset, org.parent);
  const children = childOrganizations(dataset, id);
  const roles = organizationRoles(dataset, id);
  const meetings = organizationMeetings(dataset, id);
  const speakerOf = (participation: string | undefined) => {
    // organizationQuotes gives no document's quote (those have no participation), so this is defensive only.
    const p = participation === undefined ? undefined : l.participation.get(participation);
    return p?.person === undefined ? undefined : getPerson(dataset, p.person);
  };
  const overview = new SectionNotes(dataset, "organization");
  const name = overview.cite(org.evidence);
  const founded = org.founded ? overview.cite(org.founded.evidence) : [];
  const rolesNotes = new SectionNotes(dataset, "roles");
  const roleItems = roles.map((r) => ({ r, refs: rolesNotes.cite(r.evidence), termRefs: r.term ? rolesNotes.cite(r.term.evidence) : [] }));
  const quotesNotes = new SectionNotes(dataset, "quotes");
  const quotes = organizationQuotes(dataset, id).map((q) => ({ q, refs: quotesNotes.cite(q.evidence) }));
  const citation = recordCitation(dataset, "organization", id, { origin: siteOrigin() });
  return (
    <article className="organization">
      <CitedBody notes={overview} notesTitle={org.founded ? "Sources of the name and founding date" : "Sources of the name"} notesLevel={2}>
        <RecordHeader kicker={labelOf(ORGANIZATION_KIND_LABELS, org.kind)} title={organizationName(org)} refs={name} alternateNames={org.alternateNames} />
        <dl className="facts">
          <FoundedFact organization={org} refs={founded} />
          {parent ? (
            <Fact term="Part of">
              <a href={recordPath("organizations", parent.id)}>{parent.name}</a>
            </Fact>
          ) : null}
          {children.length > 0 ? (
            <Fact term="Includes">
              <InlineList items={children} itemKey={(c) => c.id} render={(c) => <a href={recordPath("organizations", c.id)}>{c.name}</a>} />
            </Fact>
          ) : null}
          {org.url ? (
            <Fact term="Website">
              <ExternalLink href={org.url}>{org.url}</ExternalLink>
            </Fact>
          ) : null}
        </dl>
      </CitedBody>
      <OrganizationYearStrip dataset={dataset} id={id} />
      <CitedSection id="roles" title="Posts over time" notes={rolesNotes}>
        <ListOrNone items={roleItems} none="No posts recorded." ordered className="timeline">
          {({ r, refs, termRefs }) => {
            const p = getPerson(dataset, r.person);
            return <RoleItem key={r.id} role={r} refs={refs} termRefs={termRefs} holder={<>: {p ? <a href={recordPath("people", p.id)}>{p.name}</a> : r.person}</>} />;
          }}
        </ListOrNone>
      </CitedSection>
      <section aria-labelledby="appearances">
        <h2 id="appearances">Briefings</h2>
        <ListOrNone items={meetings} none="No briefings recorded." ordered className="appearances">
          {({ meeting, parts }) => (
            <MeetingItem key={meeting.id} meeting={meeting}>
              {parts.map((p) => labelOf(ORGANIZATION_PART_LABELS, p)).join(", ")}
            </MeetingItem>
          )}
        </ListOrNone>
      </section>
      <CitedSection id="quotes" title="Quotes of its representatives" notes={quotesNotes}>
        <ListOrNone items={quotes} none="No quotes recorded." className="quotes">
          {({ q, refs }) => {
            const who = speakerOf(q.participation);
            return (
              <QuoteItem
                key={q.id}
                dataset={dataset}
                quote={q}
                refs={refs}
                attribution={<>— {who ? <a href={recordPath("people", who.id)}>{who.name}</a> : "Unnamed speaker"}, at</>}
              />
            );
          }}
        </ListOrNone>
      </CitedSection>
      {citation ? <CiteThisRecord citation={citation} /> : null}
    </article>
  );
}
