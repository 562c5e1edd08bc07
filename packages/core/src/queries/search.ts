import type { Dataset } from "../schemas/dataset";
import { buildSearchIndex, search, type SearchHit as Hit, type SearchIndex as Index, type Searchable, type SearchOptions } from "../search-engine/engine";
import { MEETING_TYPE_LABELS, TOPIC_LABELS } from "../vocabulary";
import { lookup } from "./lookup";
import { meetingOrganizations } from "./organizations";
import { quotedFrom } from "./quotes";

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

/** A search index (by default: of the search documents of a dataset). */
export type SearchIndex<D extends Searchable = SearchDocument> = Index<D>;

/** One hit of a search (by default: of a dataset). */
export type SearchHit<D extends Searchable = SearchDocument> = Hit<D>;

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
    const orgs = meetingOrganizations(dataset, m.id).flatMap((o) => [o.name, o.acronym ?? ""]);
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
    // A document's quote is found by the document's title, as a participant's is by the speaker's name.
    const by = q.document === undefined ? speaker(q.participation) : quotedFrom(q.document);
    docs.push({ kind: "quote", id: q.id, meeting: q.meeting, title: `“${q.text}”`, detail: `${by} · ${meetingTitle(q.meeting)}`, text: by });
  }
  for (const f of dataset.figures) {
    docs.push({ kind: "figure", id: f.id, meeting: f.meeting, title: `${f.asStated}: ${f.measure}`, detail: `${speaker(f.participation)} · ${meetingTitle(f.meeting)}`, text: `${f.unit} ${speaker(f.participation)}` });
  }
  for (const s of dataset.statements) {
    docs.push({ kind: "statement", id: s.id, meeting: s.meeting, title: s.text, detail: `${speaker(s.participation)} · ${meetingTitle(s.meeting)}`, text: speaker(s.participation) });
  }
  return docs;
}

const indexCache = new WeakMap<Dataset, SearchIndex>();

/** Searches a dataset (its index is built on first use and cached). */
export function searchDataset(dataset: Dataset, query: string, options?: SearchOptions & { kinds?: readonly SearchKind[] }): SearchHit[] {
  let index = indexCache.get(dataset);
  if (!index) indexCache.set(dataset, (index = buildSearchIndex(searchDocuments(dataset))));
  return search(index, query, options);
}

export { buildSearchIndex, matchingDocuments, search, searchPage, type IndexOptions, type Searchable, type SearchOptions, type SearchPage } from "../search-engine/engine";
export { tokenize } from "../search-engine/tokenize";
export { shardSearchIndex, ShardedSearch, shardFile, type ShardHit, type ShardManifest, type ShardOptions } from "../search-engine/shards";
