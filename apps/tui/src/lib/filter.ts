// The briefing list and its filters: rows built once per dataset, filtered per keystroke.
import { MEETING_TYPE_LABELS, meetingsByDate } from "@briefings/core";
import type { Dataset, Meeting } from "@briefings/core";
import type { ListFilters } from "./navigation";

/** One row of the briefing list. */
export interface BriefingRow {
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
  /** The folded words the filter matches (titles, people, organizations, quotes), each once. */
  words: string[];
}

/** Lower-case, accent-free text, for matching as a reader expects ("meza cuadra" finds "Meza-Cuadra"). */
export function fold(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, " ");
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ");
}

/** The folded words of some texts, each once (texts repeat across briefings: they are folded once). */
function wordsOf(texts: readonly string[], cache: Map<string, string[]>): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    let folded = cache.get(text);
    if (!folded) cache.set(text, (folded = fold(text).split(" ").filter((w) => w !== "")));
    for (const w of folded) words.add(w);
  }
  return [...words];
}

/** The rows of every briefing, newest first, with the text each one is found by. */
export function briefingRows(dataset: Dataset): BriefingRow[] {
  const people = new Map(dataset.people.map((p) => [p.id, [p.name, ...p.alternateNames]]));
  const orgs = new Map(dataset.organizations.map((o) => [o.id, [o.name, o.acronym ?? "", ...o.alternateNames]]));
  const extra = new Map<string, string[]>();
  const add = (meeting: string, texts: readonly string[]) => {
    const list = extra.get(meeting);
    if (list) list.push(...texts);
    else extra.set(meeting, [...texts]);
  };
  for (const p of dataset.participations) {
    add(p.meeting, [
      ...(p.person === undefined ? [] : (people.get(p.person) ?? [])),
      ...(p.organization === undefined ? [] : (orgs.get(p.organization) ?? [])),
      p.description ?? "",
    ]);
  }
  for (const m of dataset.meetings) for (const o of m.organizers) add(m.id, orgs.get(o.organization) ?? []);
  for (const q of dataset.quotes) add(q.meeting, [q.text]);
  const cache = new Map<string, string[]>();
  return meetingsByDate(dataset).map((m: Meeting) => ({
    id: m.id,
    date: m.dates.value.start,
    year: Number(m.dates.value.start.slice(0, 4)),
    type: m.type.value,
    typeLabel: MEETING_TYPE_LABELS[m.type.value] ?? m.type.value,
    title: m.title.value,
    review: m.review?.state ?? "draft",
    words: wordsOf([m.title.value, ...m.alternateTitles.map((t) => t.value), m.dates.value.start, ...(extra.get(m.id) ?? [])], cache),
  }));
}

/** A word index of rows: sorted unique words, and for each the rows (by position) that have it. */
interface RowIndex {
  words: string[];
  postings: number[][];
}

const indexes = new WeakMap<readonly BriefingRow[], RowIndex>();

function indexOf(rows: readonly BriefingRow[]): RowIndex {
  let index = indexes.get(rows);
  if (index) return index;
  const map = new Map<string, number[]>();
  rows.forEach((row, i) => {
    for (const w of row.words) {
      const list = map.get(w);
      if (list) list.push(i);
      else map.set(w, [i]);
    }
  });
  const words = [...map.keys()].sort();
  index = { words, postings: words.map((w) => map.get(w)!) };
  indexes.set(rows, index);
  return index;
}

function firstAtLeast(words: readonly string[], prefix: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The rows that pass the filters: every typed word is the start of a word of the row (its title,
 * people, organizations, quotes), and year, type and review state are equal. Uses a word index built once per
 * rows array, so a keystroke costs the matching words' rows, not a scan of every text.
 */
export function filterRows(rows: readonly BriefingRow[], filters: ListFilters): BriefingRow[] {
  const typed = [...new Set(fold(filters.query).split(" ").filter((w) => w !== ""))];
  let keep: Uint8Array | undefined;
  if (typed.length > 0) {
    const index = indexOf(rows);
    keep = new Uint8Array(rows.length);
    typed.forEach((word, n) => {
      // Rows with the word: marked n + 1 if they had every earlier word (marked n).
      for (let i = firstAtLeast(index.words, word); i < index.words.length && index.words[i]!.startsWith(word); i++) {
        for (const r of index.postings[i]!) if (keep![r] === n) keep![r] = n + 1;
      }
    });
  }
  const need = typed.length;
  return rows.filter(
    (r, i) =>
      (keep === undefined || keep[i] === need) &&
      (filters.year === undefined || r.year === filters.year) &&
      (filters.type === undefined || r.type === filters.type) &&
      (filters.review === undefined || r.review === filters.review),
  );
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
