// The briefing list and its filters: rows built once per dataset, filtered per keystroke.
import { meetingOrganizations, meetingsByDate } from "@briefings/core";
import type { Dataset, Meeting } from "@briefings/core";
import { buildSearchIndex, matchingDocuments, tokenize, type SearchIndex } from "@briefings/core/search";
import { listRow, type ListRow } from "./list-rows";
import type { ListFilters } from "./navigation";

/** One row of the briefing list, with the text the filter finds it by. */
export interface BriefingRow extends ListRow {
  /** The text the filter finds the row by (alternate titles, date, people, organizations, quotes), split into words by core's search. */
  text: string;
}

/** The rows of every briefing, newest first, with the text each one is found by. */
export function briefingRows(dataset: Dataset): BriefingRow[] {
  const people = new Map(dataset.people.map((p) => [p.id, [p.name, ...p.alternateNames]]));
  const extra = new Map<string, string[]>();
  const add = (meeting: string, texts: readonly string[]) => {
    const list = extra.get(meeting);
    if (list) list.push(...texts);
    else extra.set(meeting, [...texts]);
  };
  for (const p of dataset.participations) {
    add(p.meeting, [...(p.person === undefined ? [] : (people.get(p.person) ?? [])), p.description ?? ""]);
  }
  for (const m of dataset.meetings) add(m.id, meetingOrganizations(dataset, m.id).flatMap((o) => [o.name, o.acronym ?? "", ...o.alternateNames]));
  for (const q of dataset.quotes) add(q.meeting, [q.text]);
  return meetingsByDate(dataset).map((m: Meeting) => ({
    ...listRow(m),
    text: [...m.alternateTitles.map((t) => t.value), m.dates.value.start, ...(extra.get(m.id) ?? [])].join(" "),
  }));
}

const indexes = new WeakMap<readonly BriefingRow[], SearchIndex<BriefingRow>>();

/**
 * Core's search index of the rows (built once per rows array). Every prefix of a word is a key
 * (`minPrefix: 1`), so a word being typed narrows the list from its first letter.
 */
export function rowIndex(rows: readonly BriefingRow[]): SearchIndex<BriefingRow> {
  let index = indexes.get(rows);
  if (!index) indexes.set(rows, (index = buildSearchIndex(rows, { minPrefix: 1 })));
  return index;
}

/**
 * The rows that pass the filters: every typed word starts a word of the row (its title, people,
 * organizations, quotes; words as core's search splits them), and year, type and review state are equal. A
 * keystroke costs the matching rows, not a scan of every text.
 */
export function filterRows(rows: readonly BriefingRow[], filters: ListFilters): BriefingRow[] {
  const keep = (r: BriefingRow) =>
    (filters.year === undefined || r.year === filters.year) &&
    (filters.type === undefined || r.type === filters.type) &&
    (filters.review === undefined || r.review === filters.review);
  if (tokenize(filters.query).length === 0) return rows.filter(keep);
  const out: BriefingRow[] = [];
  for (const n of matchingDocuments(rowIndex(rows), filters.query)) {
    const row = rows[n]!;
    if (keep(row)) out.push(row);
  }
  return out;
}

/** The years that have briefings, newest first. */
export function yearsOf(rows: readonly BriefingRow[]): number[] {
  return [...new Set(rows.map((r) => r.year))].sort((a, b) => b - a);
}

/** The meeting types that occur, in vocabulary order of first appearance. */
export function typesOf(rows: readonly BriefingRow[]): string[] {
  return [...new Set(rows.map((r) => r.type))].sort();
}

/** The next value in a cycle `undefined → values[0] → … → values[n-1] → undefined`. */
export function cycle<T>(values: readonly T[], current: T | undefined): T | undefined {
  if (values.length === 0) return undefined;
  if (current === undefined) return values[0];
  const i = values.indexOf(current);
  return i < 0 || i === values.length - 1 ? undefined : values[i + 1];
}
