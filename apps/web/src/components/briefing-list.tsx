import { MEETING_TYPE_LABELS, TOPIC_LABELS, formatDateRange, labelOf, lookup } from "@briefings/core";
import type { Dataset, Meeting } from "@briefings/core";
import { facetPath } from "../lib/filters";
import { recordPath } from "../lib/safe-href";
import { ReviewTag } from "./review-state";

/** Props of `BriefingList`. */
export interface BriefingListProps {
  dataset: Dataset;
  /** The briefings to list, in order. */
  meetings: readonly Meeting[];
  /** Heading level of each briefing's title. */
  headingLevel?: 2 | 3;
}

/** A list of briefings: date, type, review state, title (linking to the briefing) and topics. */
export function BriefingList({ dataset, meetings, headingLevel = 3 }: BriefingListProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  if (meetings.length === 0) return <p>No briefings match.</p>;
  const participations = lookup(dataset).participationsByMeeting;
  return (
    <ol className="briefing-list">
      {meetings.map((m) => {
        const speakers = (participations.get(m.id) ?? []).filter((p) => p.person !== undefined || p.description !== undefined).length;
        return (
          <li key={m.id} className="briefing-card">
            <p className="meta">
              <time dateTime={m.dates.value.start}>{formatDateRange(m.dates.value)}</time>
              {" · "}
              {labelOf(MEETING_TYPE_LABELS, m.type.value)}
              {speakers > 0 ? ` · ${speakers} speaker${speakers === 1 ? "" : "s"}` : null} <ReviewTag review={m.review} />
            </p>
            <Heading className="briefing-title">
              <a href={recordPath("briefings", m.id)}>{m.title.value}</a>
            </Heading>
            {m.topics && m.topics.length > 0 ? (
              <ul className="tags" aria-label="Topics">
                {m.topics.map((t) => (
                  <li key={t}>
                    <a href={facetPath("topic", t)}>{labelOf(TOPIC_LABELS, t)}</a>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
