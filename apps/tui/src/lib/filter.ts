// The briefing list and its filters: rows built once per dataset, filtered per keystroke.
import { lookup, meetingOrganizations } from "@briefings/core";
import type { Dataset } from "@briefings/core";
import { segmentedIndex, tokenize, type SegmentedIndex } from "@briefings/core/search";
import { listRows, type ListRow } from "./list-rows";
import type { ListFilters } from "./navigation";

/** One row of the briefing list, with the text the filter finds it by. */
export interface BriefingRow extends ListRow {
  /** The text the filter finds the row by (alternate titles, date, people, organizations, quotes), split into words by core's search. */
  text: string;
}

/**
 * Builds the rows of every briefing (newest first, with the text each one is found by) in small steps:
 * a generator that yields after each record it reads, so a caller can spread the work over turns of
 * the event loop. Its return value is the rows.
 */
export function* briefingRowSteps(dataset: Dataset, list: readonly ListRow[] = listRows(dataset)): Generator<void, BriefingRow[]> {
  const people = new Map<string, string[]>();
  for (const p of dataset.people) {
    people.set(p.id, [p.name, ...p.alternateNames]);
    yield;
  }
  const extra = new Map<string, string[]>();
  const add = (meeting: string, texts: readonly string[]) => {
    const list = extra.get(meeting);
    if (list) list.push(...texts);
    else extra.set(meeting, [...texts]);
  };
  for (const p of dataset.participations) {
    add(p.meeting, [...(p.person === undefined ? [] : (people.get(p.person) ?? [])), p.description ?? ""]);
    yield;
  }
  for (const m of dataset.meetings) {
    add(m.id, meetingOrganizations(dataset, m.id).flatMap((o) => [o.name, o.acronym ?? "", ...o.alternateNames]));
    yield;
  }
  for (const q of dataset.quotes) {
    add(q.meeting, [q.text]);
    yield;
  }
  const meetings = lookup(dataset).meeting;
  const rows: BriefingRow[] = [];
  for (const row of list) {
    const m = meetings.get(row.id)!;
    rows.push({ ...row, text: [...m.alternateTitles.map((t) => t.value), m.dates.value.start, ...(extra.get(m.id) ?? [])].join(" ") });
    yield;
  }
  return rows;
}

/** The rows of every briefing, newest first, with the text each one is found by. */
export function briefingRows(dataset: Dataset): BriefingRow[] {
  const steps = briefingRowSteps(dataset);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** The filter's index of rows: every prefix of a word is a key, so a word being typed narrows the list from its first letter. */
export function rowSearchIndex<R extends { title: string; text: string }>(rows: readonly R[]): SegmentedIndex<R> {
  return segmentedIndex(rows, { minPrefix: 1 });
}

const indexes = new WeakMap<readonly BriefingRow[], SegmentedIndex<BriefingRow>>();

/** Core's search index of the rows, complete (built once per rows array). */
export function rowIndex(rows: readonly BriefingRow[]): SegmentedIndex<BriefingRow> {
  let index = indexes.get(rows);
  if (!index) {
    indexes.set(rows, (index = rowSearchIndex(rows)));
    index.grow(rows.length);
  }
  return index;
}

/**
 * The rows that pass the filters: every typed word starts a word of the row (its title, people,
 * organizations, quotes; words as core's search splits them), and year, type and review state are equal. A
 * keystroke costs the matching rows, not a scan of every text. `index` is the filter's index of the same
 * rows (in the same order); while it grows, the words match among the rows indexed so far.
 */
export function filterIndexed<R extends ListRow>(rows: readonly R[], index: SegmentedIndex | undefined, filters: ListFilters): R[] {
  const keep = (r: ListRow) =>
    (filters.year === undefined || r.year === filters.year) &&
    (filters.type === undefined || r.type === filters.type) &&
    (filters.review === undefined || r.review === filters.review);
  if (tokenize(filters.query).length === 0) return rows.filter(keep);
  const out: R[] = [];
  if (index === undefined) return out;
  for (const n of index.matching(filters.query)) {
    const row = rows[n]!;
    if (keep(row)) out.push(row);
  }
  return out;
}

/** `filterIndexed` with the rows' complete index. */
export function filterRows(rows: readonly BriefingRow[], filters: ListFilters): BriefingRow[] {
  return filterIndexed(rows, rowIndex(rows), filters);
}

/** The years that have briefings, newest first. */
export function yearsOf(rows: readonly ListRow[]): number[] {
  return [...new Set(rows.map((r) => r.year))].sort((a, b) => b - a);
}

/** The meeting types that occur, in vocabulary order of first appearance. */
export function typesOf(rows: readonly ListRow[]): string[] {
  return [...new Set(rows.map((r) => r.type))].sort();
}

/** The next value in a cycle `undefined → values[0] → … → values[n-1] → undefined`. */
export function cycle<T>(values: readonly T[], current: T | undefined): T | undefined {
  if (values.length === 0) return undefined;
  if (current === undefined) return values[0];
  const i = values.indexOf(current);
  return i < 0 || i === values.length - 1 ? undefined : values[i + 1];
}
