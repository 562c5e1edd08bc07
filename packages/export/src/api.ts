// A static JSON API: one file per briefing, person, organization, source, role and correction, plus an
// index. Paths in `href` are relative to the API root (the folder holding index.json).
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { citationFormats, meetingOrganizationIds, recordCitation } from "@briefings/core";
import type { CitedKind, Dataset, Meeting } from "@briefings/core";
import { canonicalJson, compactChunks, type TextCache } from "./canonical";
import { datasetMetadata } from "./entities";
import { groupBy } from "./group";
import { BatchFileWriter } from "./batch-writer";

/** The folders of the API, one per kind of file, with the collection each comes from. */
export const API_FOLDERS = {
  briefings: "meetings",
  people: "people",
  organizations: "organizations",
  sources: "sources",
  roles: "roles",
  corrections: "corrections",
} as const;

/** The name of an API folder. */
export type ApiFolder = keyof typeof API_FOLDERS;

/** Path of an entity's file, relative to the API root. */
export function apiHref(folder: ApiFolder, id: string): string {
  return `${folder}/${id}.json`;
}

/** One file of the API: its path relative to the API root, and its content. */
export interface ApiFile {
  path: string;
  content: unknown;
}

const ids = (records: readonly { id: string }[] | undefined): string[] => (records ?? []).map((r) => r.id);

/**
 * Every file of the static API, lazily. A briefing file holds the meeting with its participations,
 * statements, quotes and figures in full, the people, organizations and roles they refer to in full,
 * and the sources as references (`id`, `title`, `kind`, `href`: their archived texts are in
 * `sources/<id>.json`). Other files hold the record as `data` with the ids of related records. Briefing, person and
 * organization files carry `cite`: how to cite the record (plain reference, BibTeX, CSL-JSON), with its address on
 * the site when `siteUrl` is given.
 */
export function* apiFiles(dataset: Dataset, siteUrl?: string): Generator<ApiFile> {
  const cite = (kind: CitedKind, id: string) => {
    const citation = recordCitation(dataset, kind, id, siteUrl === undefined ? {} : { origin: siteUrl });
    return citation ? { cite: citationFormats(citation) } : {};
  };
  const byMeeting = <T extends { meeting: string }>(records: readonly T[]) => groupBy(records, (r) => r.meeting);
  const participations = byMeeting(dataset.participations);
  const statements = byMeeting(dataset.statements);
  const quotes = byMeeting(dataset.quotes);
  const figures = byMeeting(dataset.figures);
  const people = new Map(dataset.people.map((p) => [p.id, p]));
  const organizations = new Map(dataset.organizations.map((o) => [o.id, o]));
  const roles = new Map(dataset.roles.map((r) => [r.id, r]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const meetingsOfPerson = groupBy(dataset.participations, (p) => p.person);
  // The briefings of each organization, in dataset order, each once (meetings are visited in order).
  const organizationsOfMeeting = new Map(dataset.meetings.map((m) => [m.id, meetingOrganizationIds(dataset, m.id)]));
  const meetingsOfOrganization = groupBy(dataset.meetings, (m) => organizationsOfMeeting.get(m.id));
  const rolesOfPerson = groupBy(dataset.roles, (r) => r.person);
  const rolesOfOrganization = groupBy(dataset.roles, (r) => r.organization);
  const children = groupBy(dataset.organizations, (o) => o.parent);
  const meetingsOfSource = groupBy(dataset.meetings, (m) => m.sources);
  const correctionsOfSource = groupBy(dataset.corrections, (c) => c.source);

  yield { path: "index.json", content: apiIndex(dataset, siteUrl) };

  for (const meeting of dataset.meetings) {
    const parts = participations.get(meeting.id) ?? [];
    const pick = <T>(map: Map<string, T>, wanted: Iterable<string | undefined>): T[] => {
      const out: T[] = [];
      for (const id of new Set(wanted)) {
        const record = id === undefined ? undefined : map.get(id);
        if (record !== undefined) out.push(record);
      }
      return out;
    };
    yield {
      path: apiHref("briefings", meeting.id),
      content: {
        type: "briefing",
        id: meeting.id,
        ...cite("briefing", meeting.id),
        meeting,
        participations: parts,
        statements: statements.get(meeting.id) ?? [],
        quotes: quotes.get(meeting.id) ?? [],
        figures: figures.get(meeting.id) ?? [],
        people: pick(people, parts.map((p) => p.person)),
        organizations: pick(organizations, organizationsOfMeeting.get(meeting.id) ?? []),
        roles: pick(roles, parts.flatMap((p) => p.roles)),
        // The meeting's sources, and any document its quotes quote that the dataset holds as a source.
        sources: pick(sources, [...meetingSourceIds(meeting), ...(quotes.get(meeting.id) ?? []).map((q) => q.document?.source)]).map((s) => ({ id: s.id, title: s.title, kind: s.kind, href: apiHref("sources", s.id) })),
      },
    };
  }
  for (const person of dataset.people) {
    const appearances = meetingsOfPerson.get(person.id) ?? [];
    yield {
      path: apiHref("people", person.id),
      content: {
        type: "person",
        id: person.id,
        ...cite("person", person.id),
        data: person,
        related: { roles: ids(rolesOfPerson.get(person.id)), participations: ids(appearances), briefings: [...new Set(appearances.map((p) => p.meeting))] },
      },
    };
  }
  for (const organization of dataset.organizations) {
    yield {
      path: apiHref("organizations", organization.id),
      content: {
        type: "organization",
        id: organization.id,
        ...cite("organization", organization.id),
        data: organization,
        related: {
          roles: ids(rolesOfOrganization.get(organization.id)),
          children: ids(children.get(organization.id)),
          briefings: ids(meetingsOfOrganization.get(organization.id)),
        },
      },
    };
  }
  for (const source of dataset.sources) {
    yield {
      path: apiHref("sources", source.id),
      content: { type: "source", id: source.id, data: source, related: { briefings: ids(meetingsOfSource.get(source.id)), corrections: ids(correctionsOfSource.get(source.id)) } },
    };
  }
  for (const role of dataset.roles) yield { path: apiHref("roles", role.id), content: { type: "role", id: role.id, data: role } };
  for (const correction of dataset.corrections) {
    yield { path: apiHref("corrections", correction.id), content: { type: "correction", id: correction.id, data: correction } };
  }
}

/** Every source a meeting refers to: its own list, then any cited in its evidence, in first-seen order. */
function meetingSourceIds(meeting: Meeting): string[] {
  const found = new Set(meeting.sources);
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === "object") {
      const record = value as Record<string, unknown>;
      if ((record.kind === "span" || record.kind === "citation") && typeof record.source === "string") found.add(record.source);
      else Object.values(record).forEach(visit);
    }
  };
  visit(meeting);
  return [...found];
}

/** The API index: the dataset's metadata and, per folder, every file with a label to list it by. */
export function apiIndex(dataset: Dataset, siteUrl?: string): unknown {
  return {
    ...datasetMetadata(dataset, siteUrl),
    collections: {
      briefings: dataset.meetings.map((m) => ({ id: m.id, title: m.title.value, start: m.dates.value.start, end: m.dates.value.end, href: apiHref("briefings", m.id) })),
      people: dataset.people.map((p) => ({ id: p.id, name: p.name, href: apiHref("people", p.id) })),
      organizations: dataset.organizations.map((o) => ({ id: o.id, name: o.name, href: apiHref("organizations", o.id) })),
      sources: dataset.sources.map((s) => ({ id: s.id, title: s.title, href: apiHref("sources", s.id) })),
      roles: dataset.roles.map((r) => ({ id: r.id, person: r.person, organization: r.organization, title: r.title, href: apiHref("roles", r.id) })),
      corrections: dataset.corrections.map((c) => ({ id: c.id, source: c.source, kind: c.kind, href: apiHref("corrections", c.id) })),
    },
  };
}

/**
 * Writes the static API into `dir` (canonical JSON files). The files are written by another thread, in
 * batches (see `BatchFileWriter`), while this one serialises the next ones. The people, organizations
 * and roles that many briefing files embed are serialised once each (compact output).
 */
export async function writeApi(dir: string, dataset: Dataset, pretty = false, siteUrl?: string, texts?: TextCache): Promise<void> {
  for (const folder of Object.keys(API_FOLDERS)) await mkdir(join(dir, folder), { recursive: true });
  let shared = texts;
  if (shared === undefined) {
    shared = new Map();
    for (const records of [dataset.people, dataset.organizations, dataset.roles]) for (const record of records) shared.set(record, undefined);
  }
  const writer = new BatchFileWriter();
  try {
    for (const file of apiFiles(dataset, siteUrl)) {
      const wait = writer.write(join(dir, file.path), pretty ? `${canonicalJson(file.content, true)}\n` : [...compactChunks(file.content, shared), "\n"]);
      if (wait) await wait;
    }
  } catch (error) {
    await writer.abandon();
    throw error;
  }
  await writer.end();
}
