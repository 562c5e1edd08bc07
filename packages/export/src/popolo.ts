// A Popolo-compatible JSON document (https://www.popoloproject.com/specs/): persons, organizations,
// memberships (the posts people held), events (meetings, with their sessions as child events) and
// speeches (statements as `summary`, quotes as `speech`). Ids are the dataset's ids; session events are
// `<meeting id>/<session id>`. Fields follow the Popolo JSON Schemas' property lists, plus two on events that Popolo has
// no field for (its schemas allow more properties): `review_state` (`curated`: a curator checked every fact against
// its sources; `draft`: an ingest draft awaiting review) and `review_checked` (the day of that check), named as in the
// CSV and SQLite tables.
import { formatLocation, quotedFrom } from "@briefings/core";
import type { Dataset, Evidence, Participation, Quote } from "@briefings/core";
import { LazyArray, objectChunks } from "./canonical";
import { groupBy } from "./group";
import { writeChunks } from "./stream";

/** A Popolo link (`sources`, `links`): a URL with a note. */
interface PopoloLink {
  url: string;
  note?: string;
}

/** The collections of the Popolo document, lazily. */
export function popoloCollections(dataset: Dataset): Record<string, LazyArray> {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const participation = new Map(dataset.participations.map((p) => [p.id, p]));
  const people = new Map(dataset.people.map((p) => [p.id, p]));
  const linkOf = (id: string): PopoloLink | undefined => {
    const source = sources.get(id);
    const url = source?.locations.find((l) => l.role === "official" && l.url)?.url ?? source?.locations.find((l) => l.url)?.url;
    return source && url ? { url, note: source.title } : undefined;
  };
  const linksOf = (ids: Iterable<string>): PopoloLink[] => [...new Set(ids)].map(linkOf).filter((l): l is PopoloLink => l !== undefined);
  const evidenceLinks = (evidence: readonly Evidence[]) => linksOf(evidence.map((e) => e.source));
  const attribution = (p: Participation | undefined) => {
    if (!p) return undefined;
    const person = p.person ? people.get(p.person)?.name : undefined;
    return person ?? p.description ?? p.organization;
  };

  function* persons() {
    for (const p of dataset.people) {
      yield { id: p.id, name: p.name, given_name: p.givenName, family_name: p.familyName, sort_name: p.sortName, other_names: p.alternateNames.map((name) => ({ name })), sources: evidenceLinks(p.evidence) };
    }
  }
  function* organizations() {
    for (const o of dataset.organizations) {
      yield {
        id: o.id,
        name: o.name,
        other_names: [...(o.acronym ? [{ name: o.acronym, note: "acronym" }] : []), ...o.alternateNames.map((name) => ({ name }))],
        classification: o.kind,
        parent_id: o.parent,
        founding_date: o.founded?.value,
        links: o.url ? [{ url: o.url, note: "Official website" }] : [],
        sources: evidenceLinks(o.evidence),
      };
    }
  }
  function* memberships() {
    for (const r of dataset.roles) {
      yield { id: r.id, person_id: r.person, organization_id: r.organization, role: r.title, label: r.titleAsStated, start_date: r.start, end_date: r.end, sources: evidenceLinks(r.evidence) };
    }
  }
  function* events() {
    for (const m of dataset.meetings) {
      const convener = m.organizers.find((o) => o.role === "convener") ?? m.organizers[0];
      const location = (m.venue?.value.locations ?? []).map(formatLocation).join("; ");
      yield {
        id: m.id,
        name: m.title.value,
        description: m.summary?.value,
        start_date: m.dates.value.start,
        end_date: m.dates.value.end,
        location: location || (m.venue?.value.mode === "virtual" ? "virtual" : undefined),
        classification: m.type.value,
        organization_id: convener?.organization,
        sources: linksOf(m.sources),
        review_state: m.review.state,
        review_checked: m.review.checked,
      };
      for (const s of m.sessions) {
        yield { id: `${m.id}/${s.id}`, name: s.title?.value ?? s.id, description: s.summary?.value, start_date: s.date, end_date: s.date, classification: s.kind, parent_id: m.id, organization_id: convener?.organization };
      }
    }
  }
  function* speeches() {
    const statementsByMeeting = groupBy(dataset.statements, (s) => s.meeting);
    const quotesByMeeting = groupBy(dataset.quotes, (q) => q.meeting);
    for (const m of dataset.meetings) {
      // Per meeting: each statement followed by its quotes, then quotes tied to no statement.
      let position = 0;
      const quotes = quotesByMeeting.get(m.id) ?? [];
      const eventOf = (session: string | undefined) => (session ? `${m.id}/${session}` : m.id);
      const speech = (id: string, type: string, text: string, participationId: string | undefined, session: string | undefined, title: string | undefined, evidence: readonly Evidence[], document?: Quote["document"]) => {
        const p = participationId === undefined ? undefined : participation.get(participationId);
        // A document's words have no speaker: the attribution names the document ("quoted from the communiqué").
        return { id, type, title, text, creator_id: p?.person, role: p?.capacity, attribution_text: document ? quotedFrom(document) : attribution(p), event_id: eventOf(session), position: position++, sources: evidenceLinks(evidence) };
      };
      for (const s of statementsByMeeting.get(m.id) ?? []) {
        yield speech(s.id, "summary", s.text, s.participation, s.session, s.kind, s.evidence);
        for (const q of quotes) if (q.statement === s.id) yield speech(q.id, "speech", q.text, q.participation, s.session, undefined, q.evidence, q.document);
      }
      for (const q of quotes) if (q.statement === undefined) yield speech(q.id, "speech", q.text, q.participation, undefined, undefined, q.evidence, q.document);
    }
  }
  return { persons: new LazyArray(persons()), organizations: new LazyArray(organizations()), memberships: new LazyArray(memberships()), events: new LazyArray(events()), speeches: new LazyArray(speeches()) };
}

/** The Popolo document in chunks (canonical key order, a newline at the end). */
export function popoloChunks(dataset: Dataset, pretty = false): Generator<string> {
  return objectChunks(popoloCollections(dataset), pretty);
}

/** Writes the Popolo document to `file`. */
export async function writePopolo(file: string, dataset: Dataset, pretty = false): Promise<void> {
  await writeChunks(file, popoloChunks(dataset, pretty));
}
