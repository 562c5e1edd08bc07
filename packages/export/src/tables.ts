// The dataset as relational tables: one per entity, nested arrays flattened into link tables, and every
// piece of evidence in one `evidence` table. CSV, the datapackage and SQLite are all written from these.
import type { Attested, Dataset, Evidence, Meeting } from "@briefings/core";
import { canonicalJson } from "./canonical";

/** The type of a column (Frictionless Table Schema field types). */
export type FieldType = "string" | "integer" | "number" | "boolean" | "date";

/** One column. */
export interface TableField {
  name: string;
  type: FieldType;
  description: string;
  /** The column never holds null. */
  required: boolean;
}

/** A foreign key, Frictionless style: `resource` names the referenced table. */
export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

/** A cell: `undefined` is null (an empty CSV field, SQL NULL). */
export type Cell = string | number | boolean | undefined;

/** A row, by column name. */
export type Row = Record<string, Cell>;

/** One table: its columns, keys, and how to produce its rows from the dataset, lazily. */
export interface TableSpec {
  name: string;
  description: string;
  fields: TableField[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  rows(dataset: Dataset): Iterable<Row>;
}

type FieldSpec = [name: string, type: FieldType, description: string, required?: boolean];

function table(
  name: string,
  description: string,
  fields: FieldSpec[],
  primaryKey: string[],
  references: [fields: string | string[], resource: string, referenced?: string | string[]][],
  rows: (dataset: Dataset) => Iterable<Row>,
): TableSpec {
  const list = (x: string | string[]) => (Array.isArray(x) ? x : [x]);
  return {
    name,
    description,
    fields: fields.map(([n, type, desc, required]) => ({ name: n, type, description: desc, required: required === true || primaryKey.includes(n) })),
    primaryKey,
    foreignKeys: references.map(([f, resource, referenced]) => ({ fields: list(f), reference: { resource, fields: list(referenced ?? "id") } })),
    rows,
  };
}

const ID: FieldSpec = ["id", "string", "Stable slug.", true];
const meetingRef: FieldSpec = ["meeting", "string", "Id of the meeting.", true];
const position: FieldSpec = ["position", "integer", "Place in the list (0-based).", true];
const confidence = (what = "the fact"): FieldSpec => ["confidence", "number", `0..1: how sure ${what} is; null means certain.`];
const note: FieldSpec = ["note", "string", "Why uncertain, or context."];

/** Columns `<prefix>_confidence` and `<prefix>_note` of an attested fact. */
const attestedColumns = (prefix: string): FieldSpec[] => [
  [`${prefix}_confidence`, "number", `0..1: how sure the ${prefix} is; null means certain.`],
  [`${prefix}_note`, "string", `Why the ${prefix} is uncertain, or how it was derived.`],
];
const attestedCells = (prefix: string, fact: Attested<unknown> | undefined): Row => ({
  [`${prefix}_confidence`]: fact?.confidence,
  [`${prefix}_note`]: fact?.note,
});

function* positions<T, R>(items: readonly T[], map: (item: T, index: number) => R): Generator<R> {
  for (const [i, item] of items.entries()) yield map(item, i);
}

/** Where each list of evidence sits: the table and key of its record, and the field it supports. */
interface EvidenceOwner {
  table: string;
  record: string;
  part: string | undefined;
  field: string;
  evidence: readonly Evidence[];
}

/** The owner row of each record's own evidence. */
function* ownEvidence(table: string, records: readonly { id: string; evidence: readonly Evidence[] }[]): Generator<EvidenceOwner> {
  for (const r of records) yield { table, record: r.id, part: undefined, field: "record", evidence: r.evidence };
}

/**
 * The evidence owners of one meeting and its parts. A function of its own: small generators are optimised once
 * each, where one large one was recompiled about six times in an export (720 ms of compiling at 10,000 briefings).
 */
function* meetingEvidence(m: Meeting): Generator<EvidenceOwner> {
  const facts: [string, Attested<unknown> | undefined][] = [["title", m.title], ["dates", m.dates], ["startTime", m.startTime], ["type", m.type], ["venue", m.venue], ["summary", m.summary], ["series", m.series]];
  for (const [field, f] of facts) if (f) yield { table: "meetings", record: m.id, part: undefined, field, evidence: f.evidence };
  yield* partEvidence("meeting_claims", m.id, "claim", m.claims);
  yield* partEvidence("meeting_mentions", m.id, "record", m.mentions);
  yield* partEvidence("meeting_alternate_titles", m.id, "title", m.alternateTitles);
  yield* partEvidence("meeting_objectives", m.id, "objective", m.objectives);
  yield* partEvidence("meeting_organizers", m.id, "record", m.organizers);
  for (const s of m.sessions) {
    if (s.title) yield { table: "meeting_sessions", record: m.id, part: s.id, field: "title", evidence: s.title.evidence };
    if (s.summary) yield { table: "meeting_sessions", record: m.id, part: s.id, field: "summary", evidence: s.summary.evidence };
  }
  for (const l of m.media) yield { table: "meeting_media", record: m.id, part: l.id, field: "record", evidence: l.evidence };
  yield* partEvidence("meeting_documents", m.id, "record", m.documents);
  yield* partEvidence("meeting_relations", m.id, "record", m.related);
}

/** The owner rows of a meeting's list of parts, each part keyed by its place in the list. */
function* partEvidence(table: string, record: string, field: string, parts: readonly { evidence: readonly Evidence[] }[]): Generator<EvidenceOwner> {
  for (let i = 0; i < parts.length; i++) yield { table, record, part: String(i), field, evidence: parts[i]!.evidence };
}

function* evidenceOwners(d: Dataset): Generator<EvidenceOwner> {
  yield* ownEvidence("organizations", d.organizations);
  for (const o of d.organizations) if (o.founded) yield { table: "organizations", record: o.id, part: undefined, field: "founded", evidence: o.founded.evidence };
  yield* ownEvidence("people", d.people);
  yield* ownEvidence("roles", d.roles);
  for (const r of d.roles) if (r.term) yield { table: "roles", record: r.id, part: undefined, field: "term", evidence: r.term.evidence };
  for (const m of d.meetings) yield* meetingEvidence(m);
  yield* ownEvidence("participations", d.participations);
  yield* ownEvidence("statements", d.statements);
  yield* ownEvidence("quotes", d.quotes);
  yield* ownEvidence("figures", d.figures);
  for (const a of alternatives(d)) yield { table: "fact_alternatives", record: String(a.id), part: undefined, field: "record", evidence: a.evidence };
}

/** One value another source gives for a fact, with the fact it belongs to (numbered like evidence rows). */
interface AlternativeRow {
  id: number;
  table: string;
  record: string;
  part: string | undefined;
  field: string;
  position: number;
  value: string;
  asStated: string | undefined;
  note: string | undefined;
  preferred: string | undefined;
  evidence: readonly Evidence[];
}

/** Every alternative value of every attested fact and figure, in a stable order. */
function* alternatives(d: Dataset): Generator<AlternativeRow> {
  let id = 0;
  // Canonical: the text of a structured value depends on the value, not on the order its object's keys came in.
  const cell = (v: unknown) => (typeof v === "string" ? v : canonicalJson(v));
  function* of(table: string, record: string, part: string | undefined, field: string, f: Attested<unknown> | undefined): Generator<AlternativeRow> {
    for (const [i, a] of (f?.alternatives ?? []).entries()) {
      id += 1;
      yield { id, table, record, part, field, position: i, value: cell(a.value), asStated: undefined, note: a.note, preferred: f?.preferred, evidence: a.evidence };
    }
  }
  for (const o of d.organizations) yield* of("organizations", o.id, undefined, "founded", o.founded);
  for (const m of d.meetings) {
    for (const [field, f] of [["title", m.title], ["dates", m.dates], ["startTime", m.startTime], ["type", m.type], ["venue", m.venue], ["summary", m.summary], ["series", m.series]] as const) {
      yield* of("meetings", m.id, undefined, field, f);
    }
    for (const [i, t] of m.alternateTitles.entries()) yield* of("meeting_alternate_titles", m.id, String(i), "title", t);
    for (const [i, o] of m.objectives.entries()) yield* of("meeting_objectives", m.id, String(i), "objective", o);
    for (const [i, c] of m.claims.entries()) yield* of("meeting_claims", m.id, String(i), "claim", c);
    for (const s of m.sessions) {
      yield* of("meeting_sessions", m.id, s.id, "title", s.title);
      yield* of("meeting_sessions", m.id, s.id, "summary", s.summary);
    }
  }
  for (const f of d.figures) {
    for (const [i, a] of (f.alternatives ?? []).entries()) {
      id += 1;
      yield { id, table: "figures", record: f.id, part: undefined, field: "value", position: i, value: String(a.value), asStated: a.asStated, note: a.note, preferred: f.preferred, evidence: a.evidence };
    }
  }
}

function* evidenceRows(d: Dataset): Generator<Row> {
  let id = 0;
  for (const owner of evidenceOwners(d)) {
    for (const [i, e] of owner.evidence.entries()) {
      id += 1;
      yield {
        id,
        record_table: owner.table,
        record_id: owner.record,
        record_part: owner.part,
        field: owner.field,
        position: i,
        kind: e.kind,
        source: e.source,
        start: e.kind === "span" ? e.start : undefined,
        end: e.kind === "span" ? e.end : undefined,
        exact: e.kind === "span" ? e.exact : undefined,
        prefix: e.kind === "span" ? e.prefix : undefined,
        suffix: e.kind === "span" ? e.suffix : undefined,
        locator: e.kind === "citation" ? e.locator : undefined,
      };
    }
  }
}

/** Every table, in an order where a table comes after the tables it refers to (but for self references). */
export const TABLES: readonly TableSpec[] = [
  table(
    "organizations",
    "Organizations, including Member States.",
    [ID, ["name", "string", "Full name.", true], ["acronym", "string", "Usual acronym."], ["kind", "string", "What kind of body it is.", true], ["parent", "string", "Id of the parent organization."], ["url", "string", "Official website."], ["founded", "string", "When it was founded: YYYY, YYYY-MM or YYYY-MM-DD."], ...attestedColumns("founded")],
    ["id"],
    [["parent", ""]],
    (d) => d.organizations.map((o) => ({ id: o.id, name: o.name, acronym: o.acronym, kind: o.kind, parent: o.parent, url: o.url, founded: o.founded?.value, ...attestedCells("founded", o.founded) })),
  ),
  table(
    "organization_alternate_names",
    "Other names and acronyms of organizations.",
    [["organization", "string", "Id of the organization.", true], position, ["name", "string", "The other name.", true]],
    ["organization", "position"],
    [["organization", "organizations"]],
    function* (d) {
      for (const o of d.organizations) yield* positions(o.alternateNames, (name, i) => ({ organization: o.id, position: i, name }));
    },
  ),
  table(
    "sources",
    "Archived and cited source documents (the archived text is the `archive_text` column).",
    [
      ID,
      ["title", "string", "Title as published.", true],
      ["kind", "string", "What kind of document.", true],
      ["publisher", "string", "Id of the publishing organization."],
      ["published", "date", "Publication date."],
      ["language", "string", "Language (BCP 47).", true],
      ["retrieved", "date", "Date the copy was retrieved."],
      ["note", "string", "Anything a reader should know."],
      ["archive_text", "string", "The raw archived text (offsets of evidence count its code points)."],
      ["archive_sha256", "string", "SHA-256 of the archived bytes."],
      ["archive_bytes", "integer", "Length of the archived bytes."],
      ["archive_media_type", "string", "Media type of the archived bytes."],
      ["archive_file", "string", "Path of the archived file in @briefings/core."],
      ["archive_attribution", "string", "Who wrote the text and under what terms a copy is kept."],
    ],
    ["id"],
    [["publisher", "organizations"]],
    (d) =>
      d.sources.map((s) => ({
        id: s.id,
        title: s.title,
        kind: s.kind,
        publisher: s.publisher,
        published: s.published,
        language: s.language,
        retrieved: s.retrieved,
        note: s.note,
        archive_text: s.archive?.text,
        archive_sha256: s.archive?.sha256,
        archive_bytes: s.archive?.bytes,
        archive_media_type: s.archive?.mediaType,
        archive_file: s.archive?.file,
        archive_attribution: s.archive?.attribution,
      })),
  ),
  table(
    "source_locations",
    "Where each source is or was published; the first official one is canonical.",
    [["source", "string", "Id of the source.", true], position, ["role", "string", "official, mirror, repost or third-party.", true], ["url", "string", "Absolute address."], ["path", "string", "Path alone, for an unpublished mirror domain."], ["status", "string", "verified, unverified or inferred.", true], confidence("the address"), note, ["copy_sha256", "string", "SHA-256 of the copy read at this address (not stored)."], ["copy_bytes", "integer", "Length in bytes of that copy."], ["copy_retrieved", "date", "Day the copy was read."], ["copy_extent", "string", "excerpt or full."]],
    ["source", "position"],
    [["source", "sources"]],
    function* (d) {
      for (const s of d.sources) {
        yield* positions(s.locations, (l, i) => ({ source: s.id, position: i, role: l.role, url: l.url, path: l.path, status: l.status, confidence: l.confidence, note: l.note, copy_sha256: l.copy?.sha256, copy_bytes: l.copy?.bytes, copy_retrieved: l.copy?.retrieved, copy_extent: l.copy?.extent }));
      }
    },
  ),
  table(
    "source_defects",
    "Defects of sources that are not archived (an archived source's defects are corrections).",
    [["source", "string", "Id of the source.", true], position, ["kind", "string", "Kind of damage.", true], ["description", "string", "What is damaged and the right reading.", true], confidence("the right reading")],
    ["source", "position"],
    [["source", "sources"]],
    function* (d) {
      for (const s of d.sources) yield* positions(s.defects, (x, i) => ({ source: s.id, position: i, kind: x.kind, description: x.description, confidence: x.confidence }));
    },
  ),
  table(
    "corrections",
    "Repairs and flagged defects of archived source texts (offsets in code points).",
    [
      ID,
      ["source", "string", "Id of the corrected source.", true],
      ["kind", "string", "Kind of damage.", true],
      ["action", "string", "repaired or flagged.", true],
      ["start", "integer", "First code point of the damaged span.", true],
      ["end", "integer", "Code point after the span (exclusive).", true],
      ["before", "string", "The raw text of the span (empty for an insertion)."],
      ["after", "string", "The replacement text (empty for an excision)."],
      ["rationale", "string", "Why, in a sentence or two.", true],
      ["confidence", "number", "0..1: how sure the repair restores the original.", true],
      ["recovered_url", "string", "For a flagged lost link: the recovered target."],
    ],
    ["id"],
    [["source", "sources"]],
    (d) => d.corrections.map((c) => ({ id: c.id, source: c.source, kind: c.kind, action: c.action, start: c.start, end: c.end, before: c.before, after: c.after, rationale: c.rationale, confidence: c.confidence, recovered_url: c.recoveredUrl })),
  ),
  table(
    "correction_related",
    "Corrections that go together (a restoration with its excision).",
    [["correction", "string", "Id of the correction.", true], position, ["related", "string", "Id of the related correction.", true]],
    ["correction", "position"],
    [["correction", "corrections"], ["related", "corrections"]],
    function* (d) {
      for (const c of d.corrections) yield* positions(c.related ?? [], (related, i) => ({ correction: c.id, position: i, related }));
    },
  ),
  table(
    "people",
    "People (honorifics and posts are in `roles`).",
    [ID, ["name", "string", "Name as normally written.", true], ["given_name", "string", "Given name(s)."], ["family_name", "string", "Family name(s)."], ["sort_name", "string", "Name for sorting.", true]],
    ["id"],
    [],
    (d) => d.people.map((p) => ({ id: p.id, name: p.name, given_name: p.givenName, family_name: p.familyName, sort_name: p.sortName })),
  ),
  table(
    "person_alternate_names",
    "Other spellings of people's names found in sources.",
    [["person", "string", "Id of the person.", true], position, ["name", "string", "The other spelling.", true]],
    ["person", "position"],
    [["person", "people"]],
    function* (d) {
      for (const p of d.people) yield* positions(p.alternateNames, (name, i) => ({ person: p.id, position: i, name }));
    },
  ),
  table(
    "roles",
    "Posts people held in organizations, with the time they are known to apply.",
    [
      ID,
      ["person", "string", "Id of the person.", true],
      ["organization", "string", "Id of the organization.", true],
      ["title", "string", "The post, normalised.", true],
      ["title_as_stated", "string", "The post as a source words it.", true],
      ["honorific", "string", "Honorific used with the post."],
      ["tenure", "string", "substantive or acting.", true],
      ["start", "date", "First day the post is known to be held."],
      ["end", "date", "Last day the post is known to be held."],
      ["term_start", "string", "Start of the term a source states (YYYY, YYYY-MM or YYYY-MM-DD)."],
      ["term_end", "string", "End of the term a source states."],
      ["term_note", "string", "Context of the stated term."],
      confidence(),
      note,
    ],
    ["id"],
    [["person", "people"], ["organization", "organizations"]],
    (d) =>
      d.roles.map((r) => ({ id: r.id, person: r.person, organization: r.organization, title: r.title, title_as_stated: r.titleAsStated, honorific: r.honorific, tenure: r.tenure, start: r.start, end: r.end, term_start: r.term?.start, term_end: r.term?.end, term_note: r.term?.note, confidence: r.confidence, note: r.note })),
  ),
  table(
    "meetings",
    "Meetings and briefings. Each fact has its evidence in `evidence` (record_table `meetings`, field = the fact).",
    [
      ID,
      ["title", "string", "Official title.", true],
      ...attestedColumns("title"),
      ["start", "date", "First day.", true],
      ["end", "date", "Last day.", true],
      ...attestedColumns("dates"),
      ["start_time", "string", "Local start time (HH:MM) at the first location."],
      ...attestedColumns("start_time"),
      ["type", "string", "Format of the meeting.", true],
      ...attestedColumns("type"),
      ["venue_mode", "string", "in-person, virtual or hybrid."],
      ...attestedColumns("venue"),
      ["summary", "string", "A short account, as reported."],
      ...attestedColumns("summary"),
      ["series_name", "string", "The numbered series the meeting belongs to, as stated."],
      ["series_number", "integer", "The meeting's number in the series."],
      ...attestedColumns("series"),
      ["review_state", "string", "curated (checked against its sources) or draft (awaiting review).", true],
      ["review_checked", "date", "Day of the last complete check against the sources."],
      ["review_note", "string", "What was checked, or what a draft still needs."],
    ],
    ["id"],
    [],
    (d) =>
      d.meetings.map((m) => ({
        id: m.id,
        title: m.title.value,
        ...attestedCells("title", m.title),
        start: m.dates.value.start,
        end: m.dates.value.end,
        ...attestedCells("dates", m.dates),
        start_time: m.startTime?.value,
        ...attestedCells("start_time", m.startTime),
        type: m.type.value,
        ...attestedCells("type", m.type),
        venue_mode: m.venue?.value.mode,
        ...attestedCells("venue", m.venue),
        summary: m.summary?.value,
        ...attestedCells("summary", m.summary),
        series_name: m.series?.value.name,
        series_number: m.series?.value.number,
        ...attestedCells("series", m.series),
        review_state: m.review.state,
        review_checked: m.review.checked,
        review_note: m.review.note,
      })),
  ),
  table(
    "meeting_alternate_titles",
    "Other titles of meetings (headlines, Web TV titles).",
    [meetingRef, position, ["title", "string", "The other title.", true], confidence(), note],
    ["meeting", "position"],
    [["meeting", "meetings"]],
    function* (d) {
      for (const m of d.meetings) yield* positions(m.alternateTitles, (t, i) => ({ meeting: m.id, position: i, title: t.value, confidence: t.confidence, note: t.note }));
    },
  ),
  table(
    "meeting_topics",
    "Topics of meetings, from the controlled vocabulary.",
    [meetingRef, position, ["topic", "string", "Topic id.", true]],
    ["meeting", "position"],
    [["meeting", "meetings"]],
    function* (d) {
      for (const m of d.meetings) yield* positions(m.topics, (topic, i) => ({ meeting: m.id, position: i, topic }));
    },
  ),
  table(
    "meeting_organizers",
    "Organizations that convened, hosted or supported meetings.",
    [meetingRef, position, ["organization", "string", "Id of the organization.", true], ["role", "string", "convener, host, co-organizer or supporter.", true]],
    ["meeting", "position"],
    [["meeting", "meetings"], ["organization", "organizations"]],
    function* (d) {
      for (const m of d.meetings) yield* positions(m.organizers, (o, i) => ({ meeting: m.id, position: i, organization: o.organization, role: o.role }));
    },
  ),
  table(
    "meeting_locations",
    "Places meetings were held, in order.",
    [meetingRef, position, ["name", "string", "Venue (null when a source gives only the city)."], ["city", "string", "City.", true], ["country", "string", "Country.", true], ["start", "date", "First day at this location."], ["end", "date", "Last day at this location."]],
    ["meeting", "position"],
    [["meeting", "meetings"]],
    function* (d) {
      for (const m of d.meetings) {
        yield* positions(m.venue?.value.locations ?? [], (l, i) => ({ meeting: m.id, position: i, name: l.name, city: l.city, country: l.country, start: l.dates?.start, end: l.dates?.end }));
      }
    },
  ),
  table(
    "meeting_objectives",
    "Purposes and objectives of meetings.",
    [meetingRef, position, ["objective", "string", "The objective.", true], confidence(), note],
    ["meeting", "position"],
    [["meeting", "meetings"]],
    function* (d) {
      for (const m of d.meetings) yield* positions(m.objectives, (o, i) => ({ meeting: m.id, position: i, objective: o.value, confidence: o.confidence, note: o.note }));
    },
  ),
  table(
    "meeting_sessions",
    "The programme of each meeting, in order.",
    [
      meetingRef,
      ["id", "string", "Session slug, unique within the meeting.", true],
      position,
      ["kind", "string", "opening, thematic, closing or plenary.", true],
      ["number", "integer", "Number of a thematic session."],
      ["title", "string", "Official title."],
      ...attestedColumns("title"),
      ["summary", "string", "What the session discussed."],
      ...attestedColumns("summary"),
      ["date", "date", "Day of the session."],
    ],
    ["meeting", "id"],
    [["meeting", "meetings"]],
    function* (d) {
      for (const m of d.meetings) {
        yield* positions(m.sessions, (s, i) => ({
          meeting: m.id,
          id: s.id,
          position: i,
          kind: s.kind,
          number: s.number,
          title: s.title?.value,
          ...attestedCells("title", s.title),
          summary: s.summary?.value,
          ...attestedCells("summary", s.summary),
          date: s.date,
        }));
      }
    },
  ),
  table(
    "meeting_media",
    "Links to photos, webcasts and documents of meetings, with the state of their targets.",
    [meetingRef, ["id", "string", "Link slug, unique within the meeting.", true], position, ["kind", "string", "What the link leads to.", true], ["label", "string", "Link text.", true], ["status", "string", "ok, target-lost or recovered.", true], ["url", "string", "The target."], note],
    ["meeting", "id"],
    [["meeting", "meetings"]],
    function* (d) {
      for (const m of d.meetings) yield* positions(m.media, (l, i) => ({ meeting: m.id, id: l.id, position: i, kind: l.kind, label: l.label, status: l.status, url: l.url, note: l.note }));
    },
  ),
  table(
    "meeting_documents",
    "Resolutions and documents cited by meetings.",
    [meetingRef, position, ["symbol", "string", "Symbol or short name as cited.", true], ["relation", "string", "mandate, framework, reference or outcome.", true], ["date", "string", "Date or edition of the document (YYYY, YYYY-MM or YYYY-MM-DD)."]],
    ["meeting", "position"],
    [["meeting", "meetings"]],
    function* (d) {
      for (const m of d.meetings) yield* positions(m.documents, (doc, i) => ({ meeting: m.id, position: i, symbol: doc.symbol, relation: doc.relation, date: doc.date }));
    },
  ),
  table(
    "meeting_relations",
    "Other meetings a meeting follows up, continues or follows: of the dataset (`related`) or outside it (`external_*`).",
    [
      meetingRef,
      position,
      ["related", "string", "Id of the other meeting, when it is in the dataset."],
      ["external_title", "string", "How the source names a meeting outside the dataset."],
      ["external_date", "string", "When that meeting took place (YYYY, YYYY-MM or YYYY-MM-DD)."],
      ["external_url", "string", "Where that meeting is described."],
      ["relation", "string", "follow-up-to, continues or preceded-by.", true],
    ],
    ["meeting", "position"],
    [["meeting", "meetings"], ["related", "meetings"]],
    function* (d) {
      for (const m of d.meetings) {
        yield* positions(m.related, (r, i) => ({ meeting: m.id, position: i, related: r.meeting, external_title: r.external?.title, external_date: r.external?.date, external_url: r.external?.url, relation: r.relation }));
      }
    },
  ),
  table(
    "meeting_mentions",
    "Organizations named in a meeting's account without taking part.",
    [meetingRef, position, ["organization", "string", "Id of the organization.", true], note],
    ["meeting", "position"],
    [["meeting", "meetings"], ["organization", "organizations"]],
    function* (d) {
      for (const m of d.meetings) yield* positions(m.mentions, (x, i) => ({ meeting: m.id, position: i, organization: x.organization, note: x.note }));
    },
  ),
  table(
    "meeting_claims",
    "Facts about meetings that fit no other field, each with its confidence.",
    [meetingRef, position, ["claim", "string", "The fact, in the curators' words.", true], confidence(), note],
    ["meeting", "position"],
    [["meeting", "meetings"]],
    function* (d) {
      for (const m of d.meetings) yield* positions(m.claims, (c, i) => ({ meeting: m.id, position: i, claim: c.value, confidence: c.confidence, note: c.note }));
    },
  ),
  table(
    "meeting_sources",
    "Sources each meeting record is built from, main source first.",
    [meetingRef, position, ["source", "string", "Id of the source.", true]],
    ["meeting", "position"],
    [["meeting", "meetings"], ["source", "sources"]],
    function* (d) {
      for (const m of d.meetings) yield* positions(m.sources, (source, i) => ({ meeting: m.id, position: i, source }));
    },
  ),
  table(
    "meeting_notes",
    "Curators' remarks on meetings.",
    [meetingRef, position, ["note", "string", "The remark.", true]],
    ["meeting", "position"],
    [["meeting", "meetings"]],
    function* (d) {
      for (const m of d.meetings) yield* positions(m.notes, (text, i) => ({ meeting: m.id, position: i, note: text }));
    },
  ),
  table(
    "participations",
    "Who took part in which meeting (or session), in which capacity.",
    [ID, meetingRef, ["session", "string", "Id of the session, within the meeting."], ["person", "string", "Id of the person, when named."], ["organization", "string", "Id of the organization represented."], ["description", "string", "How the source describes an unnamed participant."], ["capacity", "string", "In which capacity.", true], confidence(), note],
    ["id"],
    [["meeting", "meetings"], [["meeting", "session"], "meeting_sessions", ["meeting", "id"]], ["person", "people"], ["organization", "organizations"]],
    (d) => d.participations.map((p) => ({ id: p.id, meeting: p.meeting, session: p.session, person: p.person, organization: p.organization, description: p.description, capacity: p.capacity, confidence: p.confidence, note: p.note })),
  ),
  table(
    "participation_roles",
    "The posts in which people took part, as stated at the time.",
    [["participation", "string", "Id of the participation.", true], position, ["role", "string", "Id of the role.", true]],
    ["participation", "position"],
    [["participation", "participations"], ["role", "roles"]],
    function* (d) {
      for (const p of d.participations) yield* positions(p.roles, (role, i) => ({ participation: p.id, position: i, role }));
    },
  ),
  table(
    "statements",
    "Reported speech.",
    [ID, meetingRef, ["session", "string", "Id of the session, within the meeting."], ["participation", "string", "Id of the speaker's participation.", true], ["kind", "string", "Kind of statement.", true], ["text", "string", "What the speaker said, in reported speech.", true], confidence()],
    ["id"],
    [["meeting", "meetings"], [["meeting", "session"], "meeting_sessions", ["meeting", "id"]], ["participation", "participations"]],
    (d) => d.statements.map((s) => ({ id: s.id, meeting: s.meeting, session: s.session, participation: s.participation, kind: s.kind, text: s.text, confidence: s.confidence })),
  ),
  table(
    "statement_on_behalf_of",
    "Organizations a speaker spoke for (joint statements).",
    [["statement", "string", "Id of the statement.", true], position, ["organization", "string", "Id of the organization.", true]],
    ["statement", "position"],
    [["statement", "statements"], ["organization", "organizations"]],
    function* (d) {
      for (const s of d.statements) yield* positions(s.onBehalfOf, (organization, i) => ({ statement: s.id, position: i, organization }));
    },
  ),
  table(
    "quotes",
    "Direct quotations: a participant's words (`participation`), or a document's (`document_title`, and `document_source` when the dataset holds the document); exactly one of the two.",
    [
      ID,
      meetingRef,
      ["participation", "string", "Id of the participation of the person quoted; empty for a document's words."],
      ["document_title", "string", "The document quoted, as the page names it; empty for a participant's words."],
      ["document_source", "string", "Id of the source that is the document quoted, when the dataset holds it."],
      ["statement", "string", "Id of the statement the quote belongs to."],
      ["text", "string", "The quoted words.", true],
    ],
    ["id"],
    [["meeting", "meetings"], ["participation", "participations"], ["document_source", "sources"], ["statement", "statements"]],
    (d) => d.quotes.map((q) => ({ id: q.id, meeting: q.meeting, participation: q.participation, document_title: q.document?.title, document_source: q.document?.source, statement: q.statement, text: q.text })),
  ),
  table(
    "figures",
    "Numbers cited at meetings.",
    [
      ID,
      meetingRef,
      ["participation", "string", "Id of the participation of who stated it."],
      ["value", "number", "The number.", true],
      ["unit", "string", "Unit.", true],
      ["measure", "string", "What is counted.", true],
      ["as_stated", "string", "The number as the source writes it.", true],
      ["approximate", "boolean", "Given as approximate.", true],
      ["period_start", "date", "First day of the period covered."],
      ["period_end", "date", "Last day of the period covered."],
      ["as_of", "date", "Date at which the number holds."],
      confidence(),
      note,
    ],
    ["id"],
    [["meeting", "meetings"], ["participation", "participations"]],
    (d) =>
      d.figures.map((f) => ({ id: f.id, meeting: f.meeting, participation: f.participation, value: f.value, unit: f.unit, measure: f.measure, as_stated: f.asStated, approximate: f.approximate, period_start: f.period?.start, period_end: f.period?.end, as_of: f.asOf, confidence: f.confidence, note: f.note })),
  ),
  table(
    "fact_alternatives",
    "Values other sources give for a fact, where sources disagree: the fact is (record_table, record_id, record_part, field); `preferred` says why the record's value is preferred. Evidence rows: record_table `fact_alternatives`, record_id = this id.",
    [
      ["id", "integer", "Row number (stable for the same dataset).", true],
      ["record_table", "string", "Table of the record whose fact this is.", true],
      ["record_id", "string", "Id of the record (the meeting, for meeting_* tables).", true],
      ["record_part", "string", "Session id or list position within the meeting."],
      ["field", "string", "The fact.", true],
      position,
      ["value", "string", "The other value (canonical JSON, keys sorted, for a structured value).", true],
      ["as_stated", "string", "For a figure: the number as that source writes it."],
      note,
      ["preferred", "string", "Why the record's value is preferred.", true],
    ],
    ["id"],
    [],
    function* (d) {
      for (const a of alternatives(d)) {
        yield { id: a.id, record_table: a.table, record_id: a.record, record_part: a.part, field: a.field, position: a.position, value: a.value, as_stated: a.asStated, note: a.note, preferred: a.preferred };
      }
    },
  ),
  table(
    "evidence",
    "Every piece of evidence. The record it supports is (record_table, record_id, record_part): record_part is the session or media id, or the list position, for rows of meeting_* tables. `field` is the fact supported (`record`: the whole record).",
    [
      ["id", "integer", "Row number (stable for the same dataset).", true],
      ["record_table", "string", "Table of the record supported.", true],
      ["record_id", "string", "Id of the record (the meeting, for meeting_* tables).", true],
      ["record_part", "string", "Session or media id, or list position, within the meeting."],
      ["field", "string", "The fact supported, or `record`.", true],
      position,
      ["kind", "string", "span or citation.", true],
      ["source", "string", "Id of the source.", true],
      ["start", "integer", "Span: first code point (inclusive)."],
      ["end", "integer", "Span: code point after the span (exclusive)."],
      ["exact", "string", "Span: the raw source text."],
      ["prefix", "string", "Span: source text right before."],
      ["suffix", "string", "Span: source text right after."],
      ["locator", "string", "Citation: where in the document."],
    ],
    ["id"],
    [["source", "sources"]],
    evidenceRows,
  ),
];
