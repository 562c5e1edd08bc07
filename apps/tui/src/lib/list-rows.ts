// The rows the briefing list shows, and nothing more: cheap enough to build before the first frame even
// at 10,000 briefings. What the filter matches (every word of the titles, people, organizations and
// quotes) is built later, from `lib/filter`, when the list is on screen.
import { MEETING_TYPE_LABELS, meetingsByDate } from "@briefings/core";
import type { Dataset, Meeting } from "@briefings/core";
import type { MeetingSummary } from "@briefings/core/trust";

/** One row of the briefing list. */
export interface ListRow {
  id: string;
  /** First day, YYYY-MM-DD. */
  date: string;
  year: number;
  /** Meeting type id (e.g. `open-briefing`). */
  type: string;
  /** Human label of the type. */
  typeLabel: string;
  title: string;
  /** Review state: `curated` (checked against its sources) or `draft` (awaiting review). */
  review: string;
}

/** The row of one briefing, from its summary (as a trusted file's proof records it). */
export function summaryRow(s: MeetingSummary): ListRow {
  return {
    id: s.id,
    date: s.start,
    year: Number(s.start.slice(0, 4)),
    type: s.type,
    typeLabel: MEETING_TYPE_LABELS[s.type as Meeting["type"]["value"]] ?? s.type,
    title: s.title,
    review: s.review,
  };
}

/** The row of one briefing. */
export function listRow(m: Meeting): ListRow {
  return summaryRow({ id: m.id, start: m.dates.value.start, type: m.type.value, title: m.title.value, review: m.review?.state ?? "draft" });
}

/** The list's rows: every briefing, newest first (the order of `meetingsByDate`, which reads the meetings only). */
export function listRows(dataset: Pick<Dataset, "meetings">): ListRow[] {
  return meetingsByDate(dataset as Dataset).map(listRow);
}
