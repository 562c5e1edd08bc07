// Linked data: one JSON-LD document with schema.org terms and an inline @context (nothing to fetch).
// Meetings are Events (sessions are their subEvents), people Persons with OrganizationRoles (their
// posts), organizations Organizations, quotes Quotations, statements CreativeWorks, sources
// CreativeWorks. A participation is a schema.org Role qualifying the Event's performer (or attendee). Each meeting's
// record (this dataset's account of it) is a CreativeWork about the Event, `subjectOf` it, whose `creativeWorkStatus`
// is the review state: `curated` (a curator checked every fact against its sources) or `draft` (an ingest draft
// awaiting review).
import type { Dataset, Meeting, Participation } from "@briefings/core";
import { LazyArray, objectChunks } from "./canonical";
import { groupBy } from "./group";
import { writeChunks } from "./stream";

/** The default base of node identifiers: `urn:briefings:<type>:<id>`. */
export const DEFAULT_ID_BASE = "urn:briefings:";

/** The inline JSON-LD context: schema.org as the vocabulary, dates typed. */
export const JSONLD_CONTEXT = {
  "@vocab": "https://schema.org/",
  schema: "https://schema.org/",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  startDate: { "@id": "schema:startDate", "@type": "xsd:date" },
  endDate: { "@id": "schema:endDate", "@type": "xsd:date" },
  datePublished: { "@id": "schema:datePublished", "@type": "xsd:date" },
  url: { "@id": "schema:url", "@type": "@id" },
  license: { "@id": "schema:license", "@type": "@id" },
} as const;

/** Options of the JSON-LD export. */
export interface JsonLdOptions {
  /** Prefix of node ids (default `urn:briefings:`); e.g. the site's URL to make them dereferenceable. */
  idBase?: string;
}

/** A date as precise as its source, typed as XML Schema does: `xsd:gYear`, `xsd:gYearMonth` or `xsd:date`. */
export function partialDate(date: string | undefined): { "@value": string; "@type": string } | undefined {
  if (date === undefined) return undefined;
  const type = /^\d{4}$/.test(date) ? "xsd:gYear" : /^\d{4}-\d{2}$/.test(date) ? "xsd:gYearMonth" : "xsd:date";
  return { "@value": date, "@type": type };
}

const PERFORMING = new Set<Participation["capacity"]>(["chair", "speaker", "keynote", "presenter", "moderator"]);

/** The nodes of the graph, lazily: the dataset, then organizations, people, sources, events, statements and quotes. */
export function* jsonLdNodes(dataset: Dataset, options: JsonLdOptions = {}): Generator<Record<string, unknown>> {
  const base = options.idBase ?? DEFAULT_ID_BASE;
  const ref = (type: string, id: string) => ({ "@id": `${base}${type}:${id}` });
  const participation = new Map(dataset.participations.map((p) => [p.id, p]));
  const c: NodeContext = {
    base,
    ref,
    rolesOf: groupBy(dataset.roles, (r) => r.person),
    participationsOf: groupBy(dataset.participations, (p) => p.meeting),
    participation,
    agentOf: (p) => (p?.person ? ref("person", p.person) : p?.organization ? ref("organization", p.organization) : undefined),
    sourceUrl: (s) => s.locations.find((l) => l.role === "official" && l.url)?.url ?? s.locations.find((l) => l.url)?.url,
  };

  yield {
    "@id": `${base}dataset`,
    "@type": "Dataset",
    name: "Briefings",
    version: dataset.version,
    license: "https://creativecommons.org/licenses/by/4.0/",
    citation: dataset.citation,
  };
  // One small function per kind of node: each is optimised once, where one large generator was recompiled about
  // eight times in an export (700 ms of compiling at 10,000 briefings).
  for (const o of dataset.organizations) yield organizationNode(o, c);
  for (const p of dataset.people) yield personNode(p, c);
  for (const s of dataset.sources) yield sourceNode(s, c);
  for (const m of dataset.meetings) yield meetingNode(m, c);
  for (const s of dataset.statements) yield statementNode(s, c);
  for (const q of dataset.quotes) yield quoteNode(q, c);
}

/** What every node builder needs: the id base, and the lookups made once per export. */
interface NodeContext {
  base: string;
  ref: (type: string, id: string) => { "@id": string };
  rolesOf: Map<string, Dataset["roles"]>;
  participationsOf: Map<string, Participation[]>;
  participation: Map<string, Participation>;
  agentOf: (p: Participation | undefined) => { "@id": string } | undefined;
  sourceUrl: (s: Dataset["sources"][number]) => string | undefined;
}

/** An Organization node. */
function organizationNode(o: Dataset["organizations"][number], c: NodeContext): Record<string, unknown> {
  return { ...c.ref("organization", o.id), "@type": "Organization", identifier: o.id, name: o.name, alternateName: [...(o.acronym ? [o.acronym] : []), ...o.alternateNames], parentOrganization: o.parent ? c.ref("organization", o.parent) : undefined, url: o.url, foundingDate: partialDate(o.founded?.value) };
}

/** A Person node, with the roles they held. */
function personNode(p: Dataset["people"][number], c: NodeContext): Record<string, unknown> {
  return {
    ...c.ref("person", p.id),
    "@type": "Person",
    identifier: p.id,
    name: p.name,
    givenName: p.givenName,
    familyName: p.familyName,
    alternateName: p.alternateNames,
    memberOf: (c.rolesOf.get(p.id) ?? []).map((r) => ({
      ...c.ref("role", r.id),
      "@type": "OrganizationRole",
      roleName: r.title,
      namedPosition: r.titleAsStated,
      startDate: r.start,
      endDate: r.end,
      memberOf: c.ref("organization", r.organization),
    })),
  };
}

/** A CreativeWork node for a source. */
function sourceNode(s: Dataset["sources"][number], c: NodeContext): Record<string, unknown> {
  return { ...c.ref("source", s.id), "@type": "CreativeWork", identifier: s.id, name: s.title, genre: s.kind, inLanguage: s.language, datePublished: s.published, publisher: s.publisher ? c.ref("organization", s.publisher) : undefined, url: c.sourceUrl(s) };
}

/** An Event node for a meeting: its sessions, performers and attendees, its record and media. */
function meetingNode(m: Meeting, c: NodeContext): Record<string, unknown> {
  const location = (m.venue?.value.locations ?? []).map((l) => ({ "@type": "Place", name: l.name, address: { "@type": "PostalAddress", addressLocality: l.city, addressCountry: l.country } }));
  const mode = m.venue?.value.mode;
  return {
    ...c.ref("meeting", m.id),
    "@type": "Event",
    identifier: m.id,
    name: m.title.value,
    alternateName: m.alternateTitles.map((t) => t.value),
    description: m.summary?.value,
    startDate: m.dates.value.start,
    endDate: m.dates.value.end,
    additionalType: m.type.value,
    keywords: m.topics,
    eventAttendanceMode: mode === "virtual" ? "https://schema.org/OnlineEventAttendanceMode" : mode === "hybrid" ? "https://schema.org/MixedEventAttendanceMode" : mode === "in-person" ? "https://schema.org/OfflineEventAttendanceMode" : undefined,
    location: location.length > 0 ? location : undefined,
    organizer: m.organizers.map((o) => c.ref("organization", o.organization)),
    subEvent: m.sessions.map((s) => ({ ...c.ref("session", `${m.id}:${s.id}`), "@type": "Event", name: s.title?.value ?? s.id, description: s.summary?.value, startDate: s.date })),
    performer: (c.participationsOf.get(m.id) ?? []).filter((p) => PERFORMING.has(p.capacity)).map((p) => ({ ...c.ref("participation", p.id), "@type": "Role", roleName: p.capacity, description: p.description, performer: c.agentOf(p) })),
    attendee: (c.participationsOf.get(m.id) ?? []).filter((p) => !PERFORMING.has(p.capacity)).map((p) => ({ ...c.ref("participation", p.id), "@type": "Role", roleName: p.capacity, description: p.description, attendee: c.agentOf(p) })),
    subjectOf: [
      {
        ...c.ref("record", m.id),
        "@type": "CreativeWork",
        name: `Record of ${m.title.value}`,
        creativeWorkStatus: m.review.state,
        description: m.review.note,
        isPartOf: { "@id": `${c.base}dataset` },
      },
      ...m.media.filter((l) => l.url).map((l) => ({ "@type": "CreativeWork", name: l.label, genre: l.kind, url: l.url })),
    ],
    isBasedOn: m.sources.map((s) => c.ref("source", s)),
  };
}

/** A CreativeWork node for a statement. */
function statementNode(s: Dataset["statements"][number], c: NodeContext): Record<string, unknown> {
  return { ...c.ref("statement", s.id), "@type": "CreativeWork", identifier: s.id, genre: s.kind, text: s.text, creator: c.agentOf(c.participation.get(s.participation)), recordedAt: c.ref("meeting", s.meeting), isBasedOn: [...new Set(s.evidence.map((e) => e.source))].map((id) => c.ref("source", id)) };
}

/** A Quotation node. */
function quoteNode(q: Dataset["quotes"][number], c: NodeContext): Record<string, unknown> {
  return {
    ...c.ref("quote", q.id),
    "@type": "Quotation",
    identifier: q.id,
    text: q.text,
    spokenByCharacter: q.participation === undefined ? undefined : c.agentOf(c.participation.get(q.participation)),
    recordedAt: c.ref("meeting", q.meeting),
    // A document's words are part of that document (a CreativeWork: the dataset's source when it holds it), as a participant's are of their statement.
    isPartOf: q.document ? [...(q.statement ? [c.ref("statement", q.statement)] : []), { ...(q.document.source ? c.ref("source", q.document.source) : {}), "@type": "CreativeWork", name: q.document.title }] : q.statement ? c.ref("statement", q.statement) : undefined,
    isBasedOn: [...new Set(q.evidence.map((e) => e.source))].map((id) => c.ref("source", id)),
  };
}

/** The JSON-LD document in chunks: `{"@context": ..., "@graph": [nodes]}` (canonical key order). */
export function jsonLdChunks(dataset: Dataset, options: JsonLdOptions = {}, pretty = false): Generator<string> {
  return objectChunks({ "@context": JSONLD_CONTEXT, "@graph": new LazyArray(jsonLdNodes(dataset, options)) }, pretty);
}

/** Writes the JSON-LD document to `file`. */
export async function writeJsonLd(file: string, dataset: Dataset, options: JsonLdOptions = {}, pretty = false): Promise<void> {
  await writeChunks(file, jsonLdChunks(dataset, options, pretty));
}
