// Parts of a briefing page for the record's newer fields: the series it belongs to, the facts that fit no field
// (claims, each with its confidence), the organizations mentioned without taking part, and the meetings it relates to,
// inside the dataset or outside it.
import { MEETING_RELATION_LABELS, factOf, formatDate, formatPartialDate, getMeeting, getOrganization, labelOf, organizationName } from "@briefings/core";
import type { Dataset, Meeting } from "@briefings/core";
import { recordPath } from "../lib/safe-href";
import { FactProvenance } from "./fact-provenance";
import { EvidenceLinks, ExternalLink } from "./links";

/** Props of the briefing parts. */
export interface BriefingPartProps {
  dataset: Dataset;
  meeting: Meeting;
}

/** A row of the facts list: the series the meeting belongs to, and its number in it. */
export function SeriesFact({ dataset, meeting }: BriefingPartProps) {
  if (!meeting.series) return null;
  const fact = factOf("series", meeting.series);
  return (
    <div>
      <dt>Series</dt>
      <dd>
        {fact.value} <EvidenceLinks dataset={dataset} evidence={fact.evidence} />
        {fact.note ? <span className="note"> {fact.note}</span> : null}
        <FactProvenance dataset={dataset} fact={fact} />
      </dd>
    </div>
  );
}

/** Facts the sources state that fit no other field (an outcome adopted, an audience, a first of its kind), each with its evidence and confidence. */
export function ClaimsSection({ dataset, meeting }: BriefingPartProps) {
  const claims = meeting.claims ?? [];
  if (claims.length === 0) return null;
  return (
    <section aria-labelledby="claims">
      <h2 id="claims">Other facts stated</h2>
      <ul className="claims">
        {claims.map((c, i) => {
          const fact = factOf("claim", c, { number: i + 1 });
          return (
            <li key={i}>
              {fact.value} <EvidenceLinks dataset={dataset} evidence={fact.evidence} />
              {fact.note ? <span className="note"> {fact.note}</span> : null}
              <FactProvenance dataset={dataset} fact={fact} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Organizations the sources name in the meeting's account without them taking part. */
export function MentionsSection({ dataset, meeting }: BriefingPartProps) {
  const mentions = meeting.mentions ?? [];
  if (mentions.length === 0) return null;
  return (
    <section aria-labelledby="mentions">
      <h2 id="mentions">Also mentioned</h2>
      <p className="meta">Named in the account of the meeting, without taking part in it.</p>
      <ul>
        {mentions.map((m, i) => {
          const org = getOrganization(dataset, m.organization);
          return (
            <li key={i}>
              {org ? <a href={recordPath("organizations", org.id)}>{organizationName(org)}</a> : m.organization}
              {m.note ? <span className="note"> — {m.note}</span> : null} <EvidenceLinks dataset={dataset} evidence={m.evidence} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The meetings this one follows up, continues, prepares or follows: links for those of the dataset, descriptions (and a page, when known) for the others. */
export function RelatedMeetingsSection({ dataset, meeting }: BriefingPartProps) {
  const related = meeting.related ?? [];
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="related">
      <h2 id="related">Related meetings</h2>
      <ul>
        {related.map((r, i) => {
          const other = r.meeting === undefined ? undefined : getMeeting(dataset, r.meeting);
          return (
            <li key={i}>
              {labelOf(MEETING_RELATION_LABELS, r.relation)}{" "}
              {other ? (
                <>
                  <a href={recordPath("briefings", other.id)}>{other.title.value}</a> ({formatDate(other.dates.value.start)})
                </>
              ) : r.external ? (
                <>
                  {r.external.url ? <ExternalLink href={r.external.url}>{r.external.title}</ExternalLink> : <span>{r.external.title}</span>}
                  {r.external.date ? ` (${formatPartialDate(r.external.date)})` : null} <span className="meta">(not in this dataset)</span>
                </>
              ) : (
                <span>{r.meeting}</span>
              )}{" "}
              <EvidenceLinks dataset={dataset} evidence={r.evidence} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
