import type { Dataset } from "../schemas/dataset";
import type { Meeting } from "../schemas/meeting";
import { meetingYear } from "./meetings";

/** The meetings whose first day falls in `year`, oldest first (ties by id). */
export function meetingsInYear(dataset: Dataset, year: number): Meeting[] {
  return dataset.meetings
    .filter((m) => meetingYear(m) === year)
    .sort((a, b) => a.dates.value.start.localeCompare(b.dates.value.start) || a.id.localeCompare(b.id));
}

/** One year with meetings. */
export interface MeetingYear {
  year: number;
  /** How many meetings start in that year. */
  meetings: number;
}

/** The years that have meetings, oldest first, with how many start in each. */
export function meetingYears(dataset: Dataset): MeetingYear[] {
  const counts = new Map<number, number>();
  for (const m of dataset.meetings) {
    const year = meetingYear(m);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => a[0] - b[0]).map(([year, meetings]) => ({ year, meetings }));
}
