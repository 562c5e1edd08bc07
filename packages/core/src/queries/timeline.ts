// Counts over time: meetings by year and type (the timeline), appearances of a person or an organization per year,
// and where a (partial) date falls on a time axis. Each is one pass over its records (no per-year rescans), so a
// page or a screen can draw them for any size of dataset.
import type { Dataset } from "../schemas/dataset";
import type { Meeting } from "../schemas/meeting";
import { MEETING_TYPES, MEETING_TYPE_GROUP, MEETING_TYPE_GROUPS } from "../vocabulary";
import { organizationMeetings } from "./organizations";
import { personAppearances } from "./people";

/** A family of meeting types (`MEETING_TYPE_GROUPS`). */
export type MeetingTypeGroup = (typeof MEETING_TYPE_GROUPS)[number];

/** How many of something fall in one year. */
export interface YearCount {
  year: number;
  count: number;
}

/** An inclusive range of years. */
export interface YearRange {
  first: number;
  last: number;
}

/** One year of the meeting timeline. */
export interface TimelineYear {
  year: number;
  /** Meetings whose first day is in the year. */
  total: number;
  /** Of those, by review state. */
  review: { curated: number; draft: number };
  /** By meeting type, most frequent first (ties in vocabulary order); types with no meeting are left out. */
  types: { type: string; count: number }[];
  /** By family of types, in `MEETING_TYPE_GROUPS` order; empty families are left out. */
  groups: { group: MeetingTypeGroup; count: number }[];
}

/** Meetings by year and type. */
export interface MeetingTimeline {
  /** Every year from the first meeting's to the last one's, oldest first, years without a meeting included. */
  years: TimelineYear[];
  /** The most meetings in one year (0 when there is none). */
  max: number;
  /** Totals by type, in vocabulary order (types outside the vocabulary last), types with no meeting left out. */
  types: { type: string; count: number }[];
  /** Totals by family, in `MEETING_TYPE_GROUPS` order, empty families left out. */
  groups: { group: MeetingTypeGroup; count: number }[];
}

/** The year of an ISO or partial date ("2019-06-27", "2004-03", "2004"), or `undefined` when it does not start with one. */
export function yearOf(date: string): number | undefined {
  const m = /^(\d{4})/.exec(date);
  return m ? Number(m[1]) : undefined;
}

/** The family of a meeting type; a type outside the vocabulary counts as `unknown`. */
export function meetingTypeGroup(type: string): MeetingTypeGroup {
  return Object.hasOwn(MEETING_TYPE_GROUP, type) ? MEETING_TYPE_GROUP[type as keyof typeof MEETING_TYPE_GROUP] : "unknown";
}

const TYPE_ORDER = new Map<string, number>(MEETING_TYPES.map((t, i) => [t, i]));
const typeRank = (type: string) => TYPE_ORDER.get(type) ?? MEETING_TYPES.length;

function sortedCounts<K extends string>(counts: Map<K, number>, rank: (key: K) => number, byCount: boolean) {
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => (byCount ? b.count - a.count : 0) || rank(a.key) - rank(b.key) || a.key.localeCompare(b.key));
}

const groupRank = (g: MeetingTypeGroup) => MEETING_TYPE_GROUPS.indexOf(g);

/** The meetings by year (of their first day), type, family of type and review state, with every year in between. */
export function meetingTimeline(meetings: readonly Meeting[]): MeetingTimeline {
  const perYear = new Map<number, { review: { curated: number; draft: number }; types: Map<string, number>; groups: Map<MeetingTypeGroup, number>; total: number }>();
  const types = new Map<string, number>();
  const groups = new Map<MeetingTypeGroup, number>();
  let first: number | undefined;
  let last: number | undefined;
  for (const m of meetings) {
    const year = yearOf(m.dates.value.start);
    if (year === undefined) continue;
    first = first === undefined || year < first ? year : first;
    last = last === undefined || year > last ? year : last;
    let bucket = perYear.get(year);
    if (!bucket) perYear.set(year, (bucket = { review: { curated: 0, draft: 0 }, types: new Map(), groups: new Map(), total: 0 }));
    const type = m.type.value;
    const group = meetingTypeGroup(type);
    bucket.total += 1;
    if (m.review?.state === "draft") bucket.review.draft += 1;
    else bucket.review.curated += 1;
    bucket.types.set(type, (bucket.types.get(type) ?? 0) + 1);
    bucket.groups.set(group, (bucket.groups.get(group) ?? 0) + 1);
    types.set(type, (types.get(type) ?? 0) + 1);
    groups.set(group, (groups.get(group) ?? 0) + 1);
  }
  const years: TimelineYear[] = [];
  let max = 0;
  if (first !== undefined && last !== undefined) {
    for (let year = first; year <= last; year++) {
      const b = perYear.get(year);
      max = Math.max(max, b?.total ?? 0);
      years.push({
        year,
        total: b?.total ?? 0,
        review: b?.review ?? { curated: 0, draft: 0 },
        types: b ? sortedCounts(b.types, typeRank, true).map(({ key, count }) => ({ type: key, count })) : [],
        groups: b ? sortedCounts(b.groups, groupRank, false).map(({ key, count }) => ({ group: key, count })) : [],
      });
    }
  }
  return {
    years,
    max,
    types: sortedCounts(types, typeRank, false).map(({ key, count }) => ({ type: key, count })),
    groups: sortedCounts(groups, groupRank, false).map(({ key, count }) => ({ group: key, count })),
  };
}

/** The years of the dataset: from its first meeting's to its last one's, or `undefined` when it has none. */
export function datasetYears(dataset: Dataset): YearRange | undefined {
  let first: number | undefined;
  let last: number | undefined;
  for (const m of dataset.meetings) {
    const year = yearOf(m.dates.value.start);
    if (year === undefined) continue;
    first = first === undefined || year < first ? year : first;
    last = last === undefined || year > last ? year : last;
  }
  return first === undefined || last === undefined ? undefined : { first, last };
}

/**
 * How many dates fall in each year of `range` (every year of it, zeros included); without a range, from the first
 * date's year to the last one's. Dates outside the range are not counted.
 */
export function countByYear(dates: Iterable<string>, range?: YearRange): YearCount[] {
  const counts = new Map<number, number>();
  let first = range?.first;
  let last = range?.last;
  for (const date of dates) {
    const year = yearOf(date);
    if (year === undefined) continue;
    if (range && (year < range.first || year > range.last)) continue;
    counts.set(year, (counts.get(year) ?? 0) + 1);
    if (!range) {
      first = first === undefined || year < first ? year : first;
      last = last === undefined || year > last ? year : last;
    }
  }
  const out: YearCount[] = [];
  if (first === undefined || last === undefined) return out;
  for (let year = first; year <= last; year++) out.push({ year, count: counts.get(year) ?? 0 });
  return out;
}

/** The meetings a person took part in, counted per year (a meeting once, however many parts they had in it). */
export function personYears(dataset: Dataset, personId: string, range?: YearRange): YearCount[] {
  const seen = new Set<string>();
  const dates: string[] = [];
  for (const a of personAppearances(dataset, personId)) {
    if (seen.has(a.meeting.id)) continue;
    seen.add(a.meeting.id);
    dates.push(a.meeting.dates.value.start);
  }
  return countByYear(dates, range);
}

/** The meetings an organization convened, hosted, supported or took part in, counted per year. */
export function organizationYears(dataset: Dataset, organizationId: string, range?: YearRange): YearCount[] {
  return countByYear(
    organizationMeetings(dataset, organizationId).map((m) => m.meeting.dates.value.start),
    range,
  );
}

const DAY_MS = 86_400_000;

/**
 * Where a date falls on a time axis counted in years: the start (`edge` "start") or the end (`edge` "end") of the
 * year, month or day it names. "2004" → 2004 / 2005; "2004-03" → 2004.1667 / 2004.25; a day → its start or end.
 * `undefined` for a date that is not one.
 */
export function yearPosition(date: string, edge: "start" | "end"): number | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return undefined;
  const year = Number(m[1]);
  const yearStart = Date.UTC(year, 0, 1);
  const yearLength = Date.UTC(year + 1, 0, 1) - yearStart;
  let from: number;
  let to: number;
  if (m[2] === undefined) return edge === "start" ? year : year + 1;
  const month = Number(m[2]) - 1;
  if (month < 0 || month > 11) return undefined;
  if (m[3] === undefined) {
    from = Date.UTC(year, month, 1);
    to = Date.UTC(year, month + 1, 1);
  } else {
    from = Date.UTC(year, month, Number(m[3]));
    to = from + DAY_MS;
  }
  return year + ((edge === "start" ? from : to) - yearStart) / yearLength;
}
