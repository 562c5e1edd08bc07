import { fold } from "../text/fold";
import type { Dataset } from "../schemas/dataset";
import { MEETING_TYPE_LABELS, TOPIC_LABELS } from "../vocabulary";
import { lookup } from "./lookup";

/** The kinds of record search finds. */
export type SearchKind = "meeting" | "person" | "organization" | "quote" | "figure" | "statement";

/** A searchable document: one record, its display title and the text it is found by. */
export interface SearchDocument {
  kind: SearchKind;
  /** Id of the record. */
  id: string;
  /** Id of the meeting the record belongs to (for quotes, figures, statements). */
  meeting?: string | undefined;
  /** What to show as the hit. */
  title: string;
  /** A line of context to show under the title. */
  detail: string;
  /** Searchable text beyond the title. */
  text: string;
}

/** A prebuilt index: documents plus a sorted token list for prefix matching. Plain data: serialisable as JSON. */
export interface SearchIndex {
  documents: SearchDocument[];
  /** Sorted unique tokens. */
  tokens: string[];
  /** For each token (same order), the documents containing it, in the title (first list) or anywhere (second). */
  postings: [title: number[], any: number[]][];
}

/** One hit. */
export interface SearchHit {
  document: SearchDocument;
  score: number;
}

/** Splits text into lower-case, accent-free word tokens ("Meza-Cuadra" → "meza", "cuadra"). */
export function tokenize(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** The search documents of a dataset: meetings, people, organizations, quotes, figures, statements. */
export function searchDocuments(dataset: Dataset): SearchDocument[] {
  const l = lookup(dataset);
  const speaker = (participation: string | undefined) => {
    const p = participation === undefined ? undefined : l.participation.get(participation);
    if (!p) return "";
    return (p.person !== undefined ? l.person.get(p.person)?.name : undefined) ?? p.description ?? "";
  };
  const meetingTitle = (id: string) => l.meeting.get(id)?.title.value ?? id;
  const docs: SearchDocument[] = [];
  for (const m of dataset.meetings) {
    const people = (l.participationsByMeeting.get(m.id) ?? []).map((p) => speaker(p.id));
    const orgs = (l.participationsByMeeting.get(m.id) ?? []).flatMap((p) => {
      const o = p.organization === undefined ? undefined : l.organization.get(p.organization);
      return o ? [o.name, o.acronym ?? ""] : [];
    });
    docs.push({
      kind: "meeting",
      id: m.id,
      title: m.title.value,
      detail: `${m.dates.value.start} · ${MEETING_TYPE_LABELS[m.type.value]}`,
      text: [
        ...m.alternateTitles.map((t) => t.value),
        ...m.topics.map((t) => TOPIC_LABELS[t]),
        ...people,
        ...orgs,
        m.dates.value.start,
      ].join(" "),
    });
  }
  for (const p of dataset.people) {
    const roles = (l.rolesByPerson.get(p.id) ?? []).map((r) => r.titleAsStated);
    docs.push({ kind: "person", id: p.id, title: p.name, detail: roles[0] ?? "", text: [...p.alternateNames, ...roles].join(" ") });
  }
  for (const o of dataset.organizations) {
    docs.push({ kind: "organization", id: o.id, title: o.name, detail: o.acronym ?? "", text: [o.acronym ?? "", ...o.alternateNames].join(" ") });
  }
  for (const q of dataset.quotes) {
    docs.push({ kind: "quote", id: q.id, meeting: q.meeting, title: `“${q.text}”`, detail: `${speaker(q.participation)} · ${meetingTitle(q.meeting)}`, text: speaker(q.participation) });
  }
  for (const f of dataset.figures) {
    docs.push({ kind: "figure", id: f.id, meeting: f.meeting, title: `${f.asStated}: ${f.measure}`, detail: `${speaker(f.participation)} · ${meetingTitle(f.meeting)}`, text: `${f.unit} ${speaker(f.participation)}` });
  }
  for (const s of dataset.statements) {
    docs.push({ kind: "statement", id: s.id, meeting: s.meeting, title: s.text, detail: `${speaker(s.participation)} · ${meetingTitle(s.meeting)}`, text: speaker(s.participation) });
  }
  return docs;
}

/** Builds a search index (ahead of time: at build time for the web, once per process elsewhere). */
export function buildSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const map = new Map<string, [Set<number>, Set<number>]>();
  documents.forEach((doc, i) => {
    const titleTokens = new Set(tokenize(doc.title));
    for (const t of new Set([...titleTokens, ...tokenize(doc.text), ...tokenize(doc.detail)])) {
      let entry = map.get(t);
      if (!entry) map.set(t, (entry = [new Set(), new Set()]));
      if (titleTokens.has(t)) entry[0].add(i);
      entry[1].add(i);
    }
  });
  const tokens = [...map.keys()].sort();
  return { documents: [...documents], tokens, postings: tokens.map((t) => map.get(t)!).map(([a, b]) => [[...a], [...b]]) };
}

function lowerBound(tokens: readonly string[], prefix: string): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Finds documents containing every word of `query`, each as a word prefix ("skel" finds "Skellett");
 * words of one or two letters ("un", "a") match whole words only.
 * Title matches and whole-word matches rank higher; ties keep the index order.
 */
export function search(index: SearchIndex, query: string, options: { limit?: number; kinds?: readonly SearchKind[] } = {}): SearchHit[] {
  const words = [...new Set(tokenize(query))];
  if (words.length === 0) return [];
  let scores: Map<number, number> | undefined;
  for (const word of words) {
    const found = new Map<number, number>();
    // Words of one or two letters match whole words only: as prefixes they would match most of the index.
    const matches = word.length <= 2 ? (t: string) => t === word : (t: string) => t.startsWith(word);
    for (let i = lowerBound(index.tokens, word); i < index.tokens.length && matches(index.tokens[i]!); i++) {
      const exact = index.tokens[i] === word ? 2 : 1;
      const [title, any] = index.postings[i]!;
      for (const d of any) found.set(d, Math.max(found.get(d) ?? 0, exact));
      for (const d of title) found.set(d, Math.max(found.get(d) ?? 0, exact + 2));
    }
    if (scores === undefined) scores = found;
    else {
      const next = new Map<number, number>();
      for (const [d, s] of scores) {
        const add = found.get(d);
        if (add !== undefined) next.set(d, s + add);
      }
      scores = next;
    }
    if (scores.size === 0) return [];
  }
  const kinds = options.kinds ? new Set(options.kinds) : undefined;
  const hits = [...(scores ?? [])]
    .filter(([d]) => !kinds || kinds.has(index.documents[d]!.kind))
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .map(([d, score]) => ({ document: index.documents[d]!, score }));
  return options.limit === undefined ? hits : hits.slice(0, options.limit);
}

const indexCache = new WeakMap<Dataset, SearchIndex>();

/** Searches a dataset (its index is built on first use and cached). */
export function searchDataset(dataset: Dataset, query: string, options?: { limit?: number; kinds?: readonly SearchKind[] }): SearchHit[] {
  let index = indexCache.get(dataset);
  if (!index) indexCache.set(dataset, (index = buildSearchIndex(searchDocuments(dataset))));
  return search(index, query, options);
}
