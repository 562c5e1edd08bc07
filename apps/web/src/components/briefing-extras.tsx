// Parts of a briefing page for the record's newer fields: the facts that fit no field (claims, each with its
// confidence) and the organizations mentioned without taking part. (The series is a row of the overview's facts; the
// related meetings, inside the dataset or outside it, are `briefing/related-section`.)
import { factOf, getOrganization, organizationName } from "@briefings/core";
import type { Dataset, Meeting } from "@briefings/core";
import { SectionNotes } from "../lib/notes";
import { recordPath } from "../lib/safe-href";
import { Cites } from "./citations";
import { CitedSection } from "./cited-section";
import { FactProvenance, citeFact } from "./fact-provenance";

/** Props of the briefing parts. */
export interface BriefingPartProps {
  dataset: Dataset;
  /** The meeting shown. */
  meeting: Meeting;
}

/** Facts the sources state that fit no other field (an outcome adopted, an audience, a first of its kind), each with its sources and confidence. */
export function ClaimsSection({ dataset, meeting }: BriefingPartProps) {
  const claims = meeting.claims ?? [];
  if (claims.length === 0) return null;
  const notes = new SectionNotes(dataset, "claims");
  const items = claims.map((c, i) => {
    const fact = factOf("claim", c, { number: i + 1 });
    const refs = notes.cite(fact.evidence);
    return { fact, refs, cited: citeFact(notes, fact) };
  });
  return (
    <CitedSection id="claims" title="Other facts stated" notes={notes}>
      <ul className="claims">
        {items.map(({ fact, refs, cited }, i) => (
          <li key={i}>
            {fact.value}
            <Cites refs={refs} />
            {fact.note ? <span className="note"> {fact.note}</span> : null}
            <FactProvenance cited={cited} />
          </li>
        ))}
      </ul>
    </CitedSection>
  );
}

/** Organizations the sources name in the meeting's account without them taking part. */
export function MentionsSection({ dataset, meeting }: BriefingPartProps) {
  const mentions = meeting.mentions ?? [];
  if (mentions.length === 0) return null;
  const notes = new SectionNotes(dataset, "mentions");
  const items = mentions.map((m) => ({ m, org: getOrganization(dataset, m.organization), refs: notes.cite(m.evidence) }));
  return (
    <CitedSection id="mentions" title="Also mentioned" notes={notes}>
      <p className="meta">Named in the account of the meeting, without taking part in it.</p>
      <ul>
        {items.map(({ m, org, refs }, i) => (
          <li key={i}>
            {org ? <a href={recordPath("organizations", org.id)}>{organizationName(org)}</a> : m.organization}
            {m.note ? <span className="note"> — {m.note}</span> : null}
            <Cites refs={refs} />
          </li>
        ))}
      </ul>
    </CitedSection>
  );
}
